import { stringify } from 'yaml';
import { table } from '../evals/report/format.js';
import type { OptimizeRun, OptimizeRunSummary } from '../store/optimize-types.js';

// What a person reads about an optimize run: the variant as a config fragment, why it should be
// better, and each step's result (markdown); JSON is the stored run itself.

export function variantYaml(run: OptimizeRun): string {
  const header = `# switchyard optimize (${run.method}) for route ${run.route}, run ${run.id}\n# add under routes.${run.route}.variants, or let \`--then eval --then canary\` do it\n`;
  return header + stringify({ routes: { [run.route]: { variants: { [run.candidate]: run.variant } } } });
}

export function markdownReport(run: OptimizeRun): string {
  const r = run.report as { data?: Record<string, unknown>; why?: string[]; held_out_note?: string | null };
  const lines = [
    `# Optimize run ${run.id}`,
    '',
    `- route: \`${run.route}\`, method: **${run.method}**, candidate \`${run.candidate}\` vs current \`${run.control}\``,
    `- status: **${run.status}**`,
    r.data ? `- data: ${r.data.source}; ${r.data.train} train / ${r.data.held_out} held-out (test fraction ${r.data.test_fraction}, seed ${r.data.seed}), rows before ${r.data.cutoff}` : '',
    '',
    '## Why it should be better',
    '',
    ...(r.why ?? ['(no proposal)']).map((w) => `- ${w}`),
    ...(r.held_out_note ? ['', `Note: ${r.held_out_note}.`] : []),
    '',
    '## Steps',
    '',
    '| step | when | result | summary |',
    '| --- | --- | --- | --- |',
    ...run.steps.map((s) => `| ${s.step} | ${s.at} | ${s.ok ? 'ok' : 'stopped'} | ${s.summary.replace(/\|/g, '\\|')} |`),
  ];
  const ev = run.steps.find((s) => s.step === 'eval')?.details as { comparisons?: Array<Record<string, number | string>> } | undefined;
  if (ev?.comparisons?.length) {
    lines.push('', '## Offline eval (held-out, paired)', '', '| evaluator | candidate | current | difference [CI] | test | p | verdict |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const c of ev.comparisons) {
      lines.push(`| ${c.evaluator} | ${pp(c.candidate)} | ${pp(c.control)} | ${sg(c.difference)} [${sg(c.lower)}, ${sg(c.upper)}] | ${c.test} | ${Number(c.p).toPrecision(3)} | ${c.verdict} |`);
    }
  }
  lines.push('', '## Variant', '', '```yaml', variantYaml(run).trimEnd(), '```', '');
  return lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}

const pp = (x: unknown) => `${(Number(x) * 100).toFixed(1)}%`;
const sg = (x: unknown) => `${Number(x) >= 0 ? '+' : ''}${(Number(x) * 100).toFixed(1)}pp`;

export function runsTable(runs: OptimizeRunSummary[]): string {
  if (!runs.length) return 'no optimize runs\n';
  return `${table([['id', 'created', 'route', 'method', 'candidate', 'status', 'last step'], ...runs.map((r) => [r.id, r.created_at, r.route, r.method, r.candidate, r.status, r.last_step ? `${r.last_step.step}: ${clip(r.last_step.summary)}` : ''])])}\n`;
}

const clip = (s: string) => (s.length > 70 ? `${s.slice(0, 70)}…` : s);
