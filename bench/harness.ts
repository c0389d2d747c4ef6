import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

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
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 20_000);
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

export interface Result { rps: number; p50: number; p99: number; max: number; errors: number }

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

/** Load on one path with one body: 32 connections for `seconds`, optionally at a fixed overall rate. */
export async function loadPath(port: number, path: string, body: unknown, opts: LoadOptions = {}): Promise<Result> {
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
    ...(opts.rate ? { overallRate: opts.rate } : {}),
  });
  // autocannon's own histogram has 1 ms resolution; keep exact times for the percentiles.
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { rps: result.requests.average, p50: pct(0.5), p99: pct(0.99), max: latencies[latencies.length - 1] ?? NaN, errors: result.errors + result.non2xx };
}

/** One row from several rounds of the same case: medians of rate and latencies, the worst max, all errors. */
export function medianOf(rs: Result[]): Result {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { rps: median(rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)), max: Math.max(...rs.map((r) => r.max)), errors: rs.reduce((n, r) => n + r.errors, 0) };
}
