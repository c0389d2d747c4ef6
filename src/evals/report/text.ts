import type { EvalReport } from '../runner/analyze.js';
import type { ThresholdResult } from '../runner/thresholds.js';
import { diffCell, formatP, ms, scoreCell, table, usd } from './format.js';

/** The terminal report: scores, cost/latency, paired comparisons, verdicts, warnings. */
export function renderText(r: EvalReport, thresholds: ThresholdResult[] = []): string {
  const out: string[] = [];
  out.push(`eval ${r.name} — run ${r.id}${r.interrupted ? ' (INTERRUPTED, partial)' : ''}`);
  out.push(`${r.items} items × ${r.repetitions} repetition(s); ${Math.round(r.confidence * 100)}% intervals\n`);
  out.push(table([
    ['contender', ...r.evaluators.map((e) => e.name)],
    ...r.contenders.map((c) => [c.name, ...c.scores.map((s) => scoreCell(s.mean, s.interval, s.binary))]),
  ]));
  out.push('');
  out.push(table([
    ['contender', 'calls', 'errors', 'cached', 'latency p50', 'p95', 'tokens', 'cost'],
    ...r.contenders.map((c) => [c.name, String(c.calls), String(c.errors), String(c.cached), ms(c.latencyMs.p50), ms(c.latencyMs.p95), String(c.tokens.total), usd(c.costUsd)]),
  ]));
  if (r.comparisons.length) {
    out.push('');
    out.push(table([
      ['A vs B', 'evaluator', 'A - B [interval]', 'test', 'p (Holm)', 'verdict'],
      ...r.comparisons.map((c) => [`${c.a} vs ${c.b}`, c.evaluator, diffCell(c.comparison.difference, r.evaluators.find((e) => e.name === c.evaluator)?.binary ?? false), c.comparison.test, formatP(c.comparison.adjustedP), c.verdict === 'none' ? 'no sig. difference' : `${c.verdict === 'A' ? c.a : c.b} better`]),
    ]));
    out.push('(intervals unadjusted; p and verdicts Holm-adjusted across evaluators)');
    out.push('');
    for (const v of r.verdicts) out.push(`verdict: ${v.text}`);
  }
  if (thresholds.length) {
    out.push('');
    for (const t of thresholds) out.push(`${t.ok ? 'PASS' : 'FAIL'} ${t.description}: ${t.detail}`);
  }
  if (r.warnings.length) {
    out.push('');
    for (const w of r.warnings) out.push(`warning: ${w}`);
  }
  return `${out.join('\n')}\n`;
}
