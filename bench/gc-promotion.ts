import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { median, pacedLoad, startProcess, type Proc } from './harness.js';
import { casesFrom, hotConfig, runCase, type Case } from './hot-cases.js';

// Bytes the gateway promotes to the old generation per scavenge, per request path: the gateway
// runs with --trace-gc-nvp and a fixed number of requests goes through it per case; the scavenge
// lines printed during the case's requests give allocated, promoted and surviving bytes. A young
// request object that survives two scavenges is promoted and waits for a mark-compact, so
// promoted bytes per scavenge near the live set size mean nothing is held on the request path;
// much more means something keeps request objects alive (or an old object points at them).
//
// Env: GC_CASES (comma list of bench/hot-cases.ts names; default all), GC_REQUESTS (per case, default 3000), GC_CONCURRENCY (default 8),
// GC_RATE (req/s: evenly paced for GC_REQUESTS / GC_RATE seconds instead of GC_CONCURRENCY
// closed-loop connections, as the paced rows of bench/run.ts send; the pauses are then those
// the paced p99 sees),
// GC_BUILD (a built checkout to measure instead of this one), GC_FLAGS (extra node flags),
// GC_ENV (`NAME=value ...`), GC_STORAGE / GC_FIREWALL (the config's storage / firewall line),
// GC_CONFIG (extra YAML lines appended to the config, `\n`-separated), GC_DUMP=prefix (writes each
// case's --trace-gc-nvp lines to <prefix>-<case>.nvp), GC_MAPS=1 (runs the gateway with V8's
// --log-maps and lists, after the table, every hidden-class transition made at least once per two
// requests of the run: a new Map per request is an old-generation allocation per request, and
// the Map's key and reason name the object; docs/performance.md, "Dead requests promoted").

const REQUESTS = Number(process.env.GC_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.GC_CONCURRENCY ?? 8);
const BUILD = process.env.GC_BUILD ?? '.';

const cases = casesFrom(process.env.GC_CASES);
const RATE = Number(process.env.GC_RATE ?? 0);
const run = async (pool: Pool, port: number, c: Case, n: number) => {
  if (!RATE) return void (await runCase(pool, c, n, CONCURRENCY));
  if (c.bodies) throw new Error(`${c.name}: GC_RATE sends one body; leave it unset for the turns cases`);
  const r = await pacedLoad(port, c.path, c.body, { rate: RATE, seconds: n / RATE, headers: c.headers });
  if (r.errors) throw new Error(`${c.name}: ${r.errors} failed requests`);
};

interface Scavenge { allocated: number; promoted: number; survived: number; pause: number }

/**
 * Scavenge lines of --trace-gc-nvp (`key=value` pairs) in `text`, of the request thread only: the
 * SQLite writer thread is a second isolate with its own (small) scavenges, and counting them too
 * halved the medians and doubled the scavenge counts. The request thread is the isolate that
 * allocated the most.
 */
function scavenges(text: string): { s: Scavenge[]; markCompacts: number[] } {
  const s: Scavenge[] = [];
  const markCompacts: number[] = []; // their pauses, ms
  const isolate = (line: string) => /^\[\d+:(0x[0-9a-f]+)\]/.exec(line)?.[1];
  const allocated = new Map<string | undefined, number>();
  for (const line of text.split('\n')) allocated.set(isolate(line), (allocated.get(isolate(line)) ?? 0) + Number(/\ballocated=(\d+)/.exec(line)?.[1] ?? 0));
  const main = [...allocated].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const line of text.split('\n')) {
    if (isolate(line) !== main) continue;
    const gc = /\bgc=(\w+)/.exec(line)?.[1];
    const pause = Number(/\bpause=([\d.]+)/.exec(line)?.[1] ?? NaN);
    if (gc === 'mc' || gc === 'mmc') markCompacts.push(pause);
    if (gc !== 's') continue;
    const num = (k: string) => Number(new RegExp(`\\b${k}=(\\d+)`).exec(line)?.[1] ?? NaN);
    s.push({ allocated: num('allocated'), promoted: num('promoted'), survived: num('new_space_survived'), pause });
  }
  return { s, markCompacts };
}

const dir = mkdtempSync(join(tmpdir(), 'switchyard-gc-'));
const procs: Proc[] = [];
try {
  const upstream = await startProcess(['bench/upstream.ts', '0']);
  procs.push(upstream);
  const cfg = join(dir, 'gateway.yaml');
  writeFileSync(cfg, [
    hotConfig(upstream.port, {
      server: 'server: { log_level: warn }',
      storage: process.env.GC_STORAGE ?? `storage: { kind: sqlite, path: ${join(dir, 'gateway.db')} }`,
      firewall: process.env.GC_FIREWALL ?? 'firewall: { mode: observe }',
    }),
    ...(process.env.GC_CONFIG ? process.env.GC_CONFIG.split('\\n') : []),
  ].join('\n'));
  const env = Object.fromEntries((process.env.GC_ENV ?? '').split(' ').filter(Boolean).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
  const mapsLog = join(dir, 'maps.log');
  const flags = [
    '--max-semi-space-size=32', '--trace-gc-nvp',
    ...(process.env.GC_MAPS ? ['--log-maps', '--no-log-maps-details', `--logfile=${mapsLog}`, '--no-logfile-per-isolate'] : []),
    ...(process.env.GC_FLAGS ?? '').split(' ').filter(Boolean),
  ];
  const gateway = await startProcess([...flags, join(BUILD, 'dist/cli/main.js'), 'start', '--config', cfg, '--port', '0'], env);
  procs.push(gateway);
  let out = '';
  gateway.child.stdout!.on('data', (d) => (out += d));
  const pool = new Pool(`http://127.0.0.1:${gateway.port}`, { connections: CONCURRENCY });
  console.log(RATE ? `paced: ${RATE} req/s` : `closed loop: ${CONCURRENCY} connections`);
  console.log('| case | scavenges | requests per scavenge | allocated per scavenge, MB | promoted per scavenge, MB (median; p25–p75) | promoted KB per request | survived in new space per scavenge, MB | scavenge pause, ms (median; max) | mark-compacts (pauses, ms) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    await run(pool, gateway.port, c, Math.min(REQUESTS, 1000)); // warm-up (and scavenges before the case's own)
    out = '';
    await run(pool, gateway.port, c, REQUESTS);
    if (process.env.GC_DUMP) writeFileSync(`${process.env.GC_DUMP}-${c.name}.nvp`, out);
    const { s, markCompacts } = scavenges(out);
    const mb = (x: number) => (x / 1e6).toFixed(2);
    const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? NaN;
    const promoted = s.map((x) => x.promoted);
    const total = promoted.reduce((a, b) => a + b, 0);
    console.log(`| ${c.name} | ${s.length} | ${(REQUESTS / s.length).toFixed(0)} | ${mb(median(s.map((x) => x.allocated)))} | ${mb(median(promoted))} (${mb(q(promoted, 0.25))}–${mb(q(promoted, 0.75))}) | ${(total / REQUESTS / 1e3).toFixed(1)} | ${mb(median(s.map((x) => x.survived)))} | ${median(s.map((x) => x.pause)).toFixed(1)}; ${Math.max(...s.map((x) => x.pause)).toFixed(1)} | ${markCompacts.length}${markCompacts.length ? ` (${markCompacts.map((p) => p.toFixed(1)).join(', ')})` : ''} |`);
  }
  await pool.close();
  if (process.env.GC_MAPS) {
    gateway.child.kill('SIGTERM');
    await new Promise((r) => gateway.child.once('exit', r)); // the log is complete once it exits
    const requests = cases.length * (REQUESTS + Math.min(REQUESTS, 1000));
    const counts = new Map<string, number>();
    // map,<event>,<time>,<from>,<to>,<pc>,<line>,<column>,<reason>,<key>
    for (const line of readFileSync(mapsLog, 'latin1').split('\n')) {
      if (!line.startsWith('map,')) continue;
      const f = line.split(',');
      const k = `${f[1]} (${f[8] || 'no reason'}) ${f.slice(9).join(',')}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const frequent = [...counts].filter(([, n]) => n >= requests / 2).sort((a, b) => b[1] - a[1]);
    console.log(`\nHidden-class transitions made at least once per two of the run's ${requests} requests: ${frequent.length ? '' : 'none'}`);
    for (const [k, n] of frequent) console.log(`  ${(n / requests).toFixed(2)} per request: ${k}`);
  }
} finally {
  for (const p of procs) p.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
