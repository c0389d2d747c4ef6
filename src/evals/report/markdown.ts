import type { EvalReport } from '../runner/analyze.js';
import type { ThresholdResult } from '../runner/thresholds.js';
import { diffCell, formatP, ms, scoreCell, usd } from './format.js';

const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
const head = (cells: string[]) => `${row(cells)}\n|${cells.map(() => ' --- ').join('|')}|`;

export function renderMarkdown(r: EvalReport, thresholds: ThresholdResult[] = []): string {
  const out: string[] = [];
  out.push(`# Eval: ${r.name}`, '', `Run \`${r.id}\` · ${r.items} items × ${r.repetitions} repetition(s) · ${Math.round(r.confidence * 100)}% intervals${r.interrupted ? ' · **interrupted (partial)**' : ''}`, '');
  out.push('## Scores', '', head(['contender', ...r.evaluators.map((e) => e.name)]));
  for (const c of r.contenders) out.push(row([c.name, ...c.scores.map((s) => scoreCell(s.mean, s.interval, s.binary))]));
  out.push('', '## Cost and latency', '', head(['contender', 'calls', 'errors', 'latency p50', 'latency p95', 'tokens', 'cost']));
  for (const c of r.contenders) out.push(row([c.name, String(c.calls), String(c.errors), ms(c.latencyMs.p50), ms(c.latencyMs.p95), String(c.tokens.total), usd(c.costUsd)]));
  if (r.comparisons.length) {
    out.push('', '## Paired comparisons', '', '_Intervals are per evaluator (unadjusted); p-values and verdicts are Holm-adjusted across evaluators._', '', head(['A vs B', 'evaluator', 'A − B [interval]', 'test', 'p (Holm)', 'verdict']));
    for (const c of r.comparisons) {
      const binary = r.evaluators.find((e) => e.name === c.evaluator)?.binary ?? false;
      out.push(row([`${c.a} vs ${c.b}`, c.evaluator, diffCell(c.comparison.difference, binary), c.comparison.test, formatP(c.comparison.adjustedP), c.text]));
    }
    out.push('', '## Verdict', '');
    for (const v of r.verdicts) out.push(`- ${v.text}`);
  }
  if (thresholds.length) {
    out.push('', '## Thresholds', '');
    for (const t of thresholds) out.push(`- ${t.ok ? '✅' : '❌'} ${t.description}: ${t.detail}`);
  }
  if (r.warnings.length) {
    out.push('', '## Warnings', '');
    for (const w of r.warnings) out.push(`- ${w}`);
  }
  return `${out.join('\n')}\n`;
}
