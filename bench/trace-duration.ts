import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'undici';
import { median, startProcess, type Proc } from './harness.js';
import { casesFrom, hotConfig, runCase } from './hot-cases.js';

// The firewall's own clock inside the running gateway: every observe-mode trace stores how long
// its assessment took (`duration_us`: assess + redaction of the assessment, on the request
// thread). A tight loop over the same call (bench/firewall-assess.ts) runs with warm caches; this
// is the same work between the gateway's other work. Env: TRACE_BUILDS (comma list of built
// checkouts, default "."; each runs alone, one after the other, rounds alternating),
// TRACE_REQUESTS (per round, default 3000), BENCH_ROUNDS (default 3), TRACE_CASE (default tools-json).

const builds = (process.env.TRACE_BUILDS ?? '.').split(',');
const REQUESTS = Number(process.env.TRACE_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const c = casesFrom(process.env.TRACE_CASE ?? 'tools-json')[0];

const dir = mkdtempSync(join(tmpdir(), 'switchyard-trace-'));
const procs: Proc[] = [];
try {
  const upstream = await startProcess(['bench/upstream.ts', '0']);
  procs.push(upstream);
  const gateways: Array<{ build: string; p: Proc; db: string; pool: Pool }> = [];
  for (const [i, build] of builds.entries()) {
    const db = join(dir, `g${i}.db`);
    const config = join(dir, `g${i}.yaml`);
    writeFileSync(config, hotConfig(upstream.port, { server: 'server: { log_level: warn }', storage: `storage: { kind: sqlite, path: ${db} }`, firewall: 'firewall: { mode: observe }' }));
    const p = await startProcess(['--max-semi-space-size=32', join(build, 'dist/cli/main.js'), 'start', '--config', config, '--port', '0']);
    procs.push(p);
    gateways.push({ build, p, db, pool: new Pool(`http://127.0.0.1:${p.port}`, { connections: 8 }) });
  }
  for (const g of gateways) await runCase(g.pool, c, 1000, 8); // warm-up
  const seen = new Map<string, number>(gateways.map((g) => [g.build, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const g of round % 2 === 0 ? gateways : [...gateways].reverse()) {
      await runCase(g.pool, c, REQUESTS, 8);
      await new Promise((r) => setTimeout(r, 300)); // the batched writer flushes within 50 ms
      const rows = new Database(g.db, { readonly: true }).prepare('SELECT duration_us FROM firewall_traces ORDER BY id').all() as Array<{ duration_us: number }>;
      const mine = rows.slice(seen.get(g.build)!).map((r) => r.duration_us).filter((d) => d >= 0);
      seen.set(g.build, rows.length);
      const sorted = [...mine].sort((a, b) => a - b);
      console.log(`round ${round + 1} ${g.build}: ${mine.length} traces, duration_us median ${median(mine)}, p10 ${sorted[Math.floor(sorted.length / 10)]}, p90 ${sorted[Math.floor(sorted.length * 0.9)]}`);
    }
  }
  await Promise.all(gateways.map((g) => g.pool.close()));
} finally {
  for (const p of procs) p.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
