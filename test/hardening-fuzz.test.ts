import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { makeFuzzer, type FuzzRequest } from './helpers/fuzz-requests.js';
import { mulberry32 } from '../src/providers/simulated/random.js';

// Seeded fuzzing of every endpoint: 10,000 requests in-process (fastify inject, the whole app
// including hooks, parsers, auth, routing, the simulated provider, the firewall and the SQLite
// writer) plus a few hundred over real HTTP. Not one answer may be a 5xx other than the
// deliberate 503s (overload / store unavailable), and the gateway must be healthy afterwards.

const SEED = Number(process.env.FUZZ_SEED ?? 15);
const INJECTED = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const OVER_HTTP = 300;

const yaml = `
providers:
  sim: { type: simulated, seed: 3 }
models:
  sim-model: { targets: [{ provider: sim, model: sim-1 }] }
  sim-cheap: { targets: [{ provider: sim, model: sim-0 }] }
routes:
  agent-main: { model: sim-model }
  canary:
    variants:
      a: { weight: 0.5, model: sim-model }
      b: { weight: 0.5, model: sim-cheap }
  tiered: { strong: sim-model, cheap: sim-cheap }
metrics:
  thumbs: { type: boolean, level: inference }
firewall:
  mode: observe
`;

let gw: TestGateway;
let tokens: string[];
before(async () => {
  gw = await startGateway(yaml);
  tokens = ['admin-token', 'approver-token'].map((f) => readFileSync(join(gw.dir, f), 'utf8').trim());
});
after(async () => {
  await gw?.close();
});

function withToken(req: FuzzRequest, r: () => number): FuzzRequest {
  if (!req.headers.authorization && r() < 0.5) req.headers.authorization = `Bearer ${tokens[Math.floor(r() * tokens.length)]}`;
  return req;
}

const deliberate = (status: number, body: string) => status === 503 && /"code":"(overloaded|store_unavailable)"/.test(body);

describe('fuzzing every endpoint (seeded)', () => {
  test(`${INJECTED} in-process requests: no 5xx, no crash`, async () => {
    const next = makeFuzzer(SEED);
    const r = mulberry32(SEED + 1);
    const failures: string[] = [];
    const counts = new Map<number, number>();
    const started = performance.now();
    // Small concurrent waves: several requests in flight at once, as a real gateway sees them.
    for (let i = 0; i < INJECTED; i += 8) {
      const wave = Array.from({ length: Math.min(8, INJECTED - i) }, () => withToken(next(), r));
      const answers = await Promise.all(wave.map((q) => gw.runtime.app.inject({ method: q.method, url: q.url, headers: q.headers, payload: q.payload })));
      answers.forEach((res, j) => {
        counts.set(res.statusCode, (counts.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode >= 500 && !deliberate(res.statusCode, res.body)) {
          failures.push(`${res.statusCode} ${wave[j].method} ${wave[j].url.slice(0, 120)} ${String(wave[j].payload ?? '').slice(0, 200)} -> ${res.body.slice(0, 300)}`);
        }
      });
    }
    const ms = performance.now() - started;
    process.stdout.write(`# fuzz: ${INJECTED} injected requests in ${Math.round(ms)} ms; statuses ${JSON.stringify(Object.fromEntries([...counts].sort()))}\n`);
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} responses >= 500`);
  });

  test(`${OVER_HTTP} requests over real HTTP, then the gateway is healthy`, async () => {
    const next = makeFuzzer(SEED + 100);
    const r = mulberry32(SEED + 101);
    const failures: string[] = [];
    for (let i = 0; i < OVER_HTTP; i += 6) {
      const wave = Array.from({ length: 6 }, () => withToken(next(), r));
      const answers = await Promise.all(
        wave.map(async (q) => {
          const res = await request(`${gw.url}${q.url}`, { method: q.method, headers: q.headers, body: q.payload });
          return { status: res.statusCode, body: await res.body.text() };
        }),
      );
      answers.forEach((a, j) => {
        if (a.status >= 500 && !deliberate(a.status, a.body)) failures.push(`${a.status} ${wave[j].method} ${wave[j].url.slice(0, 120)} -> ${a.body.slice(0, 300)}`);
      });
    }
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} responses >= 500`);

    const health = (await (await fetch(`${gw.url}/health`)).json()) as { status: string; storage: { dropped_rows: number } };
    assert.equal(health.status, 'ok');
    assert.equal(health.storage.dropped_rows, 0);
    const ok = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'agent-main', messages: [{ role: 'user', content: 'still there?' }] }),
    });
    assert.equal(ok.status, 200);
    await gw.runtime.store.flush();
    assert.equal(gw.runtime.store.writeHealth().pending, 0);
  });
});
