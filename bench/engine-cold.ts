import { resolve } from 'node:path';

// The firewall's observe path for the bench's tool call (bench/upstream.ts: `shell` with
// `["ls","-la","src"]`), two builds in one process, with memory swept between calls: in the
// running gateway a request's other work evicts the engine's data from the caches before the next
// call, which a tight loop (bench/observe-path.ts) never shows. Each call is timed alone and each
// round keeps the median call, so a process switch on a busy machine moves one call, not the round.
// Env: ENGINE_BUILDS (two built checkouts, comma-separated, e.g. "<main>,."; default ".,.", the same
// build twice: the noise floor), ENGINE_SWEEP_MB (memory swept between calls, default 8; 0 = warm),
// ENGINE_WHAT (assess: assess + redaction of the assessment; observer: the whole observer with a
// store that only builds rows; guard: the inline guard's observe-mode work on a response's tool
// calls, the observer included: context, decisions, reports, header), ROUNDS (40), N (300).

const roots = (process.env.ENGINE_BUILDS ?? '.,.').split(',').map((r) => resolve(r));
if (roots.length !== 2) throw new Error('ENGINE_BUILDS names two built checkouts');
const SWEEP_MB = Number(process.env.ENGINE_SWEEP_MB ?? 8);
const WHAT = process.env.ENGINE_WHAT ?? 'assess';
const ROUNDS = Number(process.env.ROUNDS ?? 40);
const N = Number(process.env.N ?? 300);

const request = { model: 'bench-tools', messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }] };

async function callOf(root: string): Promise<() => unknown> {
  const { assess } = await import(`${root}/dist/firewall/engine.js`);
  const { redact } = await import(`${root}/dist/firewall/redact.js`);
  const { contextOf, parseArgs, decideCalls, headerValue } = await import(`${root}/dist/firewall/inline/decide.js`);
  const { traceObserver } = await import(`${root}/dist/firewall/inline/observe.js`);
  const { toTraceWrite } = await import(`${root}/dist/store/trace-writes.js`);
  const { DEFAULT_ENGINE_CONFIG } = await import(`${root}/dist/firewall/defaults.js`);
  let rows: unknown[] = [];
  const observe = traceObserver({ queueTrace: (t: unknown) => rows.push(toTraceWrite(t)), recordTrace: async () => undefined }, { ...DEFAULT_ENGINE_CONFIG });
  const call = () => ({ tool: 'shell', args: parseArgs('{"command":["ls","-la","src"]}') });
  if (WHAT === 'guard') {
    const calls = [{ id: 'call_1', type: 'function', function: { name: 'shell', arguments: '{"command":["ls","-la","src"]}' } }];
    return async () => {
      const r = await decideCalls(undefined, observe, 'observe', calls, contextOf(request, 'session-1'));
      headerValue(r);
      if (rows.length > 100) rows = [];
    };
  }
  if (WHAT === 'observer') {
    return () => {
      void observe(call(), contextOf(request, 'session-1'));
      if (rows.length > 100) rows = [];
    };
  }
  return () => redact(assess(call(), contextOf(request, 'session-1')));
}

const builds = await Promise.all(roots.map(async (root) => ({ root, fn: await callOf(root), us: [] as number[] })));
const sweep = new Float64Array((SWEEP_MB << 20) / 8);
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];

for (const b of builds) for (let i = 0; i < 3000; i++) await b.fn();
for (let r = 0; r < ROUNDS; r++) {
  for (const b of r % 2 ? [...builds].reverse() : builds) {
    const calls: number[] = [];
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < sweep.length; j += 8) sweep[j]++; // one write per cache line
      const t = process.hrtime.bigint();
      await b.fn();
      calls.push(Number(process.hrtime.bigint() - t) / 1000);
    }
    b.us.push(median(calls));
  }
}
const d = builds[0].us.map((x, i) => x - builds[1].us[i]).sort((x, y) => x - y);
console.log(`${WHAT}, ${SWEEP_MB} MB swept between calls, median call of ${ROUNDS} rounds x ${N} (µs)`);
for (const b of builds) console.log(`  ${b.root}: ${median(b.us).toFixed(2)}`);
console.log(`  first - second, paired by round: ${median(d).toFixed(2)} (quartiles ${d[d.length >> 2].toFixed(2)}…${d[(3 * d.length) >> 2].toFixed(2)})`);
