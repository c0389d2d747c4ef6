import { setLevers } from '../src/core/levers.js';
import { traceObserver } from '../src/firewall/inline/observe.js';
import { contextOf, parseArgs } from '../src/firewall/inline/decide.js';
import { DEFAULT_ENGINE_CONFIG } from '../src/firewall/defaults.js';
import { toTraceWrite } from '../src/store/trace-writes.js';
import { median } from './harness.js';
import { agentTurnBody } from './agent-turn.js';

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
// AGENT=1: perf-r21's agent turn instead (bench/agent-turn.ts: ~78 KB, 64 turns in turn, the
// three calls the mock upstream answers it with); LOG_LINES and CALLS then do not apply.
const AGENT = process.env.AGENT === '1';
const bodies = AGENT ? Array.from({ length: 64 }, (_, k) => agentTurnBody(k)) : [body];
const calls = AGENT
  ? [['read_file', '{"path":"src/store/writer.test.ts"}'], ['shell', '{"command":["rg","-n","toTraceWrite","src/store"]}'], ['shell', '{"command":["npm","test","--","src/store/writer.test.ts"]}']]
  : Array.from({ length: CALLS }, (_, i) => ['shell', `{"command":["sed","-n","1,80p","src/module${i}/index.test.ts"]}`]);
let turn = 0;
let rows: unknown[] = [];
const repo = { queueTrace: (t: Parameters<typeof toTraceWrite>[0]) => rows.push(toTraceWrite(t)), recordTrace: async () => undefined } as never;

const config = { ...DEFAULT_ENGINE_CONFIG };

/** One request; with AGENT=1 returns the CPU µs of its observe part alone (the 78 KB parse is noise to the levers). */
function request(): number {
  const observe = traceObserver(repo, config);
  const context = contextOf(JSON.parse(bodies[turn++ % bodies.length]), undefined);
  const t = AGENT ? process.cpuUsage() : undefined;
  for (const [tool, args] of calls) void observe({ tool, args: parseArgs(args) }, context);
  const d = t && process.cpuUsage(t);
  if (rows.length > 1000) rows = [];
  return d ? d.user + d.system : 0;
}


function block(on: boolean): number {
  setLevers({ [LEVER]: on });
  const t = process.cpuUsage();
  let observed = 0;
  for (let i = 0; i < OPS; i++) observed += request();
  const d = process.cpuUsage(t);
  return (AGENT ? observed : d.user + d.system) / OPS;
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
console.log(`${LEVER}, ${AGENT ? 'agent turn (3 calls, 78 KB)' : `${CALLS} call(s) an answer, user message of ${log.length} chars`}: on ${median(on).toFixed(1)} µs, off ${median(off).toFixed(1)} µs a request; saves ${median(saves).toFixed(1)} (${Math.min(...saves).toFixed(1)}…${Math.max(...saves).toFixed(1)})`);
