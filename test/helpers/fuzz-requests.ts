// Seeded generator of hostile-but-plausible requests for every endpoint: wrong types, missing and
// unknown fields, Object.prototype names, deep nesting, huge and odd strings, junk ids, headers and
// query strings. Used by test/hardening-fuzz.test.ts; the same seed gives the same requests.
import { mulberry32 } from '../../src/providers/simulated/random.js';

export interface FuzzRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const PROTO = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const NAMES = ['agent-main', 'sim-model', 'canary', 'tiered', ...PROTO, '', ' ', 'a'.repeat(300), '../../etc/passwd', '%00', '🙂', 'null'];

export function makeFuzzer(seed: number) {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;

  function junk(depth = 0): unknown {
    const k = Math.floor(r() * 12);
    if (depth > 3) return pick([null, 0, '', 'x']);
    switch (k) {
      case 0: return null;
      case 1: return Math.floor(r() * 2 ** 31) * (chance(0.5) ? -1 : 1);
      case 2: return r() * 1e300;
      case 3: return pick(NAMES);
      case 4: return chance(0.5);
      case 5: return [junk(depth + 1), junk(depth + 1)];
      case 6: return { [pick(PROTO)]: junk(depth + 1), x: junk(depth + 1) };
      case 7: return 'x'.repeat(Math.floor(r() * 5000));
      case 8: return '\u0000\ud800\uffff"\\';
      case 9: return {};
      case 10: return [];
      default: return pick(['1', '-1', 'NaN', 'Infinity', '1e999', 'true']);
    }
  }

  /** Replaces some fields of a valid object with junk, drops some, adds prototype-named ones. */
  function mutate(valid: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = { ...valid };
    for (const key of Object.keys(out)) {
      if (chance(0.2)) out[key] = junk();
      else if (chance(0.1)) delete out[key];
    }
    if (chance(0.2)) out[pick(PROTO.filter((p) => p !== '__proto__'))] = junk();
    if (chance(0.1)) out[`extra_${Math.floor(r() * 10)}`] = junk();
    return out;
  }

  function deep(n: number): string {
    return chance(0.5) ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  }

  const messages = () =>
    pick([
      [{ role: 'user', content: 'hi' }],
      [{ role: 'system', content: 'be brief' }, { role: 'user', content: [{ type: 'text', text: 'hello' }] }],
      [{ role: 'user', content: 'run it' }, { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: pick(NAMES), arguments: '{"command":"ls"}' } }] }, { role: 'tool', tool_call_id: 'c1', content: 'ok' }],
      junk(),
    ]);
  const tools = () => [{ type: 'function', function: { name: pick(['terminal', 'toString', 'constructor', 'send_message', 'read_file']), parameters: { type: 'object', properties: { command: { type: 'string' } } } } }];

  const id = () => pick(['01a2234d-6e39-73b3-97e7-0dc973c14b34', 'nope', '%2e%2e%2f', 'constructor', '__proto__', 'x'.repeat(600), '0', "'; DROP TABLE inferences; --"]);
  const enc = (s: string) => (chance(0.7) ? encodeURIComponent(s) : s.replace(/[\s#?]/g, ''));
  const query = () => pick(['', '?limit=-1', '?limit=abc', '?limit=99999', '?cursor=zzz', '?order=sideways', '?since=yesterday', '?status=constructor', '?metric=toString', '?metric=x&value=maybe', '?session_id=__proto__', '?route=constructor&model=toString&variant=__proto__', '?timeout_ms=1', '?timeout_ms=-5', '?include_revoked=constructor', '?version=abc']);

  const bodies: Record<string, () => Record<string, unknown>> = {
    chat: () => ({ model: pick(NAMES), messages: messages(), ...(chance(0.3) ? { tools: tools() } : {}), ...(chance(0.3) ? { stream: chance(0.5) } : {}), ...(chance(0.2) ? { metadata: { session_id: pick(NAMES), [pick(PROTO)]: 'x' } } : {}), ...(chance(0.2) ? { max_tokens: junk() } : {}) }),
    messages: () => ({ model: pick(NAMES), max_tokens: pick([16, 0, -1, 'x', 1e9]), messages: pick([[{ role: 'user', content: 'hi' }], [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'x', content: 'y' }] }], junk()]), ...(chance(0.3) ? { tools: [{ name: pick(['toString', 'terminal', 'constructor']), input_schema: { type: 'object' } }] } : {}), ...(chance(0.3) ? { stream: chance(0.5) } : {}) }),
    assess: () => ({ tool: pick(['terminal', 'Bash', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'send_message', 'mcp__x__toString']), args: pick([{ command: 'rm -rf /tmp/x' }, { command: 'git push https://u:tok@h/x' }, { constructor: 'x' }, junk()]), context: pick([{ session_id: pick(NAMES) }, { user_message: 'I want to end it all' }, junk()]), ...(chance(0.2) ? { annotations: junk() } : {}) }),
    feedback: () => ({ metric_name: pick(['comment', 'demonstration', 'thumbs', 'toString', 'constructor', '__proto__']), value: junk(), inference_id: id(), ...(chance(0.3) ? { episode_id: id() } : {}), ...(chance(0.2) ? { tags: junk() } : {}) }),
    approve: () => ({ scope: pick(['once', 'session', 'always', 'forever', 'constructor', 7]) }),
    dataset: () => ({ filter: junk(), rows: junk(), note: junk(), ids: [id()], datapoints: junk() }),
    evaluate: () => ({ force: junk() }),
  };

  const endpoints: Array<() => FuzzRequest> = [
    () => ({ method: 'POST', url: '/v1/chat/completions', headers: {}, payload: JSON.stringify(mutate(bodies.chat())) }),
    () => ({ method: 'POST', url: '/v1/chat/completions', headers: { 'x-switchyard-variant': pick(NAMES), 'x-switchyard-target': pick(['0', '9', 'constructor', 'sim', 'toString']) }, payload: JSON.stringify(bodies.chat()) }),
    () => ({ method: 'POST', url: '/v1/messages', headers: { 'anthropic-version': '2023-06-01' }, payload: JSON.stringify(mutate(bodies.messages())) }),
    () => ({ method: 'POST', url: '/v1/firewall/assess', headers: {}, payload: JSON.stringify(mutate(bodies.assess())) }),
    () => ({ method: 'POST', url: '/v1/feedback', headers: {}, payload: JSON.stringify(mutate(bodies.feedback())) }),
    () => ({ method: 'GET', url: `/v1/feedback/${enc(id())}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/inferences${query()}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/inferences/${enc(id())}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/episodes/${enc(id())}`, headers: {} }),
    () => ({ method: 'DELETE', url: `/v1/episodes/${enc(id())}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/datasets${query()}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/datasets/${enc(pick(NAMES))}${query()}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/datasets/${enc(pick(NAMES))}/datapoints${query()}`, headers: {} }),
    () => ({ method: 'POST', url: `/v1/datasets/${enc(pick(NAMES))}/versions`, headers: {}, payload: JSON.stringify(mutate(bodies.dataset())) }),
    () => ({ method: 'POST', url: `/v1/datasets/${enc(pick(NAMES))}/from-query`, headers: {}, payload: JSON.stringify(mutate(bodies.dataset())) }),
    () => ({ method: 'GET', url: `/v1/experiments${query()}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/experiments/${enc(pick(NAMES))}`, headers: {} }),
    () => ({ method: 'POST', url: `/v1/experiments/${enc(pick(NAMES))}/evaluate`, headers: {}, payload: JSON.stringify(mutate(bodies.evaluate())) }),
    () => ({ method: 'GET', url: `/v1/approvals${query()}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/approvals/${enc(id())}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/approvals/${enc(id())}/wait?timeout_ms=1`, headers: {} }),
    () => ({ method: 'POST', url: `/v1/approvals/${enc(id())}/approve`, headers: {}, payload: JSON.stringify(mutate(bodies.approve())) }),
    () => ({ method: 'POST', url: `/v1/approvals/${enc(id())}/deny`, headers: {}, payload: '{}' }),
    () => ({ method: 'GET', url: `/v1/approval-rules${query()}`, headers: {} }),
    () => ({ method: 'DELETE', url: `/v1/approval-rules/${enc(id())}`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/firewall/approvals/${enc(id())}/wait?timeout_ms=1`, headers: {} }),
    () => ({ method: 'GET', url: `/v1/firewall/traces/${enc(id())}`, headers: {} }),
    () => ({ method: 'GET', url: pick(['/v1/models', '/v1/status', '/health', '/metrics', '/v1/nope', '/v1/models/constructor', '/v1/embeddings', '/v1/responses']), headers: {} }),
    // raw bodies: not JSON, too deep, wrong content types
    () => ({ method: 'POST', url: pick(['/v1/chat/completions', '/v1/messages', '/v1/firewall/assess', '/v1/feedback']), headers: {}, payload: pick(['{', '[]', 'null', '"x"', '{"model":', '\u0000', deep(200 + Math.floor(r() * 20_000)), '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}']) }),
    () => ({ method: 'POST', url: pick(['/v1/chat/completions', '/v1/feedback']), headers: { 'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x']) }, payload: 'a=b' }),
  ];

  return (): FuzzRequest => {
    const req = pick(endpoints)();
    if (req.payload !== undefined && !req.headers['content-type']) req.headers['content-type'] = 'application/json';
    // auth headers: none, junk, wrong scheme case, each token kind
    if (chance(0.15)) req.headers.authorization = pick(['Bearer', 'Bearer ', 'bearer x', 'Basic Zm9vOmJhcg==', 'BEARER ' + 'y'.repeat(5000), 'Bearer constructor']);
    if (chance(0.05)) req.headers['x-switchyard-session-id'] = pick(['', 'x'.repeat(300), '__proto__', 'ok']);
    return req;
  };
}
