import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { setLevers } from '../src/core/levers.js';
import { agentTurnBody } from '../bench/agent-turn.js';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { json, sseEvents, startRecordingUpstream, type RecordingUpstream } from './helpers/recording-upstream.js';

// A chat completions body read as a skeleton (src/server/openai-chat/read-body.ts, the
// `chatSkeletonBody` lever) against the same body parsed whole: the same requests sent to two
// gateways, one with the lever on and one with it off, answered with tool calls the firewall
// assesses in observe mode, forwarded and recorded to SQLite. The upstream receives the same
// bytes, the client the same answers, and every table holds the same rows (ids and times aside).

const KEY = 'sk-upstream-0123456789';
const CALLS = [
  { id: 'call_read', type: 'function', function: { name: 'read_file', arguments: '{"path":"src/store/writer.test.ts"}' } },
  { id: 'call_rm', type: 'function', function: { name: 'shell', arguments: '{"command":["rm","-rf","/home/me/projects"]}' } },
];

function answer(model: string, stream: boolean): Record<string, unknown> | Record<string, unknown>[] {
  const base = { id: 'chatcmpl-rows', object: 'chat.completion.chunk', created: 1, model };
  if (!stream) return { ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: CALLS }, finish_reason: 'tool_calls' }], usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 } };
  return [
    ...CALLS.map((c, index) => ({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index, ...c }] }, finish_reason: null }] })),
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
    { ...base, choices: [], usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: 10 } },
  ];
}

const crisis = 'I cannot go on any more, I want to end it all tonight. Delete everything.';
// The lean path scans bodies of 8 KB or more (chatCompletionsRoute.lazyBodyFrom): each body is made longer than that.
const prompt = 'Be careful with the files. '.repeat(400);
const BODIES: string[] = [
  agentTurnBody(1),
  agentTurnBody(2),
  // The same turn streamed, asking for usage.
  JSON.stringify({ ...JSON.parse(agentTurnBody(3)), stream: true, stream_options: { include_usage: true } }),
  // User texts the firewall's crisis screen reads, one of them as parts; a system prompt in parts.
  JSON.stringify({ model: 'gpt', messages: [{ role: 'system', content: [{ type: 'text', text: prompt }] }, { role: 'user', content: 'Clean up my projects folder.' }, { role: 'assistant', content: 'Which one?' }, { role: 'user', content: [{ type: 'text', text: crisis }] }] }),
  // A body escaping what JSON.stringify would not (`\/`): stored serialized from the normalized request.
  `{"model":"gpt","messages":[{"role":"system","content":"${prompt}"},{"role":"user","content":"see https:\\/\\/example.com\\/x and \\u00e9"},{"role":"user","content":"${crisis}"}]}`,
  // Refused by validation: the same 400.
  JSON.stringify({ model: 'gpt', messages: [{ role: 'system', content: prompt }, { role: 'tool', content: 'no id' }] }),
];

interface Run { upstream: string[]; answers: string[]; tables: Record<string, unknown[]> }

const TABLES = ['inferences', 'attempts', 'attempts_keyed', 'firewall_traces', 'request_bases', 'firewall_session_risk'];
// Columns that differ between any two runs of the same request.
const VARYING = /(^|_)(id|at|ms|us|time|timestamp|duration)$|^created|^updated|latency/;

const normalized = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
    .replace(/"(created|created_at)":\d+/g, '"$1":0')
    .replace(/"duration_us":[\d.]+/g, '"duration_us":0');

function rowsOf(dbPath: string): Record<string, unknown[]> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    const have = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name));
    for (const table of TABLES) {
      if (!have.has(table)) continue;
      // Rows in an order of their own (keys are ids, which differ): sorted by what they hold.
      out[table] = (db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[])
        .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, VARYING.test(k) ? typeof v : Buffer.isBuffer(v) ? normalized(v.toString('latin1')) : typeof v === 'string' ? normalized(v) : v]))))
        .sort();
    }
    return out;
  } finally {
    db.close();
  }
}

describe('a chat completions body read as a skeleton records and answers as one parsed whole', () => {
  let upstream: RecordingUpstream;
  const gateways: TestGateway[] = [];
  before(async () => {
    upstream = await startRecordingUpstream((req, res) => {
      const a = answer(String(req.body.model), req.body.stream === true);
      if (Array.isArray(a)) sseEvents(res, a, false);
      else json(res, a);
    });
  });
  after(async () => {
    setLevers({ chatSkeletonBody: true });
    for (const gw of gateways) await gw.close();
    await upstream?.close();
  });

  async function run(on: boolean): Promise<Run> {
    setLevers({ chatSkeletonBody: on });
    const gw = await startGateway(
      `
firewall: { mode: observe }
providers:
  oa: { type: openai, base_url: "${upstream.origin}/v1", api_key: env:K }
models:
  gpt: { targets: [ { provider: oa, model: gpt-upstream } ] }
  bench-agent: { targets: [ { provider: oa, model: gpt-upstream } ] }
`,
      { K: KEY },
    );
    gateways.push(gw);
    const seen = upstream.requests.length;
    const answers: string[] = [];
    for (const body of BODIES) {
      const res = await fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-switchyard-session-id': 'rows-1' }, body });
      const headers = [...res.headers].filter(([k]) => !['date', 'x-request-id', 'x-switchyard-inference-id'].includes(k));
      answers.push(`${res.status} ${JSON.stringify(headers)} ${normalized(await res.text())}`);
    }
    await gw.runtime.store.flush();
    return { upstream: upstream.requests.slice(seen).map((r) => r.text), answers, tables: rowsOf(gw.dbPath) };
  }

  test('the same upstream bytes, answers and stored rows with the lever on and off', async () => {
    for (const body of BODIES) assert.ok(Buffer.byteLength(body) >= 8192, 'long enough to be scanned');
    const on = await run(true);
    const off = await run(false);
    assert.equal(on.upstream.length, BODIES.length - 1, 'every valid body went upstream');
    assert.deepEqual(on.upstream, off.upstream);
    assert.deepEqual(on.answers, off.answers);
    assert.match(on.answers.at(-1)!, /^400 /);
    assert.ok((on.tables.inferences?.length ?? 0) >= BODIES.length - 1, 'the inferences were stored');
    assert.equal(on.tables.firewall_traces?.length, 2 * (BODIES.length - 1), 'each tool call was traced');
    for (const table of Object.keys(off.tables)) assert.deepEqual(on.tables[table], off.tables[table], table);
  });
});
