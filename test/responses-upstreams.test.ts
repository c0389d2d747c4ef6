import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { openAiHarness } from './conformance/mock-openai.js';
import { anthropicHarness } from './conformance/mock-anthropic.js';
import type { Harness } from './conformance/scenarios.js';
import { getJson, startGateway, type TestGateway } from './helpers/gateway.js';

// The Responses surface translated onto real wire formats: the openai SDK sends a Codex-shaped
// request (instructions, developer and user items, an image, an earlier tool call and its output,
// namespace + custom + function tools, json_schema, reasoning effort) to the gateway, which serves
// it from a mock OpenAI-chat upstream and a mock Anthropic upstream on 127.0.0.1; each test checks
// what the upstream received and what the client got back.

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SCHEMA = { type: 'object', properties: { path: { type: 'string' } }, required: ['path'], additionalProperties: false };

function codexShaped(extra: Partial<OpenAI.Responses.ResponseCreateParamsNonStreaming> = {}): OpenAI.Responses.ResponseCreateParamsNonStreaming {
  return {
    model: 'up',
    instructions: 'You are a coding agent.',
    input: [
      { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'Sandbox: none.' }] },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'What is in this image?' }, { type: 'input_image', image_url: `data:image/png;base64,${PNG}`, detail: 'auto' }] },
      { type: 'reasoning', id: 'rs_prev', summary: [], encrypted_content: 'opaque' },
      { type: 'function_call', call_id: 'call_prev', name: 'exec_command', arguments: '{"cmd":"ls"}' },
      { type: 'function_call_output', call_id: 'call_prev', output: 'a.txt\nb.txt' },
      { type: 'message', role: 'user', content: 'now read a.txt' },
    ],
    tools: [
      { type: 'function', name: 'exec_command', description: 'run a command', parameters: { type: 'object', properties: { cmd: { type: 'string' } }, required: ['cmd'] }, strict: false },
      { type: 'namespace', name: 'files', description: 'file tools', tools: [{ type: 'function', name: 'read', parameters: SCHEMA, strict: true }] } as never,
      { type: 'custom', name: 'apply_patch', description: 'apply a patch' },
      { type: 'web_search' } as never,
    ],
    tool_choice: 'auto',
    parallel_tool_calls: false,
    reasoning: { effort: 'high', summary: 'auto' },
    max_output_tokens: 300,
    temperature: 0.3,
    top_p: 0.9,
    store: false,
    include: ['reasoning.encrypted_content'],
    prompt_cache_key: 'sess-123',
    user: 'u-1',
    ...extra,
  };
}

const CALLS = [
  { id: 'call_ns', name: 'files__read', args: { path: 'a.txt' } },
  { id: 'call_patch', name: 'apply_patch', args: { input: '*** Begin Patch\n*** End Patch' } },
];

function checkOutput(res: OpenAI.Responses.Response): void {
  const [rs, msg, ns, custom] = res.output as any[];
  assert.equal(rs.type, 'reasoning');
  assert.deepEqual(rs.summary, [{ type: 'summary_text', text: 'I should read the file.' }]);
  assert.equal(msg.type, 'message');
  assert.equal(msg.content[0].text, 'Reading it.');
  assert.deepEqual({ type: ns.type, namespace: ns.namespace, name: ns.name, call_id: ns.call_id, args: JSON.parse(ns.arguments) }, {
    type: 'function_call', namespace: 'files', name: 'read', call_id: 'call_ns', args: { path: 'a.txt' },
  });
  assert.deepEqual({ type: custom.type, name: custom.name, call_id: custom.call_id, input: custom.input }, {
    type: 'custom_tool_call', name: 'apply_patch', call_id: 'call_patch', input: '*** Begin Patch\n*** End Patch',
  });
  assert.deepEqual(res.usage && [res.usage.input_tokens, res.usage.output_tokens, res.usage.total_tokens], [120, 30, 150]);
}

describe('Responses surface onto an OpenAI-chat upstream and an Anthropic upstream', () => {
  let oa: Harness;
  let an: Harness;
  let gw: TestGateway;
  let client: OpenAI;

  before(async () => {
    oa = await openAiHarness();
    an = await anthropicHarness();
    const o = oa.target().config as { base_url: string };
    const a = an.target().config as { base_url: string };
    gw = await startGateway(
      `
providers:
  oai: { type: openai, preset: custom, base_url: "${o.base_url}", api_key: env:MOCK_OPENAI_KEY }
  claude: { type: anthropic, base_url: "${a.base_url}", api_key: env:MOCK_ANTHROPIC_KEY }
models:
  up: { targets: [{ provider: oai, model: gpt-4o-mini }] }
  claude: { targets: [{ provider: claude, model: claude-sonnet-4-5 }] }
`,
      { MOCK_OPENAI_KEY: oa.apiKey!, MOCK_ANTHROPIC_KEY: an.apiKey! },
    );
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: 'x', maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await oa?.close();
    await an?.close();
  });

  test('OpenAI chat upstream, JSON: every translatable field arrives; calls come back as Responses items', async () => {
    await oa.setScenario({ kind: 'reply', text: 'Reading it.', reasoning: 'I should read the file.', calls: CALLS, usage: { input: 120, output: 30 } });
    const { data, response } = await client.responses.create(codexShaped()).withResponse();
    checkOutput(data);
    assert.equal(response.headers.get('x-switchyard-dropped-fields'), 'tools[3]=web_search, input[2]=reasoning');

    const up = oa.lastRequest!()!;
    assert.equal(up.url, '/v1/chat/completions');
    assert.deepEqual(up.body.messages, [
      { role: 'system', content: 'You are a coding agent.' },
      { role: 'system', content: 'Sandbox: none.' },
      { role: 'user', content: [{ type: 'text', text: 'What is in this image?' }, { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}`, detail: 'auto' } }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_prev', type: 'function', function: { name: 'exec_command', arguments: '{"cmd":"ls"}' } }] },
      { role: 'tool', tool_call_id: 'call_prev', content: 'a.txt\nb.txt' },
      { role: 'user', content: 'now read a.txt' },
    ]);
    const tools = up.body.tools as { function: { name: string; parameters: unknown; strict?: boolean } }[];
    assert.deepEqual(tools.map((t) => t.function.name), ['exec_command', 'files__read', 'apply_patch']);
    assert.deepEqual(tools[1].function.parameters, SCHEMA);
    assert.equal(tools[1].function.strict, true);
    assert.deepEqual((tools[2].function.parameters as { required: string[] }).required, ['input']);
    assert.equal(up.body.tool_choice, 'auto');
    assert.equal(up.body.parallel_tool_calls, false);
    assert.equal(up.body.reasoning_effort, 'high');
    assert.equal(up.body.max_tokens, 300);
    assert.equal(up.body.temperature, 0.3);
    assert.equal(up.body.top_p, 0.9);
    assert.equal(up.body.prompt_cache_key, 'sess-123');
    assert.equal(up.body.user, 'u-1');
    for (const k of ['input', 'instructions', 'store', 'include', 'reasoning', 'max_output_tokens', 'text']) assert.equal(up.body[k], undefined, k);
  });

  test('OpenAI chat upstream, stream: reasoning summary, tool-argument and custom-input events; the tool loop continues', async () => {
    await oa.setScenario({ kind: 'reply', text: 'Reading it.', reasoning: 'I should read the file.', calls: CALLS, usage: { input: 120, output: 30 } });
    const stream = client.responses.stream({ ...codexShaped(), stream: undefined });
    const types = new Set<string>();
    let summary = '';
    stream.on('event', (e) => types.add(e.type));
    stream.on('response.reasoning_summary_text.delta', (e) => (summary += e.delta));
    const final = await stream.finalResponse();
    checkOutput(final);
    assert.equal(summary, 'I should read the file.');
    for (const t of ['response.reasoning_summary_part.added', 'response.function_call_arguments.delta', 'response.function_call_arguments.done', 'response.custom_tool_call_input.done']) {
      assert.ok(types.has(t), t);
    }

    // Next turn: the outputs go back with their results, as a client's tool loop sends them.
    await oa.setScenario({ kind: 'reply', text: 'All done.' });
    const next = await client.responses.create({
      ...codexShaped(),
      input: [
        { role: 'user', content: 'now read a.txt' },
        ...(final.output as OpenAI.Responses.ResponseInputItem[]),
        { type: 'function_call_output', call_id: 'call_ns', output: 'contents of a' },
        { type: 'custom_tool_call_output', call_id: 'call_patch', output: 'patched' },
      ],
    });
    assert.equal(next.output_text, 'All done.');
    const msgs = oa.lastRequest!()!.body.messages as any[];
    assert.deepEqual(msgs.slice(1), [
      { role: 'user', content: 'now read a.txt' },
      {
        role: 'assistant',
        content: 'Reading it.',
        tool_calls: [
          { id: 'call_ns', type: 'function', function: { name: 'files__read', arguments: '{"path":"a.txt"}' } },
          { id: 'call_patch', type: 'function', function: { name: 'apply_patch', arguments: JSON.stringify({ input: '*** Begin Patch\n*** End Patch' }) } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_ns', content: 'contents of a' },
      { role: 'tool', tool_call_id: 'call_patch', content: 'patched' },
    ]);
  });

  test('Anthropic upstream: translated to Messages; thinking comes back as a reasoning item; previous_response_id works', async () => {
    await an.setScenario({ kind: 'reply', text: 'Reading it.', reasoning: 'I should read the file.', calls: CALLS, usage: { input: 120, output: 30 } });
    const first = await client.responses.create({ ...codexShaped({ model: 'claude', store: true }), text: { format: { type: 'text' } } });
    checkOutput(first);
    const up = an.lastRequest!()!;
    assert.equal(up.url, '/v1/messages');
    assert.match(JSON.stringify(up.body.system), /You are a coding agent\..*Sandbox: none\./s);
    const msgs = up.body.messages as any[];
    assert.deepEqual(msgs[0].content[1], { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } });
    assert.deepEqual(msgs[1], { role: 'assistant', content: [{ type: 'tool_use', id: 'call_prev', name: 'exec_command', input: { cmd: 'ls' } }] });
    assert.equal(msgs[2].content[0].type, 'tool_result');
    assert.equal(msgs[2].content[0].tool_use_id, 'call_prev');
    assert.deepEqual((up.body.tools as { name: string }[]).map((t) => t.name), ['exec_command', 'files__read', 'apply_patch']);
    assert.equal(up.body.max_tokens, 300);

    await an.setScenario({ kind: 'reply', text: 'Done.' });
    const second = await client.responses.stream({
      model: 'claude',
      previous_response_id: first.id,
      input: [
        { type: 'function_call_output', call_id: 'call_ns', output: 'contents of a' },
        { type: 'custom_tool_call_output', call_id: 'call_patch', output: 'patched' },
      ],
      tools: codexShaped().tools,
    }).finalResponse();
    assert.equal(second.output_text, 'Done.');
    const up2 = an.lastRequest!()!.body.messages as any[];
    const last = up2.at(-1);
    assert.deepEqual(last.content.map((c: { type: string; tool_use_id: string }) => [c.type, c.tool_use_id]), [['tool_result', 'call_ns'], ['tool_result', 'call_patch']]);
    const asst = up2.at(-2);
    assert.deepEqual(asst.content.filter((c: { type: string }) => c.type === 'tool_use').map((c: { name: string }) => c.name), ['files__read', 'apply_patch']);
    await gw.runtime.store.flush();
    const page = await getJson(`${gw.baseURL}/inferences?session_id=${first.id}`);
    assert.equal(page.data.length, 2);
  });

  test('an upstream failure before the stream starts is an OpenAI-shaped error; after it starts, response.failed', async () => {
    await oa.setScenario({ kind: 'error', status: 400, error: 'bad_request' });
    await assert.rejects(client.responses.create(codexShaped()), (e: unknown) => e instanceof OpenAI.APIError && e.status !== undefined && e.status >= 400);
    await oa.setScenario({ kind: 'stream_error', text: 'partial answer here' });
    const events: string[] = [];
    const stream = await client.responses.create({ ...codexShaped(), stream: true });
    let failed: any;
    for await (const e of stream) {
      events.push(e.type);
      if (e.type === 'response.failed') failed = e.response;
    }
    assert.equal(events.at(-1), 'response.failed');
    assert.equal(failed.status, 'failed');
    assert.equal(failed.error.code, 'stream_interrupted');
    assert.match(failed.output[0].content[0].text, /^partial answ/);
  });
});
