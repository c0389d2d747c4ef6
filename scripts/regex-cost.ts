// CPU time of every regex the engine runs over the corpus, by pattern: `npx tsx scripts/regex-cost.ts [--top N]`.
// Wraps RegExp.prototype.exec, which test/match/matchAll/replace/split all reach once it is replaced,
// and charges each call's hrtime to the pattern's source and flags. The wrapper costs ~0.1 µs a
// call and takes V8 off its built-in fast paths, so read the ranking and the per-pattern µs, not
// the total. Reads the same rows as scripts/dump-verdicts.ts (never blind/).
import { assess } from '../src/firewall/engine.js';
import { CORPUS_CONFIG, loadCorpus, loadVisible } from '../src/firewall/corpus/run-corpus.js';

const argv = process.argv.slice(2);
const topAt = argv.indexOf('--top');
const top = topAt >= 0 ? Number(argv[topAt + 1]) : 25;

const cost = new Map<RegExp, { ns: bigint; calls: number; chars: number }>();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function timedExec(this: RegExp, text: string) {
  const start = process.hrtime.bigint();
  const out = exec.call(this, text);
  const ns = process.hrtime.bigint() - start;
  const c = cost.get(this) ?? { ns: 0n, calls: 0, chars: 0 };
  c.ns += ns;
  c.calls += 1;
  c.chars += String(text).length;
  cost.set(this, c);
  return out;
};

const rows = [...loadVisible(), ...loadCorpus()];
for (const r of rows) assess({ tool: r.tool, args: r.args, annotations: r.annotations }, r.context ?? {}, CORPUS_CONFIG);
RegExp.prototype.exec = exec;

// A pattern built per call (new RegExp in a function) is many objects with one source: sum them.
const bySource = new Map<string, { ns: bigint; calls: number; chars: number }>();
for (const [re, c] of cost) {
  const key = `/${re.source.slice(0, 110)}${re.source.length > 110 ? '…' : ''}/${re.flags}`;
  const s = bySource.get(key) ?? { ns: 0n, calls: 0, chars: 0 };
  s.ns += c.ns;
  s.calls += c.calls;
  s.chars += c.chars;
  bySource.set(key, s);
}
const ranked = [...bySource].sort((a, b) => Number(b[1].ns - a[1].ns));
const totalNs = ranked.reduce((sum, [, c]) => sum + c.ns, 0n);
process.stdout.write(`${rows.length} rows, all regex exec ${(Number(totalNs) / 1e3 / rows.length).toFixed(1)} µs per row\n`);
process.stdout.write('µs/row  µs/exec  execs  chars/exec  pattern\n');
for (const [key, c] of ranked.slice(0, top)) {
  const us = Number(c.ns) / 1e3;
  process.stdout.write(`${(us / rows.length).toFixed(2).padStart(6)}  ${(us / c.calls).toFixed(2).padStart(7)}  ${String(c.calls).padStart(6)}  ${(c.chars / c.calls).toFixed(0).padStart(10)}  ${key}\n`);
}
