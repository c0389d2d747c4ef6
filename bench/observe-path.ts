import { resolve } from 'node:path';

// The observe-mode firewall path of the bench's tool call (bench/upstream.ts: `shell` with
// `["ls","-la","src"]` answering the chat hot case), in one process with warm caches: assess,
// the redaction of the assessment and of the trace's input, the trace row, and the whole
// observer with a store that only builds rows. ROOT=<a built checkout> times another version
// (default: this one's dist/). Medians of 7 rounds x N calls (default 5000), and the rounds' range.
// In the running gateway the same work costs 2-4x more (bench/trace-duration.ts): compare builds here.

const root = resolve(process.env.ROOT ?? '.');
const { assess } = await import(`${root}/dist/firewall/engine.js`);
const { redact } = await import(`${root}/dist/firewall/redact.js`);
const { toTraceWrite } = await import(`${root}/dist/store/trace-writes.js`);
const { traceObserver } = await import(`${root}/dist/firewall/inline/observe.js`);
const { contextOf, parseArgs } = await import(`${root}/dist/firewall/inline/decide.js`);
const { DEFAULT_ENGINE_CONFIG } = await import(`${root}/dist/firewall/defaults.js`);

const request = { model: 'bench-tools', messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'Say something about foxes.' }] };
const call = { tool: 'shell', args: parseArgs('{"command":["ls","-la","src"]}') };
const context = contextOf(request, undefined);
const assessment = assess(call, context);
let rows: unknown[] = [];
const repo = { queueTrace: (t: unknown) => rows.push(toTraceWrite(t)), recordTrace: async () => undefined };
const observe = traceObserver(repo, { ...DEFAULT_ENGINE_CONFIG });
const N = Number(process.env.N ?? 5000);

function time(name: string, fn: () => unknown): void {
  for (let i = 0; i < N / 4; i++) fn();
  const us: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) fn();
    us.push(Number(process.hrtime.bigint() - t) / 1000 / N);
  }
  us.sort((a, b) => a - b);
  console.log(`${name.padEnd(22)} ${us[3].toFixed(2)} µs (${us[0].toFixed(2)}…${us[6].toFixed(2)})`);
}

console.log(`${root}`);
time('assess', () => assess(call, context));
time('redact(assessment)', () => redact(assessment));
time('redact(input)', () => redact({ tool: call.tool, args: call.args, context }));
time('toTraceWrite', () => toTraceWrite({ id: 'x', created_at: 'y', session_id: null, tool_name: call.tool, input: { tool: call.tool, args: call.args, context }, assessment, risk_score: 0.05, decision: 'allow', approval_id: null, approval_outcome: null, duration_us: 1 }));
time('observer (whole)', () => {
  void observe(call, context);
  if (rows.length > 1000) rows = [];
});
