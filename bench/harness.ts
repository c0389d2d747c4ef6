import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Pool } from 'undici';

// What the gateway benchmarks share: starting a process and waiting for its listening line, and
// one bounded autocannon run with exact latency percentiles.

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const FIXED_RATE = 800;

export interface Proc { child: ChildProcess; port: number }

export function startProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Proc> {
  // TypeScript helpers run through tsx; the gateway runs from its build, as `npm start` does.
  const nodeArgs = args[0].endsWith('.ts') ? ['--import', 'tsx', ...args] : args;
  const child = spawn(process.execPath, nodeArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    // A gateway warms the firewall up before it listens: on a loaded machine that takes a while. One
    // that never starts is stopped, not left running past the bench.
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${args.join(' ')} did not start`));
    }, Number(process.env.BENCH_START_SECONDS ?? 60) * 1000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening (?:on http:\/\/127\.0\.0\.1:)?(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** The mock upstream and the minimal proxy in front of it (every gateway bench's floor), each pushed onto `procs` once started so a failure still stops it. */
export async function startUpstreamAndProxy(procs: Proc[]): Promise<{ upstream: Proc; proxy: Proc }> {
  const upstream = await startProcess(['bench/upstream.ts', '0']);
  procs.push(upstream);
  const proxy = await startProcess(['bench/minimal-proxy.ts', String(upstream.port), '0']);
  procs.push(proxy);
  return { upstream, proxy };
}

export interface Result {
  rps: number; p50: number; p99: number; max: number; errors: number;
  /** CPU µs the measured process spent per completed request (when its pid is known). */
  cpuUs?: number;
}

export interface LoadOptions {
  headers?: Record<string, string>;
  seconds?: number;
  rate?: number;
  /** A body per request (e.g. every one distinct); autocannon then sets its content-length. */
  bodyFor?: (n: number) => unknown;
}

export async function load(port: number, stream: boolean, fixedRate: boolean, opts: LoadOptions = {}): Promise<Result> {
  const body = {
    model: 'bench',
    messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }],
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  return loadPath(port, '/v1/chat/completions', body, { ...opts, rate: fixedRate ? opts.rate ?? FIXED_RATE : undefined });
}

/** Load on one path with one body: 32 connections for `seconds`, saturating or evenly paced at `rate`. */
export async function loadPath(port: number, path: string, body: unknown, opts: LoadOptions = {}): Promise<Result & { count: number }> {
  if (opts.rate) {
    if (opts.bodyFor) throw new Error('paced load sends one body');
    return pacedLoad(port, path, body, { rate: opts.rate, seconds: opts.seconds, headers: opts.headers });
  }
  const latencies: number[] = [];
  let n = 0;
  const bodyFor = opts.bodyFor;
  const instance = (autocannon as unknown as (o: autocannon.Options) => autocannon.Instance & Promise<autocannon.Result>)({
    url: `http://127.0.0.1:${port}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: JSON.stringify(body),
    ...(bodyFor ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify(bodyFor(n++)) }) }] } : {}),
    connections: 32,
    duration: opts.seconds ?? SECONDS,
  });
  // autocannon's own histogram has 1 ms resolution; keep exact times for the percentiles.
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  return { ...percentiles(latencies), rps: result.requests.average, errors: result.errors + result.non2xx, count: latencies.length };
}

/** The true median: the middle value, or the mean of the two middle ones for an even count. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One row from several rounds of the same case: medians of rate, latencies and CPU, the worst max, all errors. */
export function medianOf(rs: Result[]): Result {
  const cpu = rs.map((r) => r.cpuUs).filter((c): c is number => c !== undefined);
  return {
    rps: median(rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)), max: Math.max(...rs.map((r) => r.max)),
    errors: rs.reduce((n, r) => n + r.errors, 0), ...(cpu.length ? { cpuUs: median(cpu) } : {}),
  };
}

/**
 * CPU time (user + system, all threads) a process has used so far, in µs, from /proc/<pid>/stat.
 * Its resolution is one clock tick (10 ms): over a run of thousands of requests that is < 1 µs each.
 */
export function cpuTimeUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at ") "; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

/** Resident set size of a process, bytes (/proc/<pid>/statm, 4 KiB pages). */
export function rssBytes(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
}

/** Runs a load and adds the target process's CPU µs per completed request to its result. */
export async function withCpu(pid: number | undefined, run: () => Promise<Result & { count: number }>): Promise<Result> {
  const before = pid ? cpuTimeUs(pid) : 0;
  const r = await run();
  const { count, ...result } = r;
  return pid && count > 0 ? { ...result, cpuUs: (cpuTimeUs(pid) - before) / count } : result;
}

/** One request of a paced run: when it was due (ms, performance.now() of this process), how late it was sent and how long it took from due to its last byte. */
export interface PacedSample { due: number; sendLag: number; latency: number }

export interface PacedOptions {
  rate: number;
  seconds?: number;
  headers?: Record<string, string>;
  /** Receives every completed request (for attributing the slow ones: bench/paced-tail.ts). */
  samples?: PacedSample[];
}

/**
 * Evenly paced load: one request every 1/rate s, spread over up to 32 keep-alive connections
 * (a request whose time has come waits for no other). Latency runs from the moment it was due,
 * so a stalled gateway cannot hide its pause by delaying the requests behind it.
 */
export async function pacedLoad(port: number, path: string, body: unknown, opts: PacedOptions): Promise<Result & { count: number }> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 32, pipelining: 1, keepAliveTimeout: 60_000 });
  const payload = JSON.stringify(body);
  const headers = { 'content-type': 'application/json', ...opts.headers };
  const latencies: number[] = [];
  let errors = 0;
  const interval = 1000 / opts.rate;
  const total = Math.round(opts.rate * (opts.seconds ?? SECONDS));
  const inflight = new Set<Promise<void>>();
  const start = performance.now();
  const send = (due: number) => {
    const sendLag = performance.now() - due;
    const p = pool
      .request({ path, method: 'POST', headers, body: payload })
      .then(async (res) => {
        await res.body.dump({ limit: Infinity });
        if (res.statusCode >= 300) errors++;
        const latency = performance.now() - due;
        latencies.push(latency);
        opts.samples?.push({ due, sendLag, latency });
      }, () => void errors++)
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };
  for (let i = 0; i < total; ) {
    const now = performance.now();
    // Send every request that is due (normally one); then sleep until the next one is.
    while (i < total && start + i * interval <= now) send(start + i++ * interval);
    const wait = start + i * interval - performance.now();
    await new Promise((r) => (wait > 1 ? setTimeout(r, wait - 0.5) : setImmediate(r)));
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - start) / 1000;
  await pool.close();
  return { ...percentiles(latencies), rps: latencies.length / elapsed, errors, count: latencies.length };
}

export function percentiles(latencies: number[]): Pick<Result, 'p50' | 'p99' | 'max'> {
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { p50: pct(0.5), p99: pct(0.99), max: latencies[latencies.length - 1] ?? NaN };
}

/** `A=1 B=2` in the environment variable `name` as an object (extra environment for one process). */
export function envPairs(name: string): Record<string, string> {
  return Object.fromEntries((process.env[name] ?? '').split(' ').filter(Boolean).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
}

/** The processes a paired run measures, in order: the proxy, another build, this gateway, and this gateway with a lever off. */
export function benchTargets(proxy: Proc, gateway: Proc, baseline: Proc | undefined, lever: string | undefined): [string, Proc][] {
  return [
    ['proxy', proxy],
    ...(baseline ? [['baseline', baseline] as [string, Proc]] : []),
    ['gateway', gateway],
    ...(lever ? [[`gateway ${lever} off`, gateway] as [string, Proc]] : []),
  ];
}
