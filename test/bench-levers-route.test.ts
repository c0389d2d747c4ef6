import { test } from 'node:test';
import assert from 'node:assert/strict';
import { levers } from '../src/core/levers.js';
import { startGateway } from './helpers/gateway.js';

// The bench's lever switch (src/server/routes/levers.ts): absent unless the process starts with
// SWITCHYARD_BENCH_LEVERS=1, admin token only, unknown names refused by name.

const yaml = ['server: { admin_tokens: [env:ADMIN], api_keys: [env:KEY] }', 'storage: { kind: memory }'].join('\n');
const env = { ADMIN: 'admin-token-levers', KEY: 'client-key-levers' };

test('without SWITCHYARD_BENCH_LEVERS the levers route does not exist', async () => {
  const gw = await startGateway(yaml, env);
  try {
    const res = await fetch(`${gw.url}/v1/admin/levers`, { headers: { authorization: `Bearer ${env.ADMIN}` } });
    assert.equal(res.status, 404);
  } finally {
    await gw.close();
  }
});

test('with SWITCHYARD_BENCH_LEVERS=1 an admin switches levers and reads the process CPU', async () => {
  process.env.SWITCHYARD_BENCH_LEVERS = '1';
  const gw = await startGateway(yaml, env).finally(() => delete process.env.SWITCHYARD_BENCH_LEVERS);
  const call = (token: string, body?: unknown) =>
    fetch(`${gw.url}/v1/admin/levers`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  try {
    assert.equal((await call(env.KEY)).status, 403);
    const state = (await (await call(env.ADMIN)).json()) as { levers: Record<string, boolean>; cpu_us: number };
    assert.equal(state.levers.batchedTraces, true);
    assert.ok(state.cpu_us > 0);
    const off = await call(env.ADMIN, { batchedTraces: false });
    assert.equal(off.status, 200);
    assert.equal(levers.batchedTraces, false);
    const bad = await call(env.ADMIN, { noSuchLever: false });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { error: { param: string } }).error.param, 'noSuchLever');
    assert.equal((await call(env.ADMIN, { batchedTraces: true })).status, 200);
  } finally {
    levers.batchedTraces = true;
    await gw.close();
  }
});
