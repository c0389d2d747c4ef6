import type { Config } from '../../../config/schema.js';
import type { IssueContext, Profile } from './profile.js';
import { applyConfig, buildRequirementMatrix, type RequirementStatus } from './matrix.js';
import { scanTouchpoints, type Touchpoint } from './scan.js';

// The readiness report and its two renderings (Markdown for people, JSON for tools); both carry
// the same facts.

interface ReadinessReport {
  profile: string;
  issue_number: number;
  issue_title: string;
  issue_url: string;
  issue_requirements: string[];
  recommendation: string;
  config_file: string | null;
  touchpoints: Touchpoint[];
  requirements: RequirementStatus[];
}

const NOT_READY =
  'Not ready for direct replacement. Recommend a shadow-evaluation phase first: keep Hermes routing live, ' +
  'inventory the migration seams, export SessionDB/trajectory data into an offline experiment loop, ' +
  'and only design a canary gateway once percentage-based rollout controls exist.';

function recommend(requirements: RequirementStatus[], hasConfig: boolean): string {
  if (!hasConfig) return NOT_READY;
  const by = Object.fromEntries(requirements.map((r) => [r.key, r.status]));
  const routingDone = by.gateway_replacement === 'covered' && by.config_migration === 'covered';
  if (routingDone && by.canary_rollout === 'covered') {
    return 'Ready for a canary. The Switchyard config covers every routing surface and splits traffic by weight: point Hermes at the gateway, start the canary at 10%, import SessionDB and trajectory data, and promote only when the evaluation agrees.';
  }
  if (routingDone) {
    return 'Routing is migrated but there is no canary yet. Add a route with weighted variants (e.g. 90/10) before sending Hermes traffic through the gateway; keep Hermes routing authoritative until then.';
  }
  const open = requirements.filter((r) => r.status !== 'covered' && ['gateway_replacement', 'config_migration', 'canary_rollout'].includes(r.key)).map((r) => r.name);
  return `${NOT_READY} Still open in the Switchyard config: ${open.join(', ') || 'none'}.`;
}

export function buildReport(profile: Profile, touchpoints: Touchpoint[], requirements: RequirementStatus[], config?: { file: string; config: Config }): ReadinessReport {
  const issue: IssueContext = profile.issue;
  return {
    profile: profile.name,
    issue_number: issue.number,
    issue_title: issue.title,
    issue_url: issue.url,
    issue_requirements: issue.requirements,
    recommendation: recommend(requirements, !!config),
    config_file: config?.file ?? null,
    touchpoints,
    requirements,
  };
}

/** Scan, matrix, config statuses and report in one call. */
export function readiness(repoRoot: string, profile: Profile, config?: { file: string; config: Config }): ReadinessReport {
  const touchpoints = scanTouchpoints(repoRoot, profile.patterns);
  let matrix = buildRequirementMatrix(touchpoints, profile.requirements);
  if (config) matrix = applyConfig(matrix, profile.requirements, config.config);
  return buildReport(profile, touchpoints, matrix, config);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function buildMarkdown(report: ReadinessReport): string {
  const l: string[] = [];
  l.push('# Migration Readiness Packet', '');
  l.push(`Issue #${report.issue_number}: [${report.issue_title}](${report.issue_url})`, '');
  l.push('## Scope', '');
  l.push(`This packet evaluates Switchyard as the replacement for the custom provider-routing stack of the code base scanned with the \`${report.profile}\` profile.`);
  l.push('It is intentionally grounded in the current repo state rather than a speculative cutover plan.');
  if (report.config_file) l.push(`Statuses also reflect what the Switchyard config \`${report.config_file}\` already covers.`);
  l.push('');
  l.push('## Issue requirements being evaluated', '');
  for (const r of report.issue_requirements) l.push(`- ${r}`);
  l.push('');
  l.push('## Recommendation', '', report.recommendation, '');
  l.push('## Requirement matrix', '');
  const withConfig = report.config_file !== null;
  l.push(withConfig ? '| Requirement | Status | Evidence labels | Switchyard config | Summary |' : '| Requirement | Status | Evidence labels | Summary |');
  l.push(withConfig ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |');
  for (const row of report.requirements) {
    const evidence = row.evidence_labels.join(', ');
    if (withConfig) l.push(`| ${row.name} | ${row.status} | ${evidence} | ${cell((row.config_evidence ?? []).join('; '))} | ${cell(row.summary)} |`);
    else l.push(`| ${row.name} | ${row.status} | ${evidence} | ${cell(row.summary)} |`);
  }
  l.push('');
  l.push('## Grounded touchpoints', '');
  if (report.touchpoints.length > 0) {
    for (const tp of report.touchpoints) l.push(`- \`${tp.file_path}:${tp.line_number}\` — [${tp.label}] ${tp.matched_text}`);
  } else l.push('- No routing/evaluation touchpoints were found.');
  l.push('');
  l.push('## Suggested next slice', '');
  const status = Object.fromEntries(report.requirements.map((r) => [r.key, r.status]));
  const steps: string[] = [];
  if (status.config_migration !== 'covered') steps.push('Migrate the routing config: `switchyard migrate hermes --config ~/.hermes/config.yaml --out switchyard.yaml`, then re-run this packet with `--config switchyard.yaml`.');
  steps.push('Import SessionDB + trajectory data as episodes and datasets: `switchyard import hermes --state-db ~/.hermes/state.db --trajectories trajectories.jsonl`.');
  if (status.canary_rollout !== 'covered') steps.push('Define percentage-based canary controls (a route with weighted variants, e.g. 90/10) before attempting any gateway replacement.');
  if (status.gateway_replacement !== 'covered') steps.push('Keep Hermes routing authoritative until Switchyard has named routes with parity across CLI, gateway, cron, auxiliary, and delegation surfaces.');
  else steps.push('Point Hermes at the gateway (base_url) surface by surface and watch the canary before promoting.');
  steps.forEach((s, i) => l.push(`${i + 1}. ${s}`));
  l.push('');
  return `${l.join('\n').trimEnd()}\n`;
}

export function buildJson(report: ReadinessReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
