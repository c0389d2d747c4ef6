import type { ServerResponse } from 'node:http';
import assert from 'node:assert/strict';
import { OpenAiAdapter } from '../../src/providers/openai.js';
import { Secret } from '../../src/config/secret.js';
import type { ProviderTarget } from '../../src/providers/types.js';
import { pieces, refusedOrigin, sendJson, startMock, startSse, wantsStream } from './mock-server.js';
import type { Harness, RecordedRequest, Scenario } from './scenarios.js';
import { PNG_DATA, TOOLS, WEATHER_SCHEMA } from './suite.js';

// An OpenAI Chat Completions server, answering in the format of the API reference: chat.completion
// objects, chat.completion.chunk SSE events ending in `data: [DONE]`, usage in a final chunk with
// empty `choices` when stream_options.include_usage is set, and `{error: {message, type, code}}`.

const KEY = 'sk-test-conformance-0123456789abcdef';

export function respond(s: Scenario, rec: RecordedRequest, res: ServerResponse): void {
  const model = String(rec.body.model);
  const id = 'chatcmpl-mock123';
  const created = 1_760_000_000;
  switch (s.kind) {
    case 'error': {
      const bodies = {
        rate_limited: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
        server: { message: 'The server had an error while processing your request.', type: 'server_error', code: null },
        // The real API echoes (a masked form of) the key; this mock echoes all of it to prove it never leaks.
        auth: { message: `Incorrect API key provided: ${KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', code: 'invalid_api_key' },
        context_length: {
          message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 130512 tokens. Please reduce the length of the messages.",
          type: 'invalid_request_error',
          code: 'context_length_exceeded',
        },
        bad_request: { message: "Invalid value for 'temperature': must be between 0 and 2.", type: 'invalid_request_error', code: 'invalid_value' },
      };
      return sendJson(res, s.status, { error: { ...bodies[s.error], param: null } }, s.retryAfter ? { 'retry-after': s.retryAfter } : {});
    }
    case 'malformed':
      return sendJson(res, 200, '<html>502 Bad Gateway</html>');
    case 'empty':
      if (wantsStream(rec)) {
        startSse(res);
        res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] })}\n\n`);
        res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
        return void res.end('data: [DONE]\n\n');
      }
      return sendJson(res, 200, { id, object: 'chat.completion', created, model, choices: [] });
    case 'stall_stream':
    case 'stream_error': {
      startSse(res);
      res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: { role: 'assistant', content: s.text.slice(0, 12) }, finish_reason: null }] })}\n\n`);
      if (s.kind === 'stream_error') {
        // OpenRouter and vLLM report failures mid-stream as an `error` object in a data event.
        res.write(`data: ${JSON.stringify({ error: { message: 'Upstream provider crashed', code: 502 } })}\n\n`);
        res.end();
      }
      return;
    }
    case 'hang':
      return;
    case 'reply':
      break;
  }
  const usage = { prompt_tokens: s.usage?.input ?? 10, completion_tokens: s.usage?.output ?? 5, total_tokens: (s.usage?.input ?? 10) + (s.usage?.output ?? 5) };
  const finish = s.calls?.length ? 'tool_calls' : (s.finish ?? 'stop');
  if (!wantsStream(rec)) {
    return sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      system_fingerprint: 'fp_mock',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: s.text ?? null,
            refusal: null,
            ...(s.reasoning ? { reasoning_content: s.reasoning } : {}),
            ...(s.calls?.length
              ? { tool_calls: s.calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.args) } })) }
              : {}),
          },
          logprobs: null,
          finish_reason: finish,
        },
      ],
      usage,
    });
  }
  startSse(res);
  const chunk = (delta: Record<string, unknown>, finish_reason: string | null = null) =>
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_mock', choices: [{ index: 0, delta, logprobs: null, finish_reason }] })}\n\n`);
  chunk({ role: 'assistant', content: '' });
  if (s.reasoning) for (const p of pieces(s.reasoning, 7)) chunk({ reasoning: p });
  if (s.text) for (const p of pieces(s.text, 8)) chunk({ content: p });
  (s.calls ?? []).forEach((c, index) => {
    chunk({ tool_calls: [{ index, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }] });
    for (const p of pieces(JSON.stringify(c.args), 6)) chunk({ tool_calls: [{ index, function: { arguments: p } }] });
  });
  chunk({}, finish);
  const so = rec.body.stream_options as { include_usage?: boolean } | undefined;
  if (so?.include_usage) res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
  res.end('data: [DONE]\n\n');
}

function common(rec: RecordedRequest): void {
  assert.equal(rec.method, 'POST');
  assert.equal(rec.url, '/v1/chat/completions');
  assert.equal(rec.headers.authorization, `Bearer ${KEY}`);
  assert.match(String(rec.headers['content-type']), /application\/json/);
  assert.equal(rec.body.model, 'gpt-4o-mini');
}

export async function openAiHarness(): Promise<Harness> {
  const mock = await startMock(respond);
  const adapter = new OpenAiAdapter();
  const target: ProviderTarget = {
    providerName: 'mock-openai',
    config: { type: 'openai', preset: 'custom', base_url: `${mock.origin}/v1`, api_key: 'env:MOCK_OPENAI_KEY' },
    apiKey: new Secret('MOCK_OPENAI_KEY', KEY),
    model: 'gpt-4o-mini',
  };
  return {
    name: 'openai',
    adapter,
    target: () => target,
    apiKey: KEY,
    scripted: true,
    setScenario(s) {
      mock.scenario = s;
      return undefined;
    },
    lastRequest: () => mock.requests.at(-1),
    connections: () => mock.connections,
    async refusedTarget() {
      return { ...target, config: { type: 'openai', preset: 'custom', base_url: `${await refusedOrigin()}/v1` } };
    },
    close: () => mock.close(),
    wire: {
      'plain chat': (r) => {
        common(r);
        assert.deepEqual(r.body.messages, [{ role: 'user', content: 'Say hello' }]);
        assert.equal(r.body.max_tokens, 64);
        assert.equal(r.body.temperature, 0.2);
        assert.equal(r.body.stream, undefined);
      },
      'system prompt': (r) => {
        common(r);
        assert.deepEqual(r.body.messages, [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Hi' }]);
      },
      'multi-turn with tool results': (r) => {
        common(r);
        const m = r.body.messages as Record<string, unknown>[];
        assert.equal(m.length, 5);
        assert.deepEqual(m[1], { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } }] });
        assert.deepEqual(m[2], { role: 'tool', tool_call_id: 'call_1', content: '{"temp":18}' });
      },
      'tools + tool_choice': (r) => {
        common(r);
        assert.deepEqual(r.body.tools, TOOLS);
        assert.deepEqual(r.body.tool_choice, { type: 'function', function: { name: 'get_weather' } });
      },
      'parallel tool calls': (r) => {
        common(r);
        assert.equal(r.body.tool_choice, 'required');
        assert.equal(r.body.parallel_tool_calls, true);
      },
      'image input': (r) => {
        common(r);
        const m = r.body.messages as { content: unknown }[];
        assert.deepEqual(m[0].content, [
          { type: 'text', text: 'What is in this image?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_DATA}` } },
        ]);
      },
      'reasoning text': common,
      'streaming text': (r) => {
        common(r);
        assert.equal(r.body.stream, true);
      },
      'streaming tool calls': (r) => {
        common(r);
        assert.equal(r.body.stream, true);
        assert.deepEqual(r.body.tools, TOOLS);
      },
      'streamed usage': (r) => {
        common(r);
        assert.deepEqual(r.body.stream_options, { include_usage: true });
      },
      json_object: (r) => {
        common(r);
        assert.deepEqual(r.body.response_format, { type: 'json_object' });
      },
      json_schema: (r) => {
        common(r);
        assert.deepEqual(r.body.response_format, { type: 'json_schema', json_schema: { name: 'weather', schema: WEATHER_SCHEMA, strict: true } });
      },
      'extra fields pass through': (r) => {
        common(r);
        assert.deepEqual(r.body.provider, { order: ['anthropic', 'openai'], allow_fallbacks: false });
        assert.equal(r.body.top_k, 5);
        assert.equal(r.body.extra, undefined);
      },
      'target params': (r) => {
        common(r);
        assert.equal(r.body.temperature, 0.7);
      },
    },
  };
}
