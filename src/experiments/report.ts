import type { ArmSummary } from './analysis.js';
import type { ExperimentReport } from './controller.js';
import type { Interval } from './sequential.js';

// The terminal form of an experiment report: both arms side by side with their intervals, the
// guardrails, the sample-ratio check, what the policy would do next, and the decision history.

const pct = (x: number | null | undefined) => (x == null ? '-' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null | undefined, digits = 0) => (x == null ? '-' : x.toFixed(digits));
const rate = (i: Interval | null) => (i ? `${pct(i.estimate)} [${pct(i.lower)}, ${pct(i.upper)}]` : '-');

export function formatReport(r: ExperimentReport): string {
  const c = r.analysis.arms.candidate;
  const o = r.analysis.arms.control;
  const rows: [string, (a: ArmSummary) => string][] = [
    ['sessions', (a) => String(a.sessions)],
    ['requests', (a) => String(a.requests)],
    ['error rate', (a) => rate(a.error_rate)],
    ['fallback rate', (a) => rate(a.fallback_rate)],
    ['latency p50 / p95', (a) => `${num(a.latency_ms.p50)} / ${num(a.latency_ms.p95)} ms`],
    ['ttft p50 / p95', (a) => (a.ttft_ms.p50 == null ? '-' : `${num(a.ttft_ms.p50)} / ${num(a.ttft_ms.p95)} ms`)],
    ['tokens in / out (mean)', (a) => `${num(a.tokens.prompt_mean, 1)} / ${num(a.tokens.completion_mean, 1)}`],
    ['cost per request', (a) => (a.cost_usd.per_request == null ? '-' : `$${a.cost_usd.per_request.toFixed(6)}`)],
  ];
  const metrics = new Set([...Object.keys(c.feedback), ...Object.keys(o.feedback)]);
  for (const m of metrics) {
    rows.push([`feedback ${m}`, (a) => (a.feedback[m] ? `${num(a.feedback[m].mean, 3)} [${num(a.feedback[m].lower, 3)}, ${num(a.feedback[m].upper, 3)}] n=${a.feedback[m].n}` : '-')]);
  }
  const table = [['', `${r.candidate} (candidate)`, `${r.control} (control)`], ...rows.map(([label, f]) => [label, f(c), f(o)])];
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => row[i].length)));
  const lines = [
    `${r.name}: ${r.status.toUpperCase()}  step ${r.step}/${r.steps.length} (${r.steps.map(pct).join(' -> ')})  candidate weight ${pct(r.candidate_weight)}  ${r.auto ? 'automatic' : 'manual only'}`,
    `step started ${r.step_started_at}; experiment started ${r.started_at}`,
    '',
    ...table.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('   ').trimEnd()),
    '',
    'guardrails (always-valid, checked continuously):',
    ...r.analysis.guardrails.map((g) => `  ${g.metric.padEnd(10)} ${g.verdict.padEnd(14)} ${g.summary}`),
    `  ${'srm'.padEnd(10)} ${r.analysis.srm.verdict.padEnd(14)} ${r.analysis.srm.summary}`,
    ...Object.entries(r.analysis.feedback).map(([m, i]) => `  feedback ${m}: candidate - control ${num(i.estimate, 3)} [${num(i.lower, 3)}, ${num(i.upper, 3)}]`),
    '',
    `next: ${r.next.action === 'none' ? 'no change' : r.next.action} - ${r.next.reason}`,
    '',
    'history (newest first):',
    ...r.events.map((e) => `  ${e.created_at}  ${e.action.padEnd(11)} ${pct(e.candidate_weight).padStart(6)}  by ${e.actor}: ${e.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function formatList(reports: ExperimentReport[]): string {
  if (reports.length === 0) return 'no experiments (a route needs variants and a rollout)\n';
  const rows = [['ROUTE', 'STATUS', 'STEP', 'CANDIDATE', 'WEIGHT', 'SESSIONS (cand/ctrl)', 'GUARDRAILS']];
  for (const r of reports) {
    rows.push([
      r.name, r.status, `${r.step}/${r.steps.length}`, r.candidate, pct(r.candidate_weight),
      `${r.analysis.arms.candidate.sessions}/${r.analysis.arms.control.sessions}`,
      r.analysis.guardrails.filter((g) => g.verdict !== 'not_applicable').map((g) => `${g.metric}:${g.verdict}`).join(' '),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return `${rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n')}\n`;
}
