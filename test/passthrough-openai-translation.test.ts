import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { getJson, startGateway, type TestGateway } from './helpers/gateway.js';
import { json, parseSseText, sseEvents, startRecordingUpstream, type RecordingUpstream } from './helpers/recording-upstream.js';
import { PDF_DATA, PNG_DATA } from './helpers/claude-code-fixture.js';

// OpenAI chat client -> OpenAI-compatible target: non-standard fields arrive unchanged; cached
// and reasoning tokens come back in OpenAI's *_details objects. Across formats (an Anthropic
// client whose Anthropic target fails over to an OpenAI target, an OpenAI client on an
// Anthropic target) what has an equivalent is translated and the rest is named, never lost quietly.

const OPENAI_USAGE = { prompt_tokens: 1500, completion_tokens: 40, total_tokens: 1540, prompt_tokens_details: { cached_tokens: 1024, audio_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 16, audio_tokens: 0 } };

function completion(model: string, toolCall = false): Record<string, unknown> {
  const message = toolCall
    ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'Read', arguments: '{"file_path":"/tmp/a"}' } }], refusal: null, annotations: [] }
    : { role: 'assistant', content: 'from openai', refusal: null, annotations: [] };
  return { id: 'chatcmpl-upstream', object: 'chat.completion', created: 1, model, choices: [{ index: 0, message, finish_reason: toolCall ? 'tool_calls' : 'stop', logprobs: null }], usage: OPENAI_USAGE, service_tier: 'default', system_fingerprint: 'fp_x' };
}

describe('OpenAI pass-through and cross-format translation', () => {
  let oa: RecordingUpstream;
  let an: RecordingUpstream;
  let gw: TestGateway;
  let anthropicDown = false;

  before(async () => {
    oa = await startRecordingUpstream((req, res) => {
      const model = String(req.body.model);
      if (!req.body.stream) return json(res, completion(model, JSON.stringify(req.body).includes('call-a-tool')));
      const base = { id: 'chatcmpl-upstream', object: 'chat.completion.chunk', created: 1, model, system_fingerprint: 'fp_x' };
      sseEvents(res, [
        { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
        { ...base, choices: [{ index: 0, delta: { content: 'from ' }, finish_reason: null }] },
        { ...base, choices: [{ index: 0, delta: { content: 'openai' }, finish_reason: null }] },
        { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
        { ...base, choices: [], usage: OPENAI_USAGE },
      ], false);
    });
    an = await startRecordingUpstream((req, res) => {
      if (anthropicDown) return json(res, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 529);
      json(res, { id: 'msg_1', type: 'message', role: 'assistant', model: req.body.model, content: [{ type: 'text', text: 'from anthropic' }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 5, cache_read_input_tokens: 7, cache_creation_input_tokens: 0, output_tokens: 3 } });
    });
    gw = await startGateway(
      `
providers:
  oa: { type: openai, base_url: "${oa.origin}/v1", api_key: env:OA_KEY }
  an: { type: anthropic, base_url: "${an.origin}", api_key: env:AN_KEY }
models:
  gpt: { targets: [ { provider: oa, model: gpt-upstream } ] }
  claude: { targets: [ { provider: an, model: claude-upstream, max_retries: 0 } ] }
  claude-then-gpt: { targets: [ { provider: an, model: claude-upstream, max_retries: 0 }, { provider: oa, model: gpt-upstream } ] }
routes:
  agent-main: { model: claude-then-gpt }
`,
      { OA_KEY: 'sk-oa-upstream-0123456789', AN_KEY: 'sk-ant-upstream-0123456789' },
    );
  });
  after(async () => {
    await gw?.close();
    await oa?.close();
    await an?.close();
  });

  test('OpenAI chat: non-standard fields arrive byte for byte; usage details come back as the upstream wrote them', async () => {
    const body = {
      model: 'gpt',
      messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content: 'hi' }, { role: 'system', content: 'mid-conversation rule' }],
      reasoning_effort: 'low',
      logit_bias: { '50256': -100 },
      top_k: 20,
      prediction: { type: 'content', content: 'from' },
      store: false,
      min_p: 0.05,
      chat_template_kwargs: { enable_thinking: true },
    };
    const res = await fetch(`${gw.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(res.status, 200);
    const got = (await res.json()) as Record<string, unknown>;
    assert.equal(oa.requests.at(-1)!.text, JSON.stringify({ ...body, model: 'gpt-upstream' }));
    assert.equal(oa.requests.at(-1)!.headers.authorization, 'Bearer sk-oa-upstream-0123456789');
    const { switchyard, ...rest } = got;
    assert.deepEqual(rest, { ...completion('gpt-upstream'), id: res.headers.get('x-switchyard-inference-id') });
    assert.equal((switchyard as Record<string, unknown>).provider, 'oa');

    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const c of stream) {
      text += c.choices[0]?.delta.content ?? '';
      if (c.usage) usage = c.usage;
    }
    assert.equal(text, 'from openai');
    assert.deepEqual(usage, OPENAI_USAGE);
    assert.deepEqual(oa.requests.at(-1)!.body.stream_options, { include_usage: true });

    // A client that did not ask for usage never sees the usage-only chunk the gateway asked for.
    const plain = await fetch(`${gw.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'gpt', messages: [{ role: 'user', content: 'hi' }], stream: true }) });
    const events = parseSseText(await plain.text());
    assert.equal(events.at(-1)!.data, '[DONE]');
    assert.ok(events.slice(0, -1).every((e) => (JSON.parse(e.data) as { choices: unknown[] }).choices.length === 1));
    assert.ok(events.slice(0, -1).every((e) => (JSON.parse(e.data) as { id: string }).id === plain.headers.get('x-switchyard-inference-id')));
    await gw.runtime.store.flush();
    const stored = await getJson(`${gw.baseURL}/inferences/${plain.headers.get('x-switchyard-inference-id')}`);
    assert.equal(stored.usage.cached_input_tokens, 1024, 'recorded even though the client did not ask for usage');
    assert.equal(stored.usage.reasoning_tokens, 16);
  });

  test('Anthropic client, Anthropic target down: the OpenAI fallback gets a translation; what it cannot carry is named', async () => {
    anthropicDown = true;
    try {
      const client = new Anthropic({ baseURL: gw.url, apiKey: 'dummy', maxRetries: 0 });
      const { data: msg, response } = await client.messages
        .create({
          model: 'agent-main',
          max_tokens: 2000,
          system: [{ type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral' } }],
          thinking: { type: 'enabled', budget_tokens: 1500 },
          stop_sequences: ['END'],
          tool_choice: { type: 'auto', disable_parallel_tool_use: true },
          tools: [{ name: 'Read', description: 'read', input_schema: { type: 'object', properties: { file_path: { type: 'string' } } } }],
          messages: [
            { role: 'user', content: [{ type: 'text', text: 'read it' }, { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF_DATA }, title: 'a.pdf' }] },
            { role: 'assistant', content: [{ type: 'thinking', thinking: 'ok', signature: 'sig' }, { type: 'tool_use', id: 'toolu_1', name: 'Read', input: { file_path: '/a.png' } }] },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: 'an image:' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_DATA } }] }] },
          ],
        })
        .withResponse();
      assert.equal((msg.content[0] as Anthropic.TextBlock).text, 'from openai');
      assert.equal(msg.usage.cache_read_input_tokens, 1024, 'cached tokens in the Anthropic shape');
      assert.equal(msg.usage.input_tokens, 1500 - 1024);
      assert.equal(response.headers.get('x-switchyard-passthrough'), null);
      const dropped = response.headers.get('x-switchyard-dropped-fields') ?? '';
      assert.match(dropped, /cache_control/);
      assert.match(dropped, /thinking signatures/);

      const sent = oa.requests.at(-1)!.body as Record<string, unknown> & { messages: Record<string, unknown>[] };
      assert.equal(sent.reasoning_effort, 'low', 'thinking budget -> reasoning_effort');
      assert.deepEqual(sent.stop, ['END']);
      assert.equal(sent.parallel_tool_calls, false);
      assert.deepEqual(sent.messages[0], { role: 'system', content: 'You are terse.' });
      assert.deepEqual((sent.messages[1].content as unknown[])[1], { type: 'file', file: { file_data: `data:application/pdf;base64,${PDF_DATA}`, filename: 'a.pdf' } });
      const tool = sent.messages.find((m) => m.role === 'tool')!;
      assert.equal(tool.content, 'an image:');
      const after = sent.messages[sent.messages.indexOf(tool) + 1];
      assert.equal(after.role, 'user', 'the tool result image follows in a user message');
      assert.deepEqual((after.content as unknown[])[1], { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_DATA}` } });

      await gw.runtime.store.flush();
      const stored = await getJson(`${gw.baseURL}/inferences/${response.headers.get('x-switchyard-inference-id')}`);
      assert.equal(stored.provider, 'oa');
      assert.ok(stored.dropped.includes('cache_control') && stored.dropped.includes('thinking signatures'), JSON.stringify(stored.dropped));
    } finally {
      anthropicDown = false;
    }
  });

  test('OpenAI client on an Anthropic target: system messages, files, reasoning effort and tool choice translate', async () => {
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });
    const r = await client.chat.completions
      .create({
        model: 'claude',
        reasoning_effort: 'high',
        max_completion_tokens: 100,
        messages: [
          { role: 'system', content: 'lead rule' },
          { role: 'user', content: [{ type: 'text', text: 'see file' }, { type: 'file', file: { file_data: `data:application/pdf;base64,${PDF_DATA}`, filename: 'b.pdf' } }] },
          { role: 'system', content: 'mid rule' },
        ],
        logit_bias: { '1': 1 },
      })
      .withResponse();
    assert.equal(r.data.choices[0].message.content, 'from anthropic');
    assert.equal(r.data.usage?.prompt_tokens_details?.cached_tokens, 7);
    assert.match(r.response.headers.get('x-switchyard-dropped-fields') ?? '', /logit_bias/);
    const sent = an.requests.at(-1)!.body as Record<string, unknown> & { messages: Record<string, unknown>[] };
    assert.equal(sent.system, 'lead rule');
    assert.deepEqual(sent.messages.at(-1), { role: 'system', content: 'mid rule' });
    assert.deepEqual((sent.messages[0].content as unknown[])[1], { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF_DATA }, title: 'b.pdf' });
    assert.deepEqual(sent.thinking, { type: 'enabled', budget_tokens: 24576 });
    assert.ok((sent.max_tokens as number) > 24576, 'max_tokens grows to fit the thinking budget');
  });
});
