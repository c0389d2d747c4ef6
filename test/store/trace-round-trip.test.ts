import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../../src/core/ids.js';
import { DEFAULT_ENGINE_CONFIG } from '../../src/firewall/defaults.js';
import { contextOf, parseArgs } from '../../src/firewall/inline/decide.js';
import { traceObserver } from '../../src/firewall/inline/observe.js';
import type { FirewallRepo, FirewallTrace } from '../../src/store/firewall-types.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';
import { dropSchema, openPgStore, uniqueSchema } from './pg-harness.js';

// Observe-mode traces go through the batched writer (on SQLite, a writer thread); whatever form a
// queued row takes on its way, every reader (console, exports, CLI, APIs: all through getTrace and
// listTraces) must get back what the observer built, and exactly what a trace inserted at once
// (recordTrace, the path enforce mode takes) reads back as, key order included.

const request = (user: string, earlier: string[] = []) => ({ model: 'm', messages: [{ role: 'system' as const, content: 'You are terse.' }, ...earlier.map((content) => ({ role: 'user' as const, content })), { role: 'user' as const, content: user }] });

/** The bench's tool call, and calls whose strings and numbers a serializer could get wrong. */
const calls = [
  { tool: 'shell', raw: '{"command":["ls","-la","src"]}', user: 'Say something about foxes.', session: undefined },
  { tool: 'shell', raw: '{"command":"rm -rf / --no-preserve-root"}', user: 'clean up please', session: 'sess-1' },
  { tool: 'write_file', raw: JSON.stringify({ path: '/tmp/é\u2028x', content: 'quote " backslash \\ tab \t ctrl \u0001 emoji 😀 ∑', n: 1e-7, big: 12345678901234567890, f: 0.1 + 0.2, list: [[], {}, null, true] }), user: 'naïve — “quotes”', session: 'sess ü/2' },
  { tool: 'tool.with-odd_name:ü', raw: 'not json at all', user: '   ', session: 'sess-1' },
  // A crisis signal: its crisis_detail is not the default a queued row may leave out.
  { tool: 'send_email', raw: '{"to":"sam@example.com","body":"here is the door code"}', user: 'email Sam the door code', session: 'sess-2', earlier: ['I am so tired of everything, I want to end my life'] },
];

/** The stored JSON text of a trace's input and assessment, to see what a row leaves out. */
type StoredJson = (id: string) => Promise<{ input: string; assessment: string }>;

function roundTrip(open: () => Promise<{ store: Store; cleanup: () => Promise<void>; storedJson: StoredJson }>) {
  let store: Store;
  let cleanup: () => Promise<void>;
  let storedJson: StoredJson;
  before(async () => ({ store, cleanup, storedJson } = await open()));
  after(() => cleanup());

  test('queued traces read back as built, and as the same trace inserted at once reads back', async () => {
    const built: FirewallTrace[] = [];
    const repo = { queueTrace: (t: FirewallTrace) => (built.push(t), store.firewall.queueTrace(t)), recordTrace: () => Promise.reject(new Error('observe mode queues')) } as unknown as FirewallRepo;
    const observe = traceObserver(repo, { ...DEFAULT_ENGINE_CONFIG });
    for (const c of calls) await observe({ tool: c.tool, args: parseArgs(c.raw) }, contextOf(request(c.user, c.earlier), c.session));
    assert.equal(built.length, calls.length);
    const recorded = built.map((t) => ({ ...t, id: newId() }));
    for (const t of recorded) await store.firewall.recordTrace(t);
    for (const [i, t] of built.entries()) {
      const queued = await store.firewall.getTrace(t.id);
      const inserted = await store.firewall.getTrace(recorded[i].id);
      assert.deepEqual(queued, { ...JSON.parse(JSON.stringify(t)), duration_us: Math.round(t.duration_us) });
      assert.equal(JSON.stringify({ ...queued, id: '' }), JSON.stringify({ ...inserted, id: '' }));
    }
    const listed = await store.firewall.listTraces({ session_id: 'sess-1' });
    assert.deepEqual(listed.map((t) => t.id), [recorded[3].id, recorded[1].id, built[3].id, built[1].id]);
    assert.equal(JSON.stringify({ ...listed[2], id: '' }), JSON.stringify({ ...listed[0], id: '' }));
  });

  test('a queued row stores the last user message once and no default crisis detail', async () => {
    const built: FirewallTrace[] = [];
    const repo = { queueTrace: (t: FirewallTrace) => (built.push(t), store.firewall.queueTrace(t)) } as unknown as FirewallRepo;
    const observe = traceObserver(repo, { ...DEFAULT_ENGINE_CONFIG });
    for (const c of [calls[0], calls[4]]) await observe({ tool: c.tool, args: parseArgs(c.raw) }, contextOf(request(c.user, c.earlier), c.session));
    await store.firewall.getTrace(built[0].id); // flushes the queue
    const [plain, crisis] = await Promise.all(built.map((t) => storedJson(t.id)));
    assert.equal(plain.input.split(calls[0].user).length, 2, 'the user message is stored once');
    assert.ok(!plain.assessment.includes('crisis_sensitive":false,"score"'), 'no default crisis detail');
    assert.match(crisis.assessment, /"signals": ?\["ideation"/);
  });
}

describe('trace round trip: sqlite (writer thread)', () => {
  roundTrip(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-trace-'));
    const store = new SqliteStore({ path: join(dir, 'store.db'), batchFlushMs: 5 });
    await store.init();
    const storedJson: StoredJson = async (id) => store.db.prepare('SELECT input, assessment FROM firewall_traces WHERE id = ?').get(id) as { input: string; assessment: string };
    return { store, storedJson, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
  });
});

describe('trace round trip: postgres', () => {
  roundTrip(async () => {
    const schema = uniqueSchema();
    const store = await openPgStore(schema);
    const storedJson: StoredJson = async (id) => (await store.pool.query('SELECT input::text AS input, assessment::text AS assessment FROM firewall_traces WHERE id = $1', [id])).rows[0];
    return { store, storedJson, cleanup: async () => (await store.close(), await dropSchema(schema)) };
  });
});
