import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newId } from '../src/core/ids.js';
import type { ExperimentEvent, ExperimentRepo, ExperimentState } from '../src/store/experiment-types.js';
import { createPool } from '../src/store/postgres/db.js';
import { PgExperimentRepo } from '../src/store/postgres/experiment-repo.js';
import { migratePostgres } from '../src/store/postgres/migrate.js';
import { pgMigrations } from '../src/store/postgres/migrations/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

// The experiment repo contract, on SQLite (a real file) and on the real PostgreSQL.

type Insert = (row: { id: string; created_at: string; session_id: string | null; variant: string; status: string; routing: Record<string, unknown> | null }) => Promise<void>;

function contract(name: string, open: () => Promise<{ repo: ExperimentRepo; insert: Insert; reopen?: () => Promise<ExperimentRepo>; close: () => Promise<void> }>) {
  describe(`experiment repo on ${name}`, () => {
    let env: Awaited<ReturnType<typeof open>>;
    after(async () => env?.close());

    const state = (over: Partial<ExperimentState> = {}): ExperimentState => ({
      name: 'agent-main', fingerprint: 'f1', candidate: 'cand', control: 'ctrl', status: 'running', step_index: 0, candidate_weight: 0.1,
      started_at: '2026-01-01T00:00:00.000Z', step_started_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', version: 1, ...over,
    });
    const event = (over: Partial<ExperimentEvent> = {}): ExperimentEvent => ({
      id: newId(), experiment: 'agent-main', created_at: '2026-01-01T00:00:00.000Z', action: 'started', actor: 'config', reason: 'go',
      from_step: null, to_step: 0, candidate_weight: 0.1, details: { a: 1 }, ...over,
    });

    test('ensureState creates once, keeps the run for the same fingerprint, restarts for a new one', async () => {
      env = await open();
      const s1 = await env.repo.ensureState(state(), event());
      assert.equal(s1.version, 1);
      const again = await env.repo.ensureState(state({ step_index: 2 }), event());
      assert.equal(again.step_index, 0, 'same fingerprint: the stored run continues');
      assert.equal((await env.repo.listEvents('agent-main')).length, 1);
      const fresh = await env.repo.ensureState(state({ fingerprint: 'f2' }), event({ reason: 'config changed' }));
      assert.equal(fresh.fingerprint, 'f2');
      assert.equal(fresh.version, 2);
      assert.equal((await env.repo.listEvents('agent-main'))[0].reason, 'config changed');
    });

    test('transition is compare-and-set: the stale writer loses, its event is not written', async () => {
      const cur = (await env.repo.getState('agent-main'))!;
      const next = { ...cur, status: 'rolled_back' as const, candidate_weight: 0, updated_at: '2026-01-01T00:01:00.000Z' };
      assert.equal(await env.repo.transition(next, cur.version, event({ action: 'rolled_back', actor: 'auto', reason: 'breach' })), true);
      assert.equal(await env.repo.transition({ ...next, status: 'completed' }, cur.version, event({ action: 'completed', reason: 'stale' })), false);
      const stored = (await env.repo.getState('agent-main'))!;
      assert.equal(stored.status, 'rolled_back');
      assert.equal(stored.candidate_weight, 0);
      assert.equal(stored.version, cur.version + 1);
      const events = await env.repo.listEvents('agent-main');
      assert.deepEqual(events.map((e) => e.reason), ['breach', 'config changed', 'go']);
      assert.deepEqual(events[0].details, { a: 1 });
      assert.deepEqual((await env.repo.listStates()).map((s) => s.name), ['agent-main']);
    });

    test('samples leave out forced variants, shadow copies and older rows', async () => {
      const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
      await env.insert({ id: newId(), created_at: t(1), session_id: 'old', variant: 'cand', status: 'ok', routing: { variant: 'cand' } });
      await env.insert({ id: newId(), created_at: t(10), session_id: 's1', variant: 'cand', status: 'error', routing: { variant: 'cand' } });
      await env.insert({ id: newId(), created_at: t(11), session_id: null, variant: 'ctrl', status: 'ok', routing: { variant: 'ctrl' } });
      await env.insert({ id: newId(), created_at: t(12), session_id: 's2', variant: 'cand', status: 'ok', routing: { variant: 'cand', variant_forced: true } });
      await env.insert({ id: newId(), created_at: t(13), session_id: null, variant: 'shadowy', status: 'ok', routing: { shadow: true } });
      const samples = await env.repo.samples('agent-main', t(5));
      assert.deepEqual(samples.map((s) => [s.variant, s.status, s.session_id]), [['cand', 'error', 's1'], ['ctrl', 'ok', null]]);
      assert.equal(samples[1].unit, samples[1].inference_id, 'no session: the request is its own unit');
      assert.equal(samples[0].prompt_tokens, 7);
    });

    test('state survives reopening the store', async () => {
      if (!env.reopen) return;
      const repo = await env.reopen();
      assert.equal((await repo.getState('agent-main'))!.status, 'rolled_back');
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-canary-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

contract('sqlite', async () => {
  const path = join(dir, 'x.db');
  let store = new SqliteStore({ path });
  return {
    repo: store.experiments,
    insert: async (r) => {
      store.recordInference(
        { ...r, route: 'agent-main', model: 'm', provider: 'p', upstream_model: 'u', stream: false, error: null, request: { model: 'agent-main', messages: [] }, response: null,
          usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 }, latency_ms: 5, ttft_ms: null, attempts_count: 1, tags: null, cost_usd: null, status: r.status as 'ok' },
        [],
      );
      await store.flush();
    },
    reopen: async () => {
      await store.close();
      store = new SqliteStore({ path });
      return store.experiments;
    },
    close: () => store.close(),
  };
});

contract('postgres', async () => {
  const url = process.env.SWITCHYARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `canary_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = createPool({ url, schema, max: 4 });
  await migratePostgres(pool, pgMigrations);
  return {
    repo: new PgExperimentRepo(pool),
    insert: async (r) => {
      await pool.query(
        `INSERT INTO inferences (id, created_at, session_id, route, model, variant, stream, status, request, usage, latency_ms, attempts_count, routing)
         VALUES ($1, $2, $3, 'agent-main', 'm', $4, false, $5, '{}'::jsonb, '{"prompt_tokens":7,"completion_tokens":3,"total_tokens":10}'::jsonb, 5, 1, $6::jsonb)`,
        [r.id, r.created_at, r.session_id, r.variant, r.status, r.routing && JSON.stringify(r.routing)],
      );
    },
    close: async () => {
      await pool.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
});
