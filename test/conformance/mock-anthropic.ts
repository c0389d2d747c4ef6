import type { ServerResponse } from 'node:http';
import assert from 'node:assert/strict';
import { AnthropicAdapter } from '../../src/providers/anthropic.js';
import { Secret } from '../../src/config/secret.js';
import type { ProviderTarget } from '../../src/providers/types.js';
import { pieces, refusedOrigin, sendJson, startMock, startSse, wantsStream } from './mock-server.js';
import type { Harness, RecordedRequest, Scenario } from './scenarios.js';
import { PNG_DATA, TOOLS, WEATHER_SCHEMA } from './suite.js';

// An Anthropic Messages server, answering as the API reference describes: `message` objects with
// text / thinking / tool_use content blocks, and streams of named SSE events (message_start,
// content_block_start/delta/stop, ping, message_delta, message_stop, error).

const KEY = 'sk-ant-api03-conformance-0123456789abcdef';

function respond(s: Scenario, rec: RecordedRequest, res: ServerResponse): void {
  const model = String(rec.body.model);
  const id = 'msg_01MockXyz';
  const event = (type: string, data: Record<string, unknown>) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  const start = (inputTokens: number) =>
    event('message_start', {
      message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: inputTokens, output_tokens: 1 } },
    });
  switch (s.kind) {
    case 'error': {
      const errors = {
        rate_limited: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' },
        server: { type: 'api_error', message: 'Internal server error' },
        auth: { type: 'authentication_error', message: `invalid x-api-key ${KEY}` },
        context_length: { type: 'invalid_request_error', message: 'prompt is too long: 208310 tokens > 200000 maximum' },
        bad_request: { type: 'invalid_request_error', message: 'messages.0.content: Input should be a valid list' },
      };
      return sendJson(res, s.status, { type: 'error', error: errors[s.error], request_id: 'req_mock' }, s.retryAfter ? { 'retry-after': s.retryAfter } : {});
    }
    case 'malformed':
      return sendJson(res, 200, '{"type":"message","content":[{"type":"text","text":"trunc');
    case 'empty':
      if (wantsStream(rec)) {
        startSse(res);
        start(5);
        event('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 0 } });
        event('message_stop', {});
        return void res.end();
      }
      return sendJson(res, 200, { id, type: 'message', role: 'assistant', model, content: [], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 5, output_tokens: 0 } });
    case 'stall_stream':
    case 'stream_error':
      startSse(res);
      start(5);
      event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: s.text.slice(0, 12) } });
      if (s.kind === 'stream_error') {
        event('error', { error: { type: 'overloaded_error', message: 'Overloaded' } });
        res.end();
      }
      return;
    case 'hang':
      return;
    case 'reply':
      break;
  }
  const input = s.usage?.input ?? 10;
  const output = s.usage?.output ?? 5;
  const stop = s.calls?.length ? 'tool_use' : s.finish === 'length' ? 'max_tokens' : 'end_turn';
  if (!wantsStream(rec)) {
    const content: Record<string, unknown>[] = [];
    if (s.reasoning) content.push({ type: 'thinking', thinking: s.reasoning, signature: 'sig_mock' });
    if (s.text) content.push({ type: 'text', text: s.text });
    for (const c of s.calls ?? []) content.push({ type: 'tool_use', id: c.id, name: c.name, input: c.args });
    return sendJson(res, 200, {
      id,
      type: 'message',
      role: 'assistant',
      model,
      content,
      stop_reason: stop,
      stop_sequence: null,
      usage: { input_tokens: input, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: output },
    });
  }
  startSse(res);
  start(input);
  let index = 0;
  if (s.reasoning) {
    event('content_block_start', { index, content_block: { type: 'thinking', thinking: '' } });
    for (const p of pieces(s.reasoning, 7)) event('content_block_delta', { index, delta: { type: 'thinking_delta', thinking: p } });
    event('content_block_delta', { index, delta: { type: 'signature_delta', signature: 'sig_mock' } });
    event('content_block_stop', { index });
    index++;
  }
  if (s.text) {
    event('content_block_start', { index, content_block: { type: 'text', text: '' } });
    event('ping', {});
    for (const p of pieces(s.text, 8)) event('content_block_delta', { index, delta: { type: 'text_delta', text: p } });
    event('content_block_stop', { index });
    index++;
  }
  for (const c of s.calls ?? []) {
    event('content_block_start', { index, content_block: { type: 'tool_use', id: c.id, name: c.name, input: {} } });
    event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: '' } });
    for (const p of pieces(JSON.stringify(c.args), 6)) event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: p } });
    event('content_block_stop', { index });
    index++;
  }
  event('message_delta', { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: output } });
  event('message_stop', {});
  res.end();
}

function common(rec: RecordedRequest): void {
  assert.equal(rec.method, 'POST');
  assert.equal(rec.url, '/v1/messages');
  assert.equal(rec.headers['x-api-key'], KEY);
  assert.equal(rec.headers['anthropic-version'], '2023-06-01');
  assert.equal(rec.headers.authorization, undefined);
  assert.equal(rec.body.model, 'claude-sonnet-4-5');
  assert.equal(typeof rec.body.max_tokens, 'number', 'max_tokens is required by the Messages API');
  for (const m of rec.body.messages as { role: string }[]) assert.ok(m.role === 'user' || m.role === 'assistant', `role ${m.role} on the wire`);
}

export async function anthropicHarness(): Promise<Harness> {
  const mock = await startMock(respond);
  const target: ProviderTarget = {
    providerName: 'mock-anthropic',
    config: { type: 'anthropic', base_url: mock.origin, api_key: 'env:MOCK_ANTHROPIC_KEY' },
    apiKey: new Secret('MOCK_ANTHROPIC_KEY', KEY),
    model: 'claude-sonnet-4-5',
  };
  return {
    name: 'anthropic',
    adapter: new AnthropicAdapter(),
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
      return { ...target, config: { type: 'anthropic', base_url: await refusedOrigin() } };
    },
    close: () => mock.close(),
    skip: {
      'extra fields pass through': 'request.extra holds OpenAI-compatible fields; the Anthropic wire format does not take them',
    },
    wire: {
      'plain chat': (r) => {
        common(r);
        assert.deepEqual(r.body.messages, [{ role: 'user', content: 'Say hello' }]);
        assert.equal(r.body.max_tokens, 64);
        assert.equal(r.body.temperature, 0.2);
        assert.equal(r.body.system, undefined);
        assert.equal(r.body.stream, undefined);
      },
      'system prompt': (r) => {
        common(r);
        assert.equal(r.body.system, 'You are terse.');
        assert.deepEqual(r.body.messages, [{ role: 'user', content: 'Hi' }]);
        assert.equal(r.body.max_tokens, 4096, 'the default max_tokens');
      },
      'multi-turn with tool results': (r) => {
        common(r);
        assert.deepEqual(r.body.messages, [
          { role: 'user', content: 'Weather in Paris?' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'call_1', name: 'get_weather', input: { location: 'Paris' } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_1', content: '{"temp":18}' }] },
          { role: 'assistant', content: 'It is 18 degrees.' },
          { role: 'user', content: 'Thanks, and again?' },
        ]);
        assert.equal((r.body.tools as unknown[]).length, 2);
      },
      'tools + tool_choice': (r) => {
        common(r);
        assert.deepEqual(
          r.body.tools,
          TOOLS.map((t) => ({ name: t.function.name, description: t.function.description, input_schema: t.function.parameters })),
        );
        assert.deepEqual(r.body.tool_choice, { type: 'tool', name: 'get_weather' });
      },
      'parallel tool calls': (r) => {
        common(r);
        assert.deepEqual(r.body.tool_choice, { type: 'any' });
      },
      'image input': (r) => {
        common(r);
        assert.deepEqual(r.body.messages, [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is in this image?' },
              { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_DATA } },
            ],
          },
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
        assert.deepEqual(r.body.tool_choice, { type: 'any' });
      },
      'streamed usage': (r) => {
        common(r);
        assert.equal(r.body.stream, true);
        assert.equal(r.body.stream_options, undefined);
      },
      json_object: (r) => {
        common(r);
        assert.match(String(r.body.system), /JSON object/);
        assert.equal(r.body.response_format, undefined);
      },
      json_schema: (r) => {
        common(r);
        assert.ok(String(r.body.system).includes(JSON.stringify(WEATHER_SCHEMA)), 'the schema is in the system prompt');
      },
      'target params': (r) => {
        common(r);
        assert.equal(r.body.temperature, 0.7);
      },
    },
  };
}
