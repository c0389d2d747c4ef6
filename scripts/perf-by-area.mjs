// CPU by area of the gateway's request path from `perf record -g` (CPU-only samples, kernel and
// native frames included, unlike --cpu-prof's wall-clock samples): `node scripts/perf-by-area.mjs
// a.perf.data <µs a request> [b.perf.data <µs a request>]`. Each sample goes to the first area
// whose pattern one of its frames matches (order below: GC first, then the firewall's guard, the
// socket writes, ...), else to its innermost JS function; threads are split into the main thread
// (the one with most samples) and the others (the SQLite writer, GC helpers). A sample weighs the
// process's CPU per request (`/proc/<pid>/stat` ticks over the window's requests) divided by the
// samples: µs a request. With two profiles it prints what b spends more than a, by area.
// Start the gateway with --perf-basic-prof so JIT frames have names (CPU_GATEWAY_FLAGS).
import { execFileSync } from 'node:child_process';

const AREAS = [
  ['gc', /Heap::CollectGarbage|ScavengerCollector|MarkCompactCollector|Heap::PerformGarbageCollection|IncrementalMarking|ConcurrentMarking|Scavenger::|MinorMarkCompact/],
  ['firewall guard', /guardCompletion|ObservedStream/],
  ['socket writev', /__GI___writev|do_writev/],
  ['socket read syscall', /ksys_read|__GI___libc_read/],
  ['hand-off postMessage', /postMessage|MessagePort::PostMessage|writer-thread/],
  ['batch writer', /batch-writer/],
  ['splice/forwardedAnswer', /forwardedAnswer|setTopLevel|json-splice/],
  ['http send (lean path, _http_outgoing)', /lean-path|exchange\.js|_http_outgoing|_storeHeader/],
  ['undici upstream', /undici/],
  ['record/store', /routing\/record|\/store\//],
  ['epoll', /epoll/],
  ['compile/jit', /Compiler|compiler::|Builtins_CompileLazy|OptimizingCompile|Deoptimizer|Maglev/],
];

function samplesOf(data) {
  const text = execFileSync('perf', ['script', '-i', data, '-F', 'tid,ip,sym'], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const out = [];
  for (const block of text.split('\n\n')) {
    const lines = block.split('\n').filter((l) => l.trim());
    if (lines.length === 0 || !/^\d+$/.test(lines[0].trim())) continue;
    const frames = lines.slice(1).map((l) => l.trim().replace(/^[0-9a-f]+ /, '').replace(/\+0x[0-9a-f]+/, '').replace(/ \(\/tmp\/perf-\d+\.map\)/, ''));
    out.push({ tid: Number(lines[0].trim()), frames });
  }
  return out;
}

function byArea(data, usPerRequest) {
  const samples = samplesOf(data);
  const per = usPerRequest / samples.length;
  const tids = new Map();
  for (const s of samples) tids.set(s.tid, (tids.get(s.tid) ?? 0) + 1);
  const main = [...tids].sort((a, b) => b[1] - a[1])[0][0];
  const out = new Map();
  for (const { tid, frames } of samples) {
    const area = AREAS.find(([, re]) => frames.some((f) => re.test(f)))?.[0] ?? `js ${frames.find((f) => f.startsWith('JS:'))?.slice(0, 80) ?? `native ${frames[0]?.slice(0, 60)}`}`;
    const key = `${tid === main ? 'main ' : 'other'} ${area}`;
    out.set(key, (out.get(key) ?? 0) + per);
  }
  return out;
}

const [a, ua, b, ub] = process.argv.slice(2);
if (!a || !ua) {
  process.stderr.write('usage: perf-by-area.mjs a.perf.data <µs a request> [b.perf.data <µs a request>]\n');
  process.exit(2);
}
const A = byArea(a, Number(ua));
const B = b ? byArea(b, Number(ub)) : undefined;
const named = new Set(AREAS.map(([n]) => n));
const rows = [...new Set([...A.keys(), ...(B?.keys() ?? [])])]
  .map((k) => [k, A.get(k) ?? 0, B?.get(k) ?? 0])
  .filter(([k, x, y]) => named.has(k.slice(6)) || Math.abs((B ? y : 0) - x) >= 0.8)
  .sort((p, q) => p[0].slice(0, 5).localeCompare(q[0].slice(0, 5)) || (B ? q[2] - q[1] - (p[2] - p[1]) : q[1] - p[1]));
process.stdout.write(B ? 'thread area                                     a       b   b − a (µs a request)\n' : 'thread area                                     µs a request\n');
for (const thread of ['main ', 'other']) {
  const sum = (m) => [...(m?.entries() ?? [])].filter(([k]) => k.startsWith(thread)).reduce((t, [, v]) => t + v, 0);
  rows.push([`${thread} (all areas)`, sum(A), sum(B)]);
}
for (const [k, x, y] of rows) process.stdout.write(`${k.padEnd(44)} ${x.toFixed(1).padStart(6)}${B ? ` ${y.toFixed(1).padStart(7)} ${(y - x >= 0 ? '+' : '') + (y - x).toFixed(1)}` : ''}\n`);
