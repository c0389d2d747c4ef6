import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { load, startProcess, startUpstreamAndProxy, type Proc, type Result } from './harness.js';

// Rate limits on the hot path and the pause of a config reload. Targets, measured interleaved in
// one run: a minimal proxy, Switchyard without limits, with limits in process, and with limits in
// Redis (three counters per request: requests/min, tokens/min, USD/day, never reached). Then a
// fixed-rate load with and without a SIGHUP reload every 250 ms, for the reload's effect on p99.
// Bounded: about 5 x BENCH_SECONDS for the throughput rows plus 2 x RELOAD_SECONDS.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const RELOAD_SECONDS = Number(process.env.BENCH_RELOAD_SECONDS ?? 4);
const RELOAD_RATE = 400;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const KEY = 'sk-bench-limits';

async function redisAvailable(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 500, retryStrategy: () => null });
  try {
    await r.connect();
    await r.ping();
    return true;
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

function gatewayYaml(dir: string, name: string, upstreamPort: number, limits: string, route = 'bench-model'): string {
  return [
    'server: { log_level: warn, api_keys: [env:BENCH_KEY] }',
    `storage: { kind: sqlite, path: ${join(dir, `${name}.db`)} }`,
    'providers:',
    `  mock: { type: openai, preset: custom, base_url: "http://127.0.0.1:${upstreamPort}/v1" }`,
    'models:',
    '  bench-model: { targets: [ { provider: mock, model: bench-model, usd_per_1m_input_tokens: 1, usd_per_1m_output_tokens: 2 } ] }',
    '  bench-model-b: { targets: [ { provider: mock, model: bench-model } ] }',
    'routes:',
    `  bench: { model: ${route} }`,
    limits,
  ].join('\n');
}

const RULES = 'rules: [ { name: bench, match: { key: "*", route: "*" }, requests_per_minute: 1000000000, tokens_per_minute: 1000000000000, usd_per_day: 1000000 } ]';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-bench-limits-'));
  const procs: Proc[] = [];
  const prefix = `switchyard-bench:${randomUUID()}:`;
  const withRedis = await redisAvailable();
  const headers = { authorization: `Bearer ${KEY}` };
  const env = { BENCH_KEY: KEY };
  try {
    const { upstream, proxy } = await startUpstreamAndProxy(procs);
    const start = async (name: string, limits: string) => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, gatewayYaml(dir, name, upstream.port, limits));
      const p = await startProcess(['dist/cli/main.js', 'start', '--config', file, '--port', '0', '--no-watch'], env);
      procs.push(p);
      return { ...p, file };
    };
    const plain = await start('plain', '');
    const memory = await start('memory', `limits: { store: memory, ${RULES} }`);
    const redis = withRedis ? await start('redis', `limits: { store: redis, redis_url: "${REDIS_URL}", key_prefix: "${prefix}", ${RULES} }`) : undefined;

    const targets: [string, number][] = [['minimal proxy', proxy.port], ['switchyard, no limits', plain.port], ['switchyard, limits in process', memory.port]];
    if (redis) targets.push(['switchyard, limits in Redis', redis.port]);
    const results = new Map<string, Result>();
    for (const [, port] of targets) await load(port, false, false, { headers, seconds: 1 }); // warm-up
    for (const [name, port] of targets) {
      const r = await load(port, false, false, { headers, seconds: SECONDS });
      results.set(name, r);
      process.stderr.write(`${name}: ${r.rps.toFixed(0)} req/s p50 ${r.p50.toFixed(2)}ms p99 ${r.p99.toFixed(2)}ms errors ${r.errors}\n`);
    }

    console.log(`\nRate limits on the hot path (json, saturation at 32 connections, ${SECONDS}s each)\n`);
    console.log('| target | req/s | p50 ms | p99 ms | errors | vs minimal proxy | vs switchyard without limits |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const base = results.get('minimal proxy')!;
    const plainR = results.get('switchyard, no limits')!;
    for (const [name] of targets) {
      const r = results.get(name)!;
      console.log(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${(r.rps / base.rps).toFixed(2)}x | ${(r.rps / plainR.rps).toFixed(2)}x |`);
    }
    if (!redis) console.log('(Redis at 127.0.0.1:6379 not reachable: the Redis row is left out)');

    // The reload pause: the same fixed-rate load, once undisturbed and once with a reload (route
    // switched between two models, so every reload really swaps) every 250 ms.
    const quiet = await load(plain.port, false, true, { headers, seconds: RELOAD_SECONDS, rate: RELOAD_RATE });
    let reloads = 0;
    let stop = false;
    const reloader = (async () => {
      while (!stop) {
        writeFileSync(plain.file, gatewayYaml(dir, 'plain', upstream.port, '', reloads % 2 ? 'bench-model' : 'bench-model-b'));
        plain.child.kill('SIGHUP');
        reloads++;
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const busy = await load(plain.port, false, true, { headers, seconds: RELOAD_SECONDS, rate: RELOAD_RATE });
    stop = true;
    await reloader;
    console.log(`\nConfig reload pause (fixed ${RELOAD_RATE} req/s, ${RELOAD_SECONDS}s; ${reloads} SIGHUP reloads in the second run)\n`);
    console.log('| run | req/s | p50 ms | p99 ms | max ms | errors |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const [n, r] of [['no reloads', quiet], ['reload every 250 ms', busy]] as const) {
      console.log(`| ${n} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} | ${r.errors} |`);
    }
    console.log(`p99 during reloads - p99 without = ${(busy.p99 - quiet.p99).toFixed(2)} ms; errors during reloads: ${busy.errors}\n`);
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    if (withRedis) {
      const r = new Redis(REDIS_URL);
      const keys = await r.keys(`${prefix}*`);
      if (keys.length) await r.del(...keys);
      await r.quit();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
