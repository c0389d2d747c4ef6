import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import { ConflictError, InvalidRequestError } from '../core/errors.js';
import { parseConfigText } from '../config/load.js';
import type { VariantConfig } from '../config/schema.js';
import { BASELINE, variantFragment } from './variant.js';

// Starting a canary is a config change, because the config is what every replica (and every
// restart) serves from: the candidate variant and a `rollout` are written into switchyard.yaml
// (comments and layout kept, the old file kept as .bak, the result validated like `config check`
// before it replaces anything). A running gateway then picks it up on reload (POST
// /v1/admin/reload, SIGHUP) or restart, and the experiments controller's sequential guardrails
// take over: promotion step by step, or automatic rollback.

interface CanaryOptions {
  route: string;
  candidate: string;
  control: string;
  variant: VariantConfig;
  steps: number[];
  /** Extra rollout keys (min_sessions_per_arm, evaluate_every_ms...). */
  rollout?: Record<string, unknown>;
}

export function withCanary(text: string, file: string, o: CanaryOptions, env: NodeJS.ProcessEnv = process.env): string {
  const doc = parseDocument(text);
  const route = doc.getIn(['routes', o.route], true);
  if (!isMap(route)) throw new InvalidRequestError(`${file} has no route "${o.route}"`, 'route');
  if (route.has('rollout')) throw new ConflictError(`route ${o.route} already has a rollout in ${file}; finish that experiment and remove its rollout first`, 'route');
  const weight = o.steps[0];
  if (route.has('variants')) {
    const control = doc.getIn(['routes', o.route, 'variants', o.control, 'weight']);
    if (typeof control !== 'number') throw new InvalidRequestError(`route ${o.route} has no variant "${o.control}" in ${file}`, 'control');
    if (doc.hasIn(['routes', o.route, 'variants', o.candidate])) throw new ConflictError(`route ${o.route} already has a variant "${o.candidate}"`, 'name');
    if (control < weight) throw new InvalidRequestError(`variant ${o.control} has weight ${control}, less than the canary's first step ${weight}`, 'canary-weight');
    doc.setIn(['routes', o.route, 'variants', o.control, 'weight'], round(control - weight));
  } else {
    const model = route.get('model');
    if (typeof model !== 'string') throw new InvalidRequestError(`route ${o.route} is not served by one model or by variants`, 'route');
    route.delete('model');
    doc.setIn(['routes', o.route, 'variants'], doc.createNode({ [BASELINE]: { weight: round(1 - weight), model } }));
  }
  doc.setIn(['routes', o.route, 'variants', o.candidate], doc.createNode(variantFragment({ ...o.variant, weight })));
  doc.setIn(['routes', o.route, 'rollout'], doc.createNode({ candidate: o.candidate, control: o.control, steps: o.steps, ...(o.rollout ?? {}) }));
  const out = doc.toString();
  parseConfigText(out, file, env); // throws ConfigError naming the path if anything is off
  return out;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Writes the new config next to the old one, keeps the old as .bak, and swaps atomically. */
export function writeConfigAtomically(file: string, text: string): string {
  const backup = `${file}.bak`;
  copyFileSync(file, backup);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return backup;
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

type ReloadOutcome = { reloaded: true; detail: string } | { reloaded: false; detail: string };

/** Asks a running gateway to load the new config (admin token). */
export async function askGatewayToReload(url: string, token: string | undefined): Promise<ReloadOutcome> {
  if (!token) return { reloaded: false, detail: 'no admin token to ask the gateway to reload; restart it or send it SIGHUP to start the canary' };
  let res: Response;
  try {
    res = await fetch(new URL('/v1/admin/reload', url), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
  } catch (err) {
    return { reloaded: false, detail: `cannot reach the gateway at ${url} (${(err as Error).message}); the canary starts when it next loads the config` };
  }
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (res.ok) return { reloaded: true, detail: `gateway at ${url} reloaded the config` };
  if (res.status === 404) return { reloaded: false, detail: `the gateway at ${url} has no reload endpoint; restart it to start the canary` };
  return { reloaded: false, detail: `the gateway refused to reload (${res.status}: ${body?.error?.message ?? res.statusText}); it keeps serving the old config` };
}
