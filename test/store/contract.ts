import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../../src/core/ids.js';
import type { AttemptRecord, InferenceRecord, Store } from '../../src/store/types.js';
import type { FeedbackRecord } from '../../src/store/feedback-types.js';
import { REDACTED } from '../../src/store/redact.js';
import { chatRequestOf } from '../../src/server/wire-request.js';

// The store contract: every Store implementation must pass this same suite, run against real
// databases (test/store/sqlite.test.ts, test/store/postgres.test.ts).

export interface StoreHarness {
  store: Store;
  /** Opens a second store on the same database (a replica, or a reopen after close). */
  reopen(): Promise<Store>;
  /** The token-count columns of one inference row, read with SQL (they exist for queries). */
  tokenColumns(id: string): Promise<Record<string, unknown>>;
  cleanup(): Promise<void>;
}

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

export function inference(over: Partial<InferenceRecord> = {}): InferenceRecord {
  return {
    id: newId(),
    created_at: at(0),
    kind: 'chat',
    session_id: null,
    request_id: null,
    route: 'agent-main',
    model: 'sim-model',
    variant: null,
    provider: 'sim',
    upstream_model: 'sim-1',
    stream: false,
    status: 'ok',
    error: null,
    request: { model: 'agent-main', messages: [{ role: 'user', content: 'hi' }] },
    response: { id: 'x', choices: [{ index: 0, message: { role: 'assistant', content: 'hello' }, finish_reason: 'stop' }] },
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    latency_ms: 12.5,
    ttft_ms: null,
    attempts_count: 1,
    routing: { reason: 'test' },
    tags: { team: 'a' },
    cost_usd: 0.001,
    dropped: null,
    ...over,
  };
}

export function attempt(inf: InferenceRecord, seq: number, over: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id: newId(), inference_id: inf.id, seq, created_at: inf.created_at, provider: 'sim', upstream_model: 'sim-1', target_index: seq, retry: 0,
    outcome: 'ok', status_code: 200, error_kind: null, error: null, latency_ms: 5, ttft_ms: null, next_reason: null, ...over,
  };
}

function feedback(over: Partial<FeedbackRecord>): FeedbackRecord {
  return { id: newId(), created_at: new Date().toISOString(), metric_name: 'thumbs_up', target_type: 'inference', target_id: '', value: 1, raw: true, idempotency_key: null, tags: null, ...over };
}

export function storeContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let h: StoreHarness;
    let s: Store;
    before(async () => {
      h = await open();
      s = h.store;
    });
    after(async () => h.cleanup());

    test('init is idempotent', async () => {
      await s.init();
      await s.init();
    });

    test('an embedding inference keeps its kind, request and x-request-id', async () => {
      const inf = inference({
        kind: 'embedding', request_id: 'req-contract-1',
        request: { model: 'embedding', input: ['a', 'b'], dimensions: 8 },
        response: { object: 'list', embeddings: 2, dimensions: 8 }, usage: { prompt_tokens: 2, completion_tokens: 0, total_tokens: 2 },
      });
      s.recordInference(inf, [attempt(inf, 0)]);
      await s.flush();
      assert.deepEqual(await s.getInference(inf.id), inf);
    });

    test('records an inference with attempts and reads it back', async () => {
      const inf = inference({ session_id: 'rt', stream: true, ttft_ms: 3.25, attempts_count: 2 });
      const atts = [attempt(inf, 0, { outcome: 'error', status_code: 503, error_kind: 'server_error', error: 'upstream 503', next_reason: 'server_error' }), attempt(inf, 1)];
      s.recordInference(inf, atts.slice().reverse());
      assert.equal(await s.getInference(inf.id), null, 'rows appear only after a flush');
      await s.flush();
      assert.deepEqual(await s.getInference(inf.id), inf);
      assert.deepEqual(await s.listAttempts(inf.id), atts);
      // A second write of the same id is ignored, not an error.
      s.recordInference({ ...inf, status: 'error' }, []);
      await s.flush();
      assert.equal((await s.getInference(inf.id))?.status, 'ok');
    });

    test('a request kept as the client sent it reads back as the normalized request it converts to, redacted', async () => {
      const body = { model: 'agent-main', max_tokens: 64, system: 'You are terse.', messages: [{ role: 'user', content: 'use sk-ant-abcdefghijklmnopqrstu now' }], metadata: { user_id: 'u-1' } };
      const request = chatRequestOf('anthropic', body);
      const text = JSON.stringify(body, null, 1);
      const sent = inference({ request, request_as_sent: { format: 'anthropic', bytes: Buffer.from(text) } });
      // A key escaped so the redactor's patterns cannot see it: stored serialized from `request`.
      const escaped = inference({ request, request_as_sent: { format: 'anthropic', bytes: Buffer.from(text.replace('sk-ant', 'sk\\u002dant')) } });
      const metadataOnly = inference({ request, request_as_sent: { format: 'anthropic', bytes: Buffer.from(text) }, storage_content: 'metadata_only' });
      for (const inf of [sent, escaped, metadataOnly]) s.recordInference(inf, []);
      await s.flush();
      const redacted = { ...request, messages: [request.messages[0], { role: 'user' as const, content: `use ${REDACTED} now` }] };
      const { request_as_sent: _a, ...expected } = sent;
      assert.deepEqual(await s.getInference(sent.id), { ...expected, request: redacted });
      assert.deepEqual((await s.getInference(escaped.id))?.request, redacted);
      assert.deepEqual((await s.getInference(metadataOnly.id))?.request, { model: 'agent-main', messages: [], content_omitted: true, message_count: 2 });
    });

    test('queued firewall traces are batched, visible to readers at once and durable', async () => {
      const trace = (i: number) => ({
        id: newId(), created_at: at(i), session_id: 'queued-s', tool_name: 'shell', input: { tool: 'shell', args: { command: ['ls', `dir${i}`] } },
        assessment: { risk_score: 0.1, reasons: [] }, risk_score: 0.1, decision: 'allow', approval_id: null, approval_outcome: null, duration_us: 40 + i,
      });
      const traces = [trace(1), trace(2), trace(3)];
      for (const t of traces) s.firewall.queueTrace(t);
      // A read flushes the queue first, so the caller sees what it queued.
      assert.deepEqual(await s.firewall.getTrace(traces[0].id), traces[0]);
      assert.deepEqual((await s.firewall.listTraces({ session_id: 'queued-s' })).map((t) => t.id), traces.map((t) => t.id).reverse());
      const later = trace(4);
      s.firewall.queueTrace(later);
      await s.flush();
      const other = await h.reopen();
      try {
        assert.deepEqual(await other.firewall.getTrace(later.id), later);
      } finally {
        await other.close();
      }
    });

    test('cache and reasoning token counts and dropped fields are stored apart and read back', async () => {
      const usage = { prompt_tokens: 1200, completion_tokens: 80, total_tokens: 1280, cached_input_tokens: 1000, cache_creation_input_tokens: 150, reasoning_tokens: 30 };
      const inf = inference({ usage, dropped: ['cache_control', 'thinking signatures'] });
      const plain = inference();
      s.recordInference(inf, []);
      s.recordInference(plain, []);
      await s.flush();
      assert.deepEqual(await s.getInference(inf.id), inf);
      assert.deepEqual(await h.tokenColumns(inf.id), { cached_input_tokens: 1000, cache_creation_input_tokens: 150, reasoning_tokens: 30 });
      assert.deepEqual(await h.tokenColumns(plain.id), { cached_input_tokens: null, cache_creation_input_tokens: null, reasoning_tokens: null });
    });

    test('redacts secrets before storing', async () => {
      const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz123456';
      const inf = inference({ request: { model: 'm', messages: [{ role: 'user', content: `my key is ${key}` }] }, error: `failed with ${key}` });
      s.recordInference(inf, []);
      await s.flush();
      const got = await s.getInference(inf.id);
      assert.ok(!JSON.stringify(got).includes(key));
      assert.match(JSON.stringify(got?.request), /\[REDACTED\]/);
    });

    test('queries by filters, time range and cursor pages in both orders', async () => {
      const rows = Array.from({ length: 25 }, (_, i) =>
        inference({ created_at: at(100 + i), route: 'q-route', variant: i % 2 ? 'b' : 'a', status: i % 5 === 0 ? 'error' : 'ok', session_id: `q-s${i % 3}` }),
      );
      for (const r of rows) s.recordInference(r, []);
      await s.flush();
      const all = async (q: Parameters<Store['queryInferences']>[0]) => {
        const ids: string[] = [];
        let cursor: string | undefined;
        for (let i = 0; i < 50; i++) {
          const p = await s.queryInferences({ ...q, cursor });
          ids.push(...p.items.map((x) => x.id));
          if (!p.next_cursor) break;
          cursor = p.next_cursor;
        }
        return ids;
      };
      const ids = rows.map((r) => r.id);
      assert.deepEqual(await all({ route: 'q-route', limit: 10, order: 'asc' }), ids);
      assert.deepEqual(await all({ route: 'q-route', limit: 7 }), ids.slice().reverse());
      assert.deepEqual(await all({ route: 'q-route', variant: 'b', order: 'asc' }), rows.filter((_, i) => i % 2).map((r) => r.id));
      assert.deepEqual(await all({ route: 'q-route', status: 'error', order: 'asc' }), rows.filter((_, i) => i % 5 === 0).map((r) => r.id));
      assert.deepEqual(await all({ session_id: 'q-s1', order: 'asc' }), rows.filter((_, i) => i % 3 === 1).map((r) => r.id));
      assert.deepEqual(await all({ route: 'q-route', since: at(110), until: at(115), order: 'asc' }), ids.slice(10, 15));
      assert.equal((await s.queryInferences({ route: 'no-such-route' })).items.length, 0);
      await assert.rejects(s.queryInferences({ cursor: 'garbage!' }), /cursor/);
    });

    test('filters by metric feedback on the inference or on its episode', async () => {
      const a = inference({ route: 'm-route', session_id: 'm-ep1' });
      const b = inference({ route: 'm-route', session_id: 'm-ep1' });
      const c = inference({ route: 'm-route', session_id: 'm-ep2' });
      for (const r of [a, b, c]) s.recordInference(r, []);
      await s.flush();
      await s.feedback.add(feedback({ target_id: a.id, value: 1, raw: true }));
      await s.feedback.add(feedback({ target_id: c.id, value: 0, raw: false }));
      await s.feedback.add(feedback({ metric_name: 'solved', target_type: 'episode', target_id: 'm-ep1', value: 1, raw: true }));
      await s.feedback.add(feedback({ metric_name: 'score', target_id: b.id, value: 0.25, raw: 0.25 }));
      const ids = async (metric: { name: string; value?: number | boolean }) =>
        (await s.queryInferences({ route: 'm-route', metric, order: 'asc' })).items.map((x) => x.id);
      assert.deepEqual(await ids({ name: 'thumbs_up' }), [a.id, c.id]);
      assert.deepEqual(await ids({ name: 'thumbs_up', value: true }), [a.id]);
      assert.deepEqual(await ids({ name: 'thumbs_up', value: false }), [c.id]);
      assert.deepEqual(await ids({ name: 'solved', value: true }), [a.id, b.id]);
      assert.deepEqual(await ids({ name: 'score', value: 0.25 }), [b.id]);
    });

    test('feedback: idempotency keys, lookups by target and by inferences', async () => {
      const inf = inference({ session_id: 'fb-ep' });
      s.recordInference(inf, []);
      await s.flush();
      const first = feedback({ target_id: inf.id, idempotency_key: 'k-1', tags: { by: 'me' } });
      const r1 = await s.feedback.add(first);
      const r2 = await s.feedback.add(feedback({ target_id: inf.id, idempotency_key: 'k-1', value: 0, raw: false }));
      assert.equal(r1.created, true);
      assert.equal(r2.created, false);
      assert.deepEqual(r2.feedback, first);
      const demo = feedback({ metric_name: 'demonstration', target_id: inf.id, value: null, raw: { role: 'assistant', content: 'better' } });
      await s.feedback.add(demo);
      assert.deepEqual(await s.feedback.get(demo.id), demo);
      assert.deepEqual((await s.feedback.listForTarget('inference', inf.id)).map((f) => f.id), [first.id, demo.id]);
      assert.deepEqual((await s.feedback.listForInferences([inf.id, newId()])).map((f) => f.id), [first.id, demo.id]);
      assert.equal(await s.feedback.episodeExists('fb-ep'), true);
      assert.equal(await s.feedback.episodeExists('fb-none'), false);
    });

    test('datasets: each change is a new version, old versions stay intact', async () => {
      const msg = (t: string) => [{ role: 'user' as const, content: t }];
      const v1 = await s.datasets.commit('golden', { add: [{ messages: msg('one') }, { messages: msg('two'), tags: { k: 'v' } }, { messages: msg('three') }], note: 'first' });
      assert.deepEqual([v1.version, v1.size, v1.note], [1, 3, 'first']);
      const p1 = (await s.datasets.listDatapoints('golden')).items;
      assert.deepEqual(p1.map((d) => d.messages[0].content), ['one', 'two', 'three']);
      const v2 = await s.datasets.commit('golden', {
        edit: [{ id: p1[1].id, patch: { output: { role: 'assistant', content: 'TWO' } } }],
        remove: [p1[2].id],
        add: [{ messages: msg('four') }],
      });
      assert.deepEqual([v2.version, v2.size], [2, 3]);
      const now = (await s.datasets.listDatapoints('golden')).items;
      assert.deepEqual(now.map((d) => d.messages[0].content), ['one', 'two', 'four']);
      const edited = now[1];
      assert.equal(edited.supersedes, p1[1].id);
      assert.deepEqual(edited.output, { role: 'assistant', content: 'TWO' });
      assert.deepEqual(edited.tags, { k: 'v' });
      // Version 1 reads exactly as before, and the old row is unchanged.
      assert.deepEqual((await s.datasets.listDatapoints('golden', { version: 1 })).items.map((d) => [d.id, d.output]), p1.map((d) => [d.id, null]));
      assert.equal((await s.datasets.getDatapoint(p1[1].id))?.output, null);
      await assert.rejects(s.datasets.commit('golden', { remove: [p1[2].id] }), /not in the latest version/);
      assert.equal((await s.datasets.getVersion('golden'))?.version, 2, 'a failed commit makes no version');
      await assert.rejects(s.datasets.commit('bad name!', { add: [{ messages: msg('x') }] }), /dataset name/);
      // Paging.
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await s.datasets.listDatapoints('golden', { limit: 2, cursor });
        seen.push(...page.items.map((d) => d.id));
        if (!page.next_cursor) break;
        cursor = page.next_cursor;
      }
      assert.deepEqual(seen, now.map((d) => d.id));
      assert.deepEqual((await s.datasets.listVersions('golden')).map((v) => v.version), [1, 2]);
      assert.ok((await s.datasets.list()).some((v) => v.dataset === 'golden' && v.version === 2));
      assert.equal(await s.datasets.getVersion('nope'), null);
    });

    test('deleteEpisode removes the episode and everything attached, nothing else', async () => {
      const mine = [inference({ session_id: 'del-me' }), inference({ session_id: 'del-me' })];
      const other = inference({ session_id: 'keep-me' });
      for (const r of [...mine, other]) s.recordInference(r, [attempt(r, 0)]);
      await s.flush();
      await s.feedback.add(feedback({ target_id: mine[0].id }));
      await s.feedback.add(feedback({ metric_name: 'comment', target_type: 'episode', target_id: 'del-me', value: null, raw: 'private' }));
      await s.feedback.add(feedback({ target_id: other.id }));
      await s.datasets.commit('from-episode', { add: [{ messages: [{ role: 'user', content: 'x' }], source_session_id: 'del-me' }] });
      const counts = await s.feedback.deleteEpisode('del-me');
      assert.equal(counts.inferences, 2);
      assert.equal(counts.related.attempts, 2);
      assert.equal(counts.related.feedback, 2);
      assert.equal(counts.related.datapoints, 1);
      assert.equal(await s.getInference(mine[0].id), null);
      assert.deepEqual(await s.listAttempts(mine[0].id), []);
      assert.deepEqual(await s.feedback.listForTarget('episode', 'del-me'), []);
      assert.ok(await s.getInference(other.id));
      assert.equal((await s.listAttempts(other.id)).length, 1);
      assert.equal((await s.feedback.listForTarget('inference', other.id)).length, 1);
    });

    test('deleteOlderThan removes old inferences with their attempts and feedback', async () => {
      const old = inference({ created_at: at(-60 * 24 * 400), route: 'ret' });
      const fresh = inference({ created_at: at(5), route: 'ret' });
      for (const r of [old, fresh]) s.recordInference(r, [attempt(r, 0)]);
      await s.flush();
      await s.feedback.add(feedback({ target_id: old.id }));
      const counts = await s.feedback.deleteOlderThan(at(-60 * 24 * 300));
      assert.equal(counts.inferences, 1);
      assert.equal(counts.related.attempts, 1);
      assert.equal(counts.related.feedback, 1);
      assert.equal(await s.getInference(old.id), null);
      assert.ok(await s.getInference(fresh.id));
    });

    test('experiments: ensureState, compare-and-set transitions, events, samples', async () => {
      const t = new Date().toISOString();
      const state = { name: 'exp-route', fingerprint: 'f1', candidate: 'b', control: 'a', status: 'running' as const, step_index: 0, candidate_weight: 0.1, started_at: t, step_started_at: t, updated_at: t, version: 0 };
      const ev = (action: 'started' | 'promoted') => ({ id: newId(), experiment: 'exp-route', created_at: t, action, actor: 'auto', reason: 'r', from_step: null, to_step: 0, candidate_weight: 0.1, details: { n: 1 } });
      const s1 = await s.experiments.ensureState(state, ev('started'));
      assert.equal(s1.version, 1);
      assert.equal((await s.experiments.ensureState(state, ev('started'))).version, 1, 'same fingerprint keeps the state');
      assert.equal(await s.experiments.transition({ ...s1, step_index: 1, candidate_weight: 0.5 }, 1, ev('promoted')), true);
      assert.equal(await s.experiments.transition({ ...s1, step_index: 2 }, 1, ev('promoted')), false, 'stale version loses');
      const got = await s.experiments.getState('exp-route');
      assert.deepEqual([got?.version, got?.step_index, got?.candidate_weight, got?.started_at], [2, 1, 0.5, t]);
      const events = await s.experiments.listEvents('exp-route');
      assert.deepEqual(events.map((e) => e.action), ['promoted', 'started']);
      assert.deepEqual(events[0].details, { n: 1 });
      const since = new Date(Date.now() - 60_000).toISOString();
      const x = inference({ route: 'exp-route', variant: 'b', session_id: 'exp-s', created_at: new Date().toISOString() });
      const forced = inference({ route: 'exp-route', variant: 'a', routing: { variant_forced: true }, created_at: new Date().toISOString() });
      s.recordInference(x, []);
      s.recordInference(forced, []);
      await s.flush();
      const samples = await s.experiments.samples('exp-route', since);
      assert.deepEqual(samples.map((r) => [r.inference_id, r.variant, r.unit, r.prompt_tokens]), [[x.id, 'b', 'exp-s', 3]]);
      await s.feedback.add(feedback({ target_id: x.id, value: 1 }));
      await s.feedback.add(feedback({ metric_name: 'solved', target_type: 'episode', target_id: 'exp-s', value: 0 }));
      const fb = (await s.experiments.feedback('exp-route', since)).map((f) => [f.variant, f.unit, f.metric_name, f.value]).sort();
      assert.deepEqual(fb, [['b', 'exp-s', 'solved', 0], ['b', 'exp-s', 'thumbs_up', 1]]);
    });

    test('firewall: traces, approvals decided once, rules', async () => {
      const t = new Date().toISOString();
      const trace = { id: newId(), created_at: t, session_id: 'fw-s', tool_name: 'bash', input: { cmd: 'ls' }, assessment: { score: 10 }, risk_score: 10, decision: 'allow', approval_id: null, approval_outcome: null, duration_us: 12 };
      await s.firewall.recordTrace(trace);
      assert.deepEqual(await s.firewall.getTrace(trace.id), trace);
      const appr = { id: newId(), trace_id: trace.id, created_at: t, expires_at: new Date(Date.now() + 60_000).toISOString(), session_id: 'fw-s', tool_name: 'bash', args: { cmd: 'rm' }, assessment: {}, pattern: 'rm *', status: 'pending' as const, answer: null, decided_by: null, decided_at: null };
      await s.firewall.createApproval(appr);
      assert.deepEqual(await s.firewall.getApproval(appr.id), appr);
      const decided = await s.firewall.decideApproval(appr.id, 'approved', 'once', 'alice', t);
      assert.equal(decided?.status, 'approved');
      assert.equal(await s.firewall.decideApproval(appr.id, 'denied', 'deny', 'bob', t), null);
      assert.equal((await s.firewall.listApprovals({ session_id: 'fw-s' })).length, 1);
      const rule = { id: newId(), created_at: t, created_by: 'alice', tool_name: 'bash', pattern: 'ls *', session_id: null, approval_id: null, revoked_at: null, revoked_by: null };
      await s.firewall.addRule(rule);
      assert.deepEqual(await s.firewall.listRules({}), [rule]);
      assert.equal(await s.firewall.revokeRule(rule.id, 'bob', t), true);
      assert.deepEqual(await s.firewall.listRules({}), []);
    });

    test('firewall: session risk raised, merged, cleared by an approver, raised again', async () => {
      const sid = `risk-${newId()}`;
      assert.equal(await s.firewall.getSessionRisk(sid), null);
      assert.equal(await s.firewall.clearSessionRisk(sid, 'alice', at(0)), null);
      const first = await s.firewall.raiseSessionRisk({ session_id: sid, at: at(1), reasons: ['ideation'], evidence: ['aaaa:1'] });
      assert.deepEqual([first.status, first.raised_at, first.reasons, first.evidence], ['at_risk', at(1), ['ideation'], ['aaaa:1']]);
      // Two raises at once (two replicas): both reasons are kept.
      await Promise.all([
        s.firewall.raiseSessionRisk({ session_id: sid, at: at(2), reasons: ['farewell'], evidence: ['bbbb:2'] }),
        s.firewall.raiseSessionRisk({ session_id: sid, at: at(2), reasons: ['means'], evidence: ['cccc:3'] }),
      ]);
      const merged = await s.firewall.getSessionRisk(sid);
      assert.deepEqual([merged?.status, merged?.raised_at, [...(merged?.reasons ?? [])].sort(), [...(merged?.evidence ?? [])].sort()], ['at_risk', at(1), ['farewell', 'ideation', 'means'], ['aaaa:1', 'bbbb:2', 'cccc:3']]);
      const cleared = await s.firewall.clearSessionRisk(sid, 'approver:alice', at(3));
      assert.deepEqual([cleared?.status, cleared?.cleared_by, cleared?.cleared_at, cleared?.evidence, [...(cleared?.acknowledged ?? [])].sort()], ['cleared', 'approver:alice', at(3), [], ['aaaa:1', 'bbbb:2', 'cccc:3']]);
      const again = await s.firewall.raiseSessionRisk({ session_id: sid, at: at(4), reasons: ['new message'], evidence: ['dddd:4'] });
      assert.deepEqual([again.status, again.raised_at, again.reasons, again.evidence, again.acknowledged.length, again.cleared_by], ['at_risk', at(4), ['new message'], ['dddd:4'], 3, null]);
      assert.deepEqual(await s.firewall.getSessionRisk(sid), again);
    });

    test('imports: idempotent adds, turns in order, datasets from imported sessions', async () => {
      const imports = s.imports;
      const ep = { session_id: 'imp-1', origin: 'hermes', platform: 'cli', user_id: null, model: 'm', title: 't', system_prompt: null, parent_session_id: null, started_at: '2026-01-02T00:00:00.000Z', ended_at: null, end_reason: null, stats: { message_count: 3 }, extra: { k: [1] } };
      assert.equal(await imports.addEpisodes([ep]), 1);
      assert.equal(await imports.addEpisodes([ep]), 0);
      const turn = (seq: number, role: 'user' | 'assistant', content: string) => ({ source_id: `hermes:imp-1:${seq}`, session_id: 'imp-1', seq, message: { role, content }, created_at: ep.started_at, token_count: null, finish_reason: null, reasoning: null, extra: {} });
      assert.equal(await imports.addTurns([turn(1, 'assistant', 'hello'), turn(0, 'user', 'hi'), turn(2, 'user', 'thanks')]), 3);
      assert.equal(await imports.addTurns([turn(0, 'user', 'hi')]), 0);
      assert.deepEqual(await imports.getEpisode('imp-1'), ep);
      assert.deepEqual((await imports.listTurns('imp-1')).map((x) => x.message.content), ['hi', 'hello', 'thanks']);
      assert.deepEqual(await imports.counts(), { episodes: 1, turns: 3, datapoints: 0 });
      assert.equal(await s.feedback.episodeExists('imp-1'), true, 'an imported session is an episode feedback can target');
      const { buildFromImports } = await import('../../src/datasets/build.js');
      const v = await buildFromImports(s, 'imported', { origin: 'hermes' });
      const [dp] = (await s.datasets.listDatapoints('imported', { version: v.version })).items;
      assert.deepEqual([v.size, dp.messages.map((m) => m.content), dp.output?.content, dp.source_session_id], [1, ['hi'], 'hello', 'imp-1']);
      const counts = await s.feedback.deleteEpisode('imp-1');
      assert.deepEqual([counts.related.imported_episodes, counts.related.imported_turns, counts.related.datapoints], [1, 3, 1]);
    });

    test('responses: save, get, the chain oldest first, a broken chain, delete; episode deletion removes them', async () => {
      const row = (id: string, prev: string | null, n: number) => ({
        id, created_at: at(n), previous_response_id: prev, session_id: 'resp-s', inference_id: null,
        input: [{ id: `msg_${n}`, type: 'message', role: 'user', content: [{ type: 'input_text', text: `turn ${n}` }] }],
        output: [{ id: `out_${n}`, type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: `answer ${n}`, annotations: [] }] }],
        response: { id, object: 'response', status: 'completed', nested: { n } },
      });
      await s.responses.save(row('resp_a', null, 1));
      await s.responses.save(row('resp_b', 'resp_a', 2));
      await s.responses.save(row('resp_c', 'resp_b', 3));
      assert.deepEqual(await s.responses.get('resp_b'), row('resp_b', 'resp_a', 2));
      assert.equal(await s.responses.get('resp_none'), null);
      const chain = await s.responses.chain('resp_c', 100);
      assert.deepEqual([chain.rows.map((r) => r.id), chain.complete], [['resp_a', 'resp_b', 'resp_c'], true]);
      assert.deepEqual((await s.responses.chain('resp_c', 2)).complete, false);
      assert.deepEqual(await s.responses.chain('resp_none', 100), { rows: [], complete: true });
      assert.equal(await s.responses.delete('resp_a'), true);
      assert.equal(await s.responses.delete('resp_a'), false);
      const broken = await s.responses.chain('resp_c', 100);
      assert.deepEqual([broken.rows.map((r) => r.id), broken.complete], [['resp_b', 'resp_c'], false]);
      const counts = await s.feedback.deleteEpisode('resp-s');
      assert.equal(counts.related.responses, 2);
      assert.equal(await s.responses.get('resp_c'), null);
    });

    test('optimize: example pools keep vectors and order, runs round-trip, episode deletion removes pool rows', async () => {
      const inf = inference({ session_id: 'opt-episode' });
      s.recordInference(inf, [attempt(inf, 0)]);
      await s.flush();
      const shot = { input: 'read a.txt', output: { tool_calls: [{ id: 'c1', type: 'function' as const, function: { name: 'read_file', arguments: '{"path":"a.txt"}' } }] }, source_inference_id: inf.id };
      const row = { source: 'pool-a', inference_id: inf.id, created_at: at(1), text: 'read a.txt', shot, embedding: Float32Array.from([0.5, -0.25, 1]) };
      assert.equal(await s.optimize.addExamples([row, { ...row, source: 'pool-b', embedding: null }]), 2);
      assert.equal(await s.optimize.addExamples([row]), 0, 'a (pool, inference) pair is stored once');
      const [back] = await s.optimize.listExamples('pool-a', 0, 10);
      assert.deepEqual([back.text, back.shot, [...back.embedding!]], ['read a.txt', shot, [0.5, -0.25, 1]]);
      assert.deepEqual(await s.optimize.listExamples('pool-a', back.seq, 10), []);
      const run = { id: newId(), created_at: at(2), updated_at: at(2), route: 'agent-main', method: 'dicl' as const, status: 'proposed' as const, candidate: 'c', control: 'baseline', variant: { weight: 0, model: 'm' }, steps: [], report: { why: ['x'] } };
      await s.optimize.saveRun(run);
      await s.optimize.saveRun({ ...run, status: 'rejected', steps: [{ step: 'eval', at: at(3), ok: false, summary: 'worse', details: null }] });
      assert.equal((await s.optimize.getRun(run.id.slice(0, 12)))?.status, 'rejected');
      assert.equal(await s.optimize.getRun('zzz'), null);
      const [listed] = await s.optimize.listRuns({ route: 'agent-main' });
      assert.deepEqual([listed.id, listed.last_step?.summary, 'report' in listed], [run.id, 'worse', false]);
      await s.feedback.deleteEpisode('opt-episode');
      assert.deepEqual(await s.optimize.listExamples('pool-a', 0, 10), [], 'privacy deletion reaches the example pools');
    });

    test('a second store on the same database sees what the first wrote', async () => {
      const inf = inference({ session_id: 'replica' });
      s.recordInference(inf, [attempt(inf, 0)]);
      await s.flush();
      const other = await h.reopen();
      try {
        assert.deepEqual(await other.getInference(inf.id), inf);
        const fbId = (await other.feedback.add(feedback({ target_id: inf.id }))).feedback.id;
        assert.equal((await s.feedback.get(fbId))?.target_id, inf.id);
      } finally {
        await other.close();
      }
    });
  });
}
