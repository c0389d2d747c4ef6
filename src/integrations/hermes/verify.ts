import { parse } from 'yaml';
import type { Config } from '../../config/schema.js';
import { resolvePlan } from '../../routing/resolve.js';
import { resolveModels } from '../../routing/targets.js';
import { openSessionDb } from './import/session-db.js';
import type { RowProblem } from './import/session-db.js';
import { CHEAP_MODEL, CRON_ROUTE, MAIN_ROUTE, PRIMARY_MODEL } from './migrate.js';
import { hermesChoosesCheap, SAMPLE_TURNS, type HermesSmartRouting } from './smart-routing-rule.js';

// Parity check of a migration: replays user turns through Hermes's own cheap-vs-strong rule and
// through the migrated config's routing (the real resolver), and lists every turn where they
// would send the request to different models. Turns come from a Hermes state.db or a synthetic
// sample that exercises every branch of the rule.

interface VerifyDifference {
  route: string;
  turn: string;
  hermes: string;
  switchyard: string;
  reason: string;
}

interface VerifyResult {
  turns: number;
  routes: string[];
  source: string;
  checks: number;
  differences: VerifyDifference[];
}

/** Up to `sample` user turns from a state.db, spread evenly over its sessions' messages. */
export function turnsFromStateDb(file: string, sample: number): string[] {
  const reader = openSessionDb(file);
  try {
    const problems: RowProblem[] = [];
    const ids = new Set(reader.episodes(problems).map((e) => e.session_id));
    const all: string[] = [];
    for (const batch of reader.turns(ids, problems, 1000)) {
      for (const t of batch) if (t.message.role === 'user' && typeof t.message.content === 'string') all.push(t.message.content);
    }
    if (all.length <= sample) return all;
    const step = all.length / sample;
    return Array.from({ length: sample }, (_, i) => all[Math.floor(i * step)]);
  } finally {
    reader.close();
  }
}

export function verifyMigration(hermesYaml: string, config: Config, turns: string[] = SAMPLE_TURNS, source = 'synthetic turns'): VerifyResult {
  const smr = ((parse(hermesYaml) ?? {}) as { smart_model_routing?: HermesSmartRouting }).smart_model_routing ?? null;
  const models = resolveModels(config, {});
  const routes = [MAIN_ROUTE, CRON_ROUTE].filter((r) => config.routes[r]);
  const differences: VerifyDifference[] = [];
  let checks = 0;
  for (const route of routes) {
    for (const turn of turns) {
      checks++;
      const hermes = hermesChoosesCheap(turn, smr) ? CHEAP_MODEL : PRIMARY_MODEL;
      const plan = resolvePlan(config, models, { model: route, messages: [{ role: 'user', content: turn }] }, {});
      if (plan.model.name !== hermes) {
        differences.push({ route, turn, hermes, switchyard: plan.model.name, reason: String(plan.routing.tier_reason ?? plan.routing.variant ?? 'route model') });
      }
    }
  }
  return { turns: turns.length, routes, source, checks, differences };
}

export function formatVerify(r: VerifyResult): string {
  const head = `parity check: ${r.turns} turns (${r.source}) x routes ${r.routes.join(', ')} = ${r.checks} routing decisions`;
  if (!r.differences.length) return `${head}\n  every decision matches Hermes\n`;
  const clip = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
  return `${head}\n  ${r.differences.length} difference(s):\n${r.differences.map((d) => `  - ${d.route}: ${clip(d.turn)}: Hermes -> ${d.hermes}, Switchyard -> ${d.switchyard} (${d.reason})`).join('\n')}\n`;
}
