import type { Config } from '../../../config/schema.js';
import type { RequirementSpec } from './profile.js';
import type { Touchpoint } from './scan.js';

// The requirement matrix: the original script's rules (a status, the evidence labels found and a
// summary per requirement), then what a Switchyard config already covers, so the packet follows
// the migration to its end.

export type RequirementStatusName = 'gap' | 'partial' | 'covered';

export interface RequirementStatus {
  key: string;
  name: string;
  status: RequirementStatusName;
  evidence_labels: string[];
  summary: string;
  /** What the Switchyard config contributes (only when a config was given). */
  config_evidence?: string[];
}

export function buildRequirementMatrix(touchpoints: readonly Touchpoint[], specs: readonly RequirementSpec[]): RequirementStatus[] {
  const labels = new Set(touchpoints.map((t) => t.label));
  return specs.map((spec) => {
    const hits = spec.labels.filter((l) => labels.has(l));
    let partial: boolean;
    switch (spec.rule.kind) {
      case 'min_hits':
        partial = hits.length >= spec.rule.min;
        break;
      case 'all_hits':
        partial = hits.length === spec.labels.length && spec.labels.length > 0;
        break;
      case 'requires':
        partial = hits.includes(spec.rule.label);
        break;
      case 'always_gap':
        partial = false;
        break;
    }
    const summary = spec.rule.kind === 'always_gap' ? spec.summary_missing : hits.length > 0 ? spec.summary_found : spec.summary_missing;
    return { key: spec.key, name: spec.name, status: partial ? 'partial' : 'gap', evidence_labels: hits, summary };
  });
}

/** Surfaces whose routing Hermes resolves separately; each needs a named route in Switchyard. */
const SURFACES: { surface: string; label: string; route: RegExp }[] = [
  { surface: 'cron', label: 'cron_runtime_provider', route: /cron/i },
  { surface: 'auxiliary', label: 'auxiliary_fallback_chain', route: /aux/i },
  { surface: 'delegation', label: 'delegate_runtime_provider', route: /delegat|subagent/i },
];

function weightedRoutes(config: Config): string[] {
  return Object.entries(config.routes)
    .filter(([, r]) => r.variants && Object.values(r.variants).filter((v) => v.weight > 0).length >= 2)
    .map(([name, r]) => `routes.${name}.variants (${Object.entries(r.variants!).map(([v, c]) => `${v} ${Math.round(c.weight * 1000) / 10}%`).join(', ')})`);
}

export function applyConfig(matrix: RequirementStatus[], specs: readonly RequirementSpec[], config: Config): RequirementStatus[] {
  const routeNames = Object.keys(config.routes);
  return matrix.map((row) => {
    const check = specs.find((s) => s.key === row.key)?.config_check;
    if (!check) return row;
    if (check === 'weighted_variants') {
      const found = weightedRoutes(config);
      if (found.length === 0) return { ...row, config_evidence: [], summary: `${row.summary} The Switchyard config has no route with weighted variants yet.` };
      return { ...row, status: 'covered', config_evidence: found, summary: `Switchyard splits traffic by weight with sticky per-session assignment: ${found.join('; ')}.` };
    }
    if (check === 'surface_routes') {
      const evidence: string[] = [];
      const missing: string[] = [];
      for (const s of SURFACES) {
        const r = routeNames.filter((n) => s.route.test(n));
        if (r.length > 0) evidence.push(`${s.surface}: ${r.map((n) => `routes.${n}`).join(', ')}`);
        else missing.push(s.surface);
      }
      if (missing.length === 0) {
        return { ...row, status: 'covered', config_evidence: evidence, summary: `The Switchyard config has named routes for every separately routed surface (${evidence.join('; ')}).` };
      }
      return { ...row, config_evidence: evidence, summary: `${row.summary} The Switchyard config still lacks named routes for: ${missing.join(', ')}.` };
    }
    // routing_config: the config carries a fallback chain and, where Hermes has smart routing, a cheap rule.
    const chains = Object.entries(config.models).filter(([, m]) => m.targets.length >= 2).map(([n]) => `models.${n} (${config.models[n].targets.length} targets)`);
    const cheap = Object.entries(config.routes).filter(([, r]) => r.strong && r.cheap).map(([n]) => `routes.${n} (cheap_rule)`);
    const evidence = [...chains, ...cheap];
    const needsCheap = row.evidence_labels.includes('smart_model_routing');
    if (Object.keys(config.models).length > 0 && (!needsCheap || cheap.length > 0)) {
      return { ...row, status: 'covered', config_evidence: evidence, summary: `The routing config is migrated: ${evidence.join('; ') || `${Object.keys(config.models).length} models`}.` };
    }
    return { ...row, config_evidence: evidence, summary: `${row.summary} The Switchyard config has no cheap-vs-strong route yet.` };
  });
}
