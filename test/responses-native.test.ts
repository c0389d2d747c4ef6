import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { json, parseSseText, startRecordingUpstream, type RecordingUpstream } from './helpers/recording-upstream.js';
import { startResponsesUpstream, USAGE, type ResponsesUpstream, type Script } from './helpers/responses-upstream.js';
import { api, FW_ENV, pendingFor } from './helpers/firewall-inline.js';

// POST /v1/responses forwarded natively to an OpenAI Responses upstream (a mock on 127.0.0.1
// speaking the real JSON and typed-event wire format), with the official openai SDK as client:
// the body arrives as sent apart from the model, hosted tools and encrypted reasoning included;
// answers come back as the upstream's own with Switchyard's response id; conversation state,
// fallback to a translated target, recording and the inline firewall work on this path.

const ENCRYPTED = 'gAAAAABo-opaque-reasoning-state==';
const TERMINAL: OpenAI.Responses.FunctionTool = {
  type: 'function', name: 'terminal', description: 'run a shell command',
  parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] }, strict: false,
};
const HOSTED = [
  { type: 'web_search' },
  { type: 'file_search', vector_store_ids: ['vs_1'] },
  { type: 'code_interpreter', container: { type: 'auto' } },
  { type: 'image_generation', quality: 'low' },
  { type: 'computer_use_preview', display_width: 1024, display_height: 768, environment: 'browser' },
  { type: 'mcp', server_label: 'docs', server_url: 'https://mcp.example.test/sse', require_approval: 'never' },
] as unknown as OpenAI.Responses.Tool[];

/** A Codex-shaped first turn: hosted tools, include encrypted reasoning, store: false, an earlier reasoning item. */
function codexTurn(extra: Record<string, unknown> = {}): OpenAI.Responses.ResponseCreateParamsNonStreaming {
  return {
    model: 'gpt',
    instructions: 'You are a coding agent.',
    input: [
      { type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'Sandbox: none.' }] },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'find the docs and list the repo' }] },
      { type: 'reasoning', id: 'rs_earlier', summary: [], encrypted_content: 'earlier-state' } as never,
    ],
    tools: [TERMINAL, ...HOSTED],
    tool_choice: 'auto',
    parallel_tool_calls: false,
    reasoning: { effort: 'high', summary: 'auto' },
    store: false,
    include: ['reasoning.encrypted_content'],
    prompt_cache_key: 'sess-1',
    text: { verbosity: 'low' } as never,
    ...extra,
  } as OpenAI.Responses.ResponseCreateParamsNonStreaming;
}

const SEARCH_AND_CALL: Script = {
  items: [
    { type: 'reasoning', summary: 'Search first, then list.', encrypted_content: ENCRYPTED },
    { type: 'web_search_call', query: 'switchyard docs' },
    { type: 'message', text: 'Found them. Listing the repo.' },
    { type: 'function_call', call_id: 'call_ls', name: 'terminal', arguments: '{"command":"ls"}' },
  ],
};

/** The stream helper's final response without the fields the SDK adds while parsing (parsed, parsed_arguments). */
const unparsed = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'parsed' || k === 'parsed_arguments' ? undefined : x)));

describe('Responses API forwarded natively to an OpenAI Responses upstream', () => {
  let up: ResponsesUpstream;
  let down: RecordingUpstream;
  let anth: RecordingUpstream;
  let gw: TestGateway;
  let client: OpenAI;
  let next: (body: Record<string, unknown>) => Script = () => SEARCH_AND_CALL;

  before(async () => {
    up = await startResponsesUpstream((req) => next(req.body));
    down = await startRecordingUpstream((_req, res) => json(res, { error: { message: 'overloaded', type: 'server_error' } }, 503));
    anth = await startRecordingUpstream((req, res) =>
      json(res, {
        id: 'msg_anth', type: 'message', role: 'assistant', model: String(req.body.model), content: [{ type: 'text', text: 'from claude' }],
        stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 9, output_tokens: 3 },
      }),
    );
    gw = await startGateway(
      `
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
providers:
  oai: { type: openai, base_url: "${up.baseURL}", api_key: env:OAI_KEY, responses_api: true }
  oai-down: { type: openai, base_url: "${down.origin}/v1", api_key: env:OAI_KEY, responses_api: true }
  anth: { type: anthropic, base_url: "${anth.origin}", api_key: env:ANTH_KEY }
models:
  gpt: { targets: [{ provider: oai, model: gpt-up }] }
  gpt-then-claude: { targets: [{ provider: oai-down, model: gpt-up, max_retries: 0 }, { provider: anth, model: claude-up }] }
routes:
  guarded: { model: gpt, firewall: enforce }
firewall:
  mode: observe
  approvals: { expire_after_ms: 60000 }
`,
      { ...FW_ENV, OAI_KEY: 'sk-upstream-oai', ANTH_KEY: 'sk-upstream-anth' },
    );
    client = new OpenAI({ baseURL: gw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
  });
  after(async () => {
    await gw?.close();
    await Promise.all([up?.close(), down?.close(), anth?.close()]);
  });

  const lastBody = () => up.requests.at(-1)!;
  const stored = async (inferenceId: string | null) => {
    await gw.runtime.store.flush();
    return (await gw.runtime.store.getInference(inferenceId!))!;
  };

  test('JSON: the body arrives byte for byte apart from the model; the answer is the upstream\'s with Switchyard\'s id', async () => {
    next = () => SEARCH_AND_CALL;
    const sent = codexTurn({ metadata: { ticket: 'T-1' }, client_metadata: { 'x-codex': '1' } });
    const { data, response } = await client.responses.create(sent, { headers: { 'openai-beta': 'responses=experimental' } }).withResponse();

    const rec = lastBody();
    assert.equal(rec.text, JSON.stringify({ ...sent, model: 'gpt-up' }), 'hosted tools, include, reasoning, encrypted items and unknown fields unchanged');
    assert.equal(rec.headers.authorization, 'Bearer sk-upstream-oai', 'the target\'s credential, never the client\'s');
    assert.equal(rec.headers['openai-beta'], 'responses=experimental');

    const upstream = up.answered.at(-1)!;
    assert.match(data.id, /^resp_[0-9a-f]{32}$/);
    assert.notEqual(data.id, upstream.id);
    assert.deepEqual(data.output, upstream.output, 'reasoning with encrypted_content and web_search_call come back untouched');
    assert.deepEqual(data.usage, USAGE);
    assert.equal(response.headers.get('x-switchyard-passthrough'), '1');
    assert.equal(response.headers.get('x-switchyard-dropped-fields'), null, 'nothing is lost on the native path');
    assert.equal((data as any).switchyard.passthrough, true);

    const row = await stored(response.headers.get('x-switchyard-inference-id'));
    assert.equal(row.usage!.cached_input_tokens, 1024);
    assert.equal(row.usage!.reasoning_tokens, 64);
    assert.equal(row.dropped, null);
    assert.equal(row.upstream_model, 'gpt-up');
    assert.deepEqual((row.response as any).message.tool_calls.map((c: any) => [c.id, c.function.name]), [['call_ls', 'terminal']]);
  });

  test('previous_response_id: the stored chain is expanded into input, upstream output items forwarded verbatim', async () => {
    next = () => SEARCH_AND_CALL;
    const first = await client.responses.create(codexTurn({ store: true, input: 'list the repo' }));
    const firstOutput = up.answered.at(-1)!.output as Record<string, unknown>[];
    next = () => ({ items: [{ type: 'message', text: 'The repo has a.txt.' }] });
    const output = { type: 'function_call_output' as const, call_id: 'call_ls', output: 'a.txt' };
    const second = await client.responses.create({ model: 'gpt', previous_response_id: first.id, input: [output], tools: [TERMINAL], store: true });

    const body = lastBody().body;
    assert.equal(body.previous_response_id, undefined, 'upstream response ids differ per target: state is Switchyard\'s');
    assert.equal(body.model, 'gpt-up');
    assert.deepEqual(body.input, [
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'list the repo' }] },
      ...firstOutput,
      output,
    ]);
    assert.equal((body.input as any[])[1].encrypted_content, ENCRYPTED);
    assert.equal(second.previous_response_id, first.id);
    assert.equal(second.output_text, 'The repo has a.txt.');

    const got = await client.responses.retrieve(second.id);
    assert.deepEqual(got.output, second.output);
    const items = await client.responses.inputItems.list(second.id);
    assert.deepEqual(items.data.map((i: any) => i.type), ['function_call_output']);
  });

  test('store: false, Codex style: encrypted reasoning of turn 1 sent back by the client reaches the upstream unchanged', async () => {
    next = () => SEARCH_AND_CALL;
    const turn1 = await client.responses.create(codexTurn());
    next = () => ({ items: [{ type: 'message', text: 'done' }] });
    const replay = [...(codexTurn().input as unknown[]), ...turn1.output, { type: 'function_call_output', call_id: 'call_ls', output: 'a.txt' }];
    const turn2 = codexTurn({ input: replay });
    await client.responses.create(turn2);
    const rec = lastBody();
    assert.equal(rec.text, JSON.stringify({ ...turn2, model: 'gpt-up' }));
    assert.equal(((rec.body.input as any[]).find((i) => i.type === 'reasoning' && i.id !== 'rs_earlier')).encrypted_content, ENCRYPTED);
    assert.ok((rec.body.input as any[]).some((i) => i.type === 'web_search_call'));
  });

  test('a body only a Responses upstream reads is validated only for what routing reads; one a target may translate is validated whole', async () => {
    next = () => SEARCH_AND_CALL;
    const post = (body: unknown) => fetch(`${gw.baseURL}/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${FW_ENV.SY_AGENT_KEY}` }, body: JSON.stringify(body),
    });
    // Out of the Responses API's range: Switchyard's full check refuses it, the upstream may too.
    const body = codexTurn({ temperature: 5 });
    const forwarded = await post(body);
    assert.equal(forwarded.status, 200, await forwarded.clone().text());
    assert.equal(lastBody().text, JSON.stringify({ ...body, model: 'gpt-up' }));
    const record = (await stored(forwarded.headers.get('x-switchyard-inference-id'))).request as { messages: unknown[]; untranslatable: string[] };
    assert.deepEqual(record.messages, [], 'the record reads back, with the reason it could not be converted');
    assert.match(record.untranslatable[0], /^request: temperature/);

    const before = up.requests.length + down.requests.length;
    const translatable = await post({ ...body, model: 'gpt-then-claude' });
    assert.equal(translatable.status, 400);
    assert.equal(((await translatable.json()) as { error: { param: string } }).error.param, 'temperature');
    const badStream = await post({ ...codexTurn(), stream: 'yes' });
    assert.equal(badStream.status, 400);
    assert.equal(((await badStream.json()) as { error: { param: string } }).error.param, 'stream');
    const background = await post({ ...codexTurn(), background: true });
    assert.equal(background.status, 400);
    assert.equal(((await background.json()) as { error: { param: string } }).error.param, 'background');
    assert.equal(up.requests.length + down.requests.length, before, 'nothing refused went upstream');
  });

  test('stream: the upstream\'s events pass byte for byte except the Response id; the SDK stream helper accumulates them', async () => {
    next = () => SEARCH_AND_CALL;
    const final = await client.responses.stream(codexTurn() as never).finalResponse();
    assert.equal(lastBody().body.stream, true);
    assert.match(final.id, /^resp_[0-9a-f]{32}$/);
    assert.deepEqual(unparsed(final.output), up.answered.at(-1)!.output);
    assert.deepEqual(final.usage, USAGE);

    // Raw bytes: every event but the ones carrying the Response object is the upstream's own text.
    const res = await fetch(`${gw.baseURL}/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${FW_ENV.SY_AGENT_KEY}` },
      body: JSON.stringify({ ...codexTurn(), stream: true }),
    });
    assert.equal(res.headers.get('x-switchyard-passthrough'), '1');
    const got = parseSseText(await res.text());
    const upstream = parseSseText(up.sent.at(-1)!);
    assert.equal(got.length, upstream.length);
    const ownId = JSON.parse(got[0].data).response.id;
    got.forEach((e, i) => {
      const u = JSON.parse(upstream[i].data);
      const expected = u.response ? JSON.stringify({ ...u, response: { ...u.response, id: ownId } }) : upstream[i].data;
      assert.equal(e.event, upstream[i].event);
      assert.equal(e.data, expected);
    });
    const row = await stored(res.headers.get('x-switchyard-inference-id'));
    assert.equal(row.stream, true);
    assert.equal(row.usage!.cached_input_tokens, 1024);
    assert.equal(row.usage!.reasoning_tokens, 64);
  });

  test('fallback: the Responses target fails, the Anthropic fallback gets a translation; only that attempt lists what it lost', async () => {
    const { data, response } = await client.responses.create(codexTurn({ model: 'gpt-then-claude' })).withResponse();
    assert.equal(down.requests.at(-1)!.url, '/v1/responses', 'the first target was tried natively');
    assert.deepEqual(down.requests.at(-1)!.body.include, ['reasoning.encrypted_content']);
    assert.equal(data.output_text, 'from claude');
    assert.equal(response.headers.get('x-switchyard-passthrough'), null);
    const dropped = response.headers.get('x-switchyard-dropped-fields')!;
    for (const t of ['web_search', 'file_search', 'code_interpreter', 'image_generation', 'computer_use_preview', 'mcp']) assert.match(dropped, new RegExp(`=${t}\\b`));
    assert.match(dropped, /input\[2\]=reasoning/);
    const anthBody = anth.requests.at(-1)!.body;
    assert.deepEqual((anthBody.tools as { name: string }[]).map((t) => t.name), ['terminal']);
    const row = await stored(response.headers.get('x-switchyard-inference-id'));
    assert.equal(row.attempts_count, 2);
    assert.ok(row.dropped!.includes('tools[1]=web_search'));
  });

  test('files by id, item references and forced hosted tools go to the native target; a chain with none refuses with the field named', async () => {
    next = () => ({ items: [{ type: 'message', text: 'Read it.' }] });
    const sent = {
      model: 'gpt',
      input: [
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'summarize this' }, { type: 'input_file', file_id: 'file-abc' }, { type: 'input_image', file_id: 'file-img' }] },
        { type: 'item_reference', id: 'msg_earlier' },
      ],
      tools: [{ type: 'web_search' }],
      tool_choice: { type: 'web_search' },
    } as unknown as OpenAI.Responses.ResponseCreateParamsNonStreaming;
    const data = await client.responses.create(sent);
    assert.equal(data.output_text, 'Read it.');
    assert.equal(lastBody().text, JSON.stringify({ ...sent, model: 'gpt-up' }), 'forwarded unchanged');

    // The fallback chain: only its native first target may serve; it is down, so the chain fails
    // over nothing and the Anthropic target is never asked to translate what it cannot carry.
    const anthBefore = anth.requests.length;
    const viaChain = await fetch(`${gw.baseURL}/responses`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${FW_ENV.SY_AGENT_KEY}` },
      body: JSON.stringify({ ...sent, model: 'gpt-then-claude' }),
    });
    assert.equal(viaChain.status, 503);
    assert.equal(anth.requests.length, anthBefore);

    const g2 = await startGateway(`
providers:
  chat-only: { type: openai, base_url: "${down.origin}/v1", api_key: env:OAI_KEY }
models:
  m: { targets: [{ provider: chat-only, model: x }] }
`, { OAI_KEY: 'k' });
    try {
      const refused = async (body: Record<string, unknown>) => {
        const r = await fetch(`${g2.baseURL}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        assert.equal(r.status, 400);
        return ((await r.json()) as { error: { param: string; message: string } }).error;
      };
      const forced = await refused({ ...sent, model: 'm' });
      assert.equal(forced.param, 'tool_choice');
      assert.match(forced.message, /web_search/);
      const file = await refused({ ...sent, model: 'm', tool_choice: 'auto' });
      assert.equal(file.param, 'input[0].content[1]');
      assert.match(file.message, /file_id/);
    } finally {
      await g2.close();
    }
  });

  test('a provider without responses_api is reached over Chat Completions (translated)', async () => {
    const before = down.requests.length;
    const g2 = await startGateway(
      `
providers:
  chat-only: { type: openai, base_url: "${down.origin}/v1", api_key: env:OAI_KEY }
models:
  m: { targets: [{ provider: chat-only, model: x, max_retries: 0 }] }
`,
      { OAI_KEY: 'k' },
    );
    try {
      const r = await fetch(`${g2.baseURL}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', input: 'hi' }) });
      assert.equal(r.status, 503);
      assert.equal(down.requests.at(-1)!.url, '/v1/chat/completions');
      assert.equal(down.requests.length, before + 1);
    } finally {
      await g2.close();
    }
  });

  const deny = async (session: string) => {
    const approval = await pendingFor(gw.url, session);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
  };
  const RM: Script = {
    items: [
      { type: 'reasoning', encrypted_content: ENCRYPTED },
      { type: 'function_call', call_id: 'call_rm', name: 'terminal', arguments: '{"command":"rm -rf ~/projects"}' },
      { type: 'message', text: 'Cleaning up.' },
    ],
  };

  test('firewall enforce, JSON: a denied call is cut from the forwarded Response; the rest is untouched', async () => {
    next = () => RM;
    const pending = client.responses.create(codexTurn({ model: 'guarded' }), { headers: { 'x-switchyard-session-id': 'native-fw-1' } });
    await deny('native-fw-1');
    const r = await pending;
    const upstream = up.answered.at(-1)!.output as any[];
    assert.deepEqual(r.output.slice(0, 2), [upstream[0], upstream[2]], 'reasoning (encrypted) and the message stay, the call is gone');
    assert.equal(r.output.length, 3);
    assert.equal(r.output[2].type, 'message');
    assert.match((r.output[2] as any).content[0].text, /blocked|denied/i);
    assert.equal(r.output.some((o) => o.type === 'function_call'), false);
  });

  test('firewall enforce, stream: the call\'s events are cut, later items re-indexed; the SDK accumulates the result', async () => {
    next = () => RM;
    const stream = client.responses.stream(codexTurn({ model: 'guarded' }) as never, { headers: { 'x-switchyard-session-id': 'native-fw-2' } });
    const denied = deny('native-fw-2');
    const final = await stream.finalResponse();
    await denied;
    const upstream = up.answered.at(-1)!.output as any[];
    assert.deepEqual(final.output.map((o) => o.type), ['reasoning', 'message', 'message']);
    assert.equal((final.output[0] as any).encrypted_content, ENCRYPTED);
    assert.deepEqual(unparsed(final.output[1]), upstream[2]);
    assert.match((final.output[2] as any).content[0].text, /blocked|denied/i);
  });
});
