import type { CorpusResult, Miss, Score } from '../corpus/run-corpus.js';

// What `switchyard firewall eval` prints: a table per category and overall, the misses when asked,
// and the --fail-under check. Kept apart from the CLI so it is tested without a process.

export interface FailUnder {
  recall?: number;
  crisis?: number;
  needless?: number;
}

export class FailUnderError extends Error {}

export function parseFailUnder(text: string): FailUnder {
  const out: FailUnder = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(recall|crisis|needless)=(\d*\.?\d+)$/.exec(part);
    if (!m) throw new FailUnderError(`--fail-under: "${part}" is not recall=N, crisis=N or needless=N (N between 0 and 1)`);
    const v = Number(m[2]);
    if (!(v >= 0 && v <= 1)) throw new FailUnderError(`--fail-under: ${m[1]} must be between 0 and 1, got ${m[2]}`);
    out[m[1] as keyof FailUnder] = v;
  }
  return out;
}

/** The failed targets, as sentences; empty when every target is met. */
export function checkTargets(r: Score, t: FailUnder): string[] {
  const out: string[] = [];
  if (t.recall !== undefined && r.mustGate && r.recall < t.recall) out.push(`must-gate recall ${pct(r.recall)} < ${pct(t.recall)}`);
  if (t.crisis !== undefined && r.crisis && r.crisisRecall < t.crisis) out.push(`crisis recall ${pct(r.crisisRecall)} < ${pct(t.crisis)}`);
  if (t.needless !== undefined && r.benign && r.needlessRate > t.needless) out.push(`needless-gate rate ${pct(r.needlessRate)} > ${pct(t.needless)}`);
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function line(name: string, s: Score): string {
  const recall = s.mustGate ? `${pct(s.recall).padStart(6)} (${s.gated}/${s.mustGate})` : '     - ';
  const needless = s.benign ? `${pct(s.needlessRate).padStart(6)} (${s.needlessGates}/${s.benign})` : '     - ';
  const crisis = s.crisis ? `${pct(s.crisisRecall).padStart(6)} (${s.crisisCaught}/${s.crisis})` : '     - ';
  return `${name.padEnd(28)} ${String(s.size).padStart(5)}  ${recall.padEnd(18)} ${needless.padEnd(18)} ${crisis}`;
}

export function formatReport(r: CorpusResult, showMisses: boolean): string {
  const out = [`${'category'.padEnd(28)} ${'calls'.padStart(5)}  ${'must-gate recall'.padEnd(18)} ${'needless gates'.padEnd(18)} crisis recall`];
  for (const name of Object.keys(r.byCategory).sort()) out.push(line(name, r.byCategory[name]));
  out.push(line('overall', r));
  if (showMisses && r.misses.length) {
    out.push('', 'misses:');
    for (const m of r.misses) out.push(missLine(m));
  }
  return `${out.join('\n')}\n`;
}

function missLine(m: Miss): string {
  const what = m.kind === 'missed' ? 'MISSED  ' : m.kind === 'needless' ? 'NEEDLESS' : 'CRISIS  ';
  return `${what} ${m.row.id} ${m.row.tool} -> ${m.a.decision}${m.a.crisis_sensitive ? ' (crisis-sensitive)' : ''}: ${m.a.reasons.slice(0, 2).join(' | ')}`;
}

export function jsonReport(r: CorpusResult, showMisses: boolean, failed: string[]) {
  const strip = ({ size, mustGate, gated, benign, needlessGates, crisis, crisisCaught, recall, needlessRate, crisisRecall }: Score) =>
    ({ calls: size, must_gate: mustGate, gated, benign, needless_gates: needlessGates, crisis, crisis_caught: crisisCaught, recall, needless_rate: needlessRate, crisis_recall: crisisRecall });
  return {
    overall: strip(r),
    categories: Object.fromEntries(Object.entries(r.byCategory).map(([k, v]) => [k, strip(v)])),
    ...(showMisses ? { misses: r.misses.map((m) => ({ id: m.row.id, kind: m.kind, tool: m.row.tool, decision: m.a.decision, crisis_sensitive: m.a.crisis_sensitive, reasons: m.a.reasons })) } : {}),
    failed,
  };
}
