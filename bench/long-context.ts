import { setLevers } from '../src/core/levers.js';
import { traceObserver } from '../src/firewall/inline/observe.js';
import { contextOf, parseArgs } from '../src/firewall/inline/decide.js';
import { DEFAULT_ENGINE_CONFIG } from '../src/firewall/defaults.js';
import { toTraceWrite } from '../src/store/trace-writes.js';
import { median } from './harness.js';

// The observe path of one tool-call answer whose conversation holds a long user message (a pasted
// build log, LOG_LINES lines of ~100 characters; 150 by default, ~15 KB), as an agent resends it
// with every request of a turn: each "request" parses its body afresh (new strings, as the gateway
// sees them), then observes CALLS tool calls (default 1; an agent's parallel calls share the
// context) into a store that only builds the trace rows. Blocks of OPS requests alternate between
// LEVER (default cleanLongStrings) on and off after WARMUP requests; process CPU a request (one
// thread but V8's), medians of BENCH_ROUNDS pairs.

const LINES = Number(process.env.LOG_LINES ?? 150);
const CALLS = Number(process.env.CALLS ?? 1);
const OPS = Number(process.env.OPS ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const LEVER = process.env.LEVER ?? 'cleanLongStrings';

const log = Array.from({ length: LINES }, (_, i) => `src/module${i}/index.test.ts:${i + 10}:5 - error TS2345: Argument of type 'string' is not assignable to 'number'.`).join('\n');
const body = JSON.stringify({
  model: 'bench-tools',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'The store tests fail since this morning; fix them please.' },
    { role: 'assistant', content: 'Can you paste the output?' },
    { role: 'user', content: `Here is the output:\n${log}` },
    { role: 'assistant', content: 'Reading the failing files first.' },
    { role: 'user', content: 'Go ahead, and run them again after.' },
  ],
});
const calls = Array.from({ length: CALLS }, (_, i) => `{"command":["sed","-n","1,80p","src/module${i}/index.test.ts"]}`);
let rows: unknown[] = [];
const repo = { queueTrace: (t: Parameters<typeof toTraceWrite>[0]) => rows.push(toTraceWrite(t)), recordTrace: async () => undefined } as never;

const config = { ...DEFAULT_ENGINE_CONFIG };

function request(): void {
  const observe = traceObserver(repo, config);
  const context = contextOf(JSON.parse(body), undefined);
  for (const args of calls) void observe({ tool: 'shell', args: parseArgs(args) }, context);
  if (rows.length > 1000) rows = [];
}


function block(on: boolean): number {
  setLevers({ [LEVER]: on });
  const t = process.cpuUsage();
  for (let i = 0; i < OPS; i++) request();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / OPS;
}

// The engine takes ~10,000 calls to reach its warm speed (docs/performance.md, perf-tools).
const WARMUP = Number(process.env.WARMUP ?? 15000);
for (let i = 0; i < WARMUP / OPS / 2; i++) { block(true); block(false); }
const on: number[] = [];
const off: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which side runs first.
  if (r % 2) { off.push(block(false)); on.push(block(true)); } else { on.push(block(true)); off.push(block(false)); }
}
const saves = off.map((x, i) => x - on[i]);
console.log(`${LEVER}, ${CALLS} call(s) an answer, user message of ${log.length} chars: on ${median(on).toFixed(1)} µs, off ${median(off).toFixed(1)} µs a request; saves ${median(saves).toFixed(1)} (${Math.min(...saves).toFixed(1)}…${Math.max(...saves).toFixed(1)})`);
