import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryLimitStore } from './memory-store.js';
import { RedisLimitStore } from './redis-store.js';
import type { LimitStore } from './store.js';
import { formatDuration, periodOf } from './periods.js';

// The same behaviour from both stores (the real Redis at 127.0.0.1:6379 for the second), with
// explicit clock values: sliding windows, all-or-nothing admission, exact retry times, settlement.

const prefix = `switchyard-test:${randomUUID()}:`;

function suite(name: string, make: () => LimitStore & { ready?: (ms: number) => Promise<boolean> }) {
  describe(name, () => {
    const store = make();
    before(async () => assert.notEqual(await store.ready?.(10_000), false, 'store reachable'));
    after(() => store.close());
    const T = 1_700_000_000_000;

    test('a sliding window admits exactly its limit and says when the next unit frees', async () => {
      const key = `${prefix}${name}:rpm`;
      const check = { kind: 'window' as const, key, limit: 3, amount: 1, windowMs: 60_000 };
      for (const [i, t] of [T, T + 10_000, T + 20_000].entries()) {
        const r = await store.acquire([check], `r${i}`, t);
        assert.equal(r.ok, true);
        assert.equal(r.used[0], i + 1);
        assert.equal(r.resetMs[0], T + 60_000 - t);
      }
      const refused = await store.acquire([check], 'r3', T + 30_000);
      assert.deepEqual([refused.ok, refused.failed, refused.used[0], refused.resetMs[0]], [false, 0, 3, 30_000]);
      // Once the first entry has left the window, one more fits.
      assert.equal((await store.acquire([check], 'r4', T + 60_001)).ok, true);
    });

    test('all or nothing: a refusal by one counter adds to none; tokens are corrected on settle', async () => {
      const rpm = { kind: 'window' as const, key: `${prefix}${name}:a`, limit: 10, amount: 1, windowMs: 60_000 };
      const tpm = { kind: 'window' as const, key: `${prefix}${name}:t`, limit: 100, amount: 80, windowMs: 60_000 };
      assert.equal((await store.acquire([rpm, tpm], 'x1', T)).ok, true);
      const refused = await store.acquire([rpm, tpm], 'x2', T + 1);
      assert.equal(refused.failed, 1);
      // The reservation of 80 was really 30: the next request of 80 fits (30 + 80 > 100 would not, 30 + 70 does).
      await store.settle([{ kind: 'window', key: tpm.key, amount: 30 }], 'x1');
      const ok = await store.acquire([rpm, { ...tpm, amount: 70 }], 'x3', T + 2);
      assert.equal(ok.ok, true);
      assert.deepEqual(ok.used, [2, 100]);
    });

    test('budgets: spend adds up exactly in nano-USD, refuses at the limit, and can be deleted', async () => {
      const key = `${prefix}${name}:b:budget`;
      const b = { kind: 'budget' as const, key, limit: 100_000_000, expiresAt: Date.now() + 60_000 };
      for (let i = 0; i < 3; i++) {
        assert.equal((await store.acquire([b], `b${i}`, Date.now())).ok, true);
        await store.settle([{ kind: 'budget', key, amount: 30_000_000, expiresAt: b.expiresAt }], `b${i}`);
      }
      assert.equal((await store.acquire([b], 'b3', Date.now())).ok, true); // 90M spent < 100M
      await store.settle([{ kind: 'budget', key, amount: 30_000_000, expiresAt: b.expiresAt }], 'b3');
      assert.equal((await store.acquire([b], 'b4', Date.now())).ok, false);
      assert.deepEqual(await store.listBudgets(`${prefix}${name}:b:`), [{ key, used: 120_000_000 }]);
      await store.deleteKeys([key]);
      assert.equal((await store.acquire([b], 'b5', Date.now())).ok, true);
    });
  });
}

suite('memory', () => new MemoryLimitStore());
suite('redis', () => new RedisLimitStore('redis://127.0.0.1:6379', { timeoutMs: 10_000 }));

after(async () => {
  const r = new Redis('redis://127.0.0.1:6379');
  const keys = await r.keys(`${prefix}*`);
  if (keys.length) await r.del(...keys);
  await r.quit();
});

test('periods and durations', () => {
  const t = Date.UTC(2026, 1, 28, 23, 59, 0); // 28 Feb
  assert.deepEqual(periodOf('day', t), { id: '2026-02-28', start: Date.UTC(2026, 1, 28), end: Date.UTC(2026, 2, 1) });
  assert.equal(periodOf('month', t).id, '2026-02');
  assert.equal(periodOf('month', t).end, Date.UTC(2026, 2, 1));
  assert.deepEqual([950, 12_300, 60_000, 3_700_000].map(formatDuration), ['950ms', '12.3s', '1m0s', '1h1m40s']);
});
