import { createHash } from 'node:crypto';
import type { Config } from '../../config/schema.js';
import { stableJson } from '../../core/stable-json.js';

// What a reload changes, and what it cannot change without a restart.

export interface SectionDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ConfigDiff {
  routes: SectionDiff;
  models: SectionDiff;
  providers: SectionDiff;
  limit_rules: SectionDiff;
  /** Other live sections that changed (e.g. metrics, limits settings). */
  other: string[];
  /** Settings that changed in the file but keep their old value until a restart. */
  needs_restart: string[];
}

export function configVersion(config: Config): string {
  return createHash('sha256').update(stableJson(config)).digest('hex').slice(0, 12);
}

function diffRecords(a: Record<string, unknown>, b: Record<string, unknown>): SectionDiff {
  const added = Object.keys(b).filter((k) => !(k in a));
  const removed = Object.keys(a).filter((k) => !(k in b));
  const changed = Object.keys(b).filter((k) => k in a && stableJson(a[k]) !== stableJson(b[k]));
  return { added, removed, changed };
}

/** Sections that are wired into long-lived objects at start-up (listener, store, auth, firewall service). */
const RESTART_SECTIONS = ['server', 'storage', 'firewall'] as const;
const RESTART_LIMIT_KEYS = ['store', 'redis_url', 'key_prefix', 'store_timeout_ms'] as const;

/**
 * The config that serves after a reload: the new file, except settings that cannot change live,
 * which keep their running values (and are reported as needing a restart).
 */
export function effectiveConfig(running: Config, next: Config): { config: Config; needsRestart: string[] } {
  const needsRestart: string[] = [];
  for (const section of RESTART_SECTIONS) {
    const d = diffRecords(running[section] as Record<string, unknown>, next[section] as Record<string, unknown>);
    for (const k of [...d.added, ...d.removed, ...d.changed]) needsRestart.push(`${section}.${k}`);
  }
  const limits = { ...next.limits };
  for (const k of RESTART_LIMIT_KEYS) {
    if (stableJson(running.limits[k]) !== stableJson(next.limits[k])) needsRestart.push(`limits.${k}`);
    (limits as Record<string, unknown>)[k] = running.limits[k];
  }
  const config: Config = { ...next, server: running.server, storage: running.storage, firewall: running.firewall, limits };
  return { config, needsRestart: needsRestart.sort() };
}

export function diffConfigs(a: Config, b: Config, needsRestart: string[]): ConfigDiff {
  const rules = (c: Config) => Object.fromEntries(c.limits.rules.map((r) => [r.name, r]));
  const other: string[] = [];
  if (stableJson(a.metrics) !== stableJson(b.metrics)) other.push('metrics');
  const settings = (c: Config) => stableJson({ ...c.limits, rules: undefined });
  if (settings(a) !== settings(b)) other.push('limits');
  return {
    routes: diffRecords(a.routes, b.routes),
    models: diffRecords(a.models, b.models),
    providers: diffRecords(a.providers, b.providers),
    limit_rules: diffRecords(rules(a), rules(b)),
    other,
    needs_restart: needsRestart,
  };
}

export function summarize(d: ConfigDiff): string {
  const s = (name: string, x: SectionDiff) => (x.added.length || x.removed.length || x.changed.length ? `${name} +${x.added.length} -${x.removed.length} ~${x.changed.length}` : '');
  const parts = [s('routes', d.routes), s('models', d.models), s('providers', d.providers), s('limit rules', d.limit_rules), ...d.other.map((o) => `${o} changed`)].filter(Boolean);
  return parts.join(', ') || 'no changes';
}
