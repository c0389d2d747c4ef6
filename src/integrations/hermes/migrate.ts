import { stringify } from 'yaml';
import { ConfigError } from '../../core/errors.js';
import { parseYamlWithSchema } from '../../config/load.js';
import type { RawConfig } from '../../config/schema.js';
import { hermesConfigSchema, ROUTING_KEYS, type HermesConfig, type HermesTarget } from './hermes-config.js';
import { canonicalProvider, KNOWN_PROVIDERS, shapeForBaseUrl, UNMAPPABLE_PROVIDERS, type ProviderShape } from './providers.js';

// Hermes config.yaml -> switchyard.yaml. Pure: text in, config + report out; the CLI does the I/O.
// Names the output uses (the readiness packet looks for the same ones):
export const MAIN_ROUTE = 'hermes';
export const CRON_ROUTE = 'hermes-cron';
export const DELEGATE_ROUTE = 'hermes-delegate';
const AUX_ROUTE_PREFIX = 'hermes-aux-';
export const PRIMARY_MODEL = 'primary';
export const CHEAP_MODEL = 'cheap';

type ReportStatus = 'mapped' | 'approximated' | 'not_mapped' | 'ignored' | 'secret_not_copied';

interface ReportEntry {
  key: string;
  status: ReportStatus;
  became?: string;
  reason?: string;
}

interface MigrationResult {
  config: RawConfig;
  yaml: string;
  report: ReportEntry[];
}

type RawProvider = NonNullable<RawConfig['providers']>[string];
type RawTarget = Record<string, unknown> & { provider: string; model: string };

class Builder {
  readonly providers: Record<string, RawProvider> = {};
  readonly report: ReportEntry[] = [];
  readonly #byKey = new Map<string, string>();
  readonly #custom: Map<string, { base_url: string; api_key_env?: string | null; api_key?: string | null }>;

  constructor(custom: HermesConfig['custom_providers']) {
    this.#custom = new Map((custom ?? []).map((c) => [c.name.trim().toLowerCase(), c]));
  }

  add(entry: ReportEntry): void {
    this.report.push(entry);
  }

  /** A Hermes {provider, model, base_url, api_key_env, api_key} -> a Switchyard target, or null with a report line. */
  target(key: string, t: { provider?: string | null; model?: string | null; base_url?: string | null; api_key_env?: string | null; key_env?: string | null; api_key?: string | null; context_length?: number | null }, fallbackModel?: string): RawTarget | null {
    const model = (t.model ?? '').trim() || fallbackModel;
    if (!model) {
      this.add({ key, status: 'not_mapped', reason: 'no model name given' });
      return null;
    }
    let requested = canonicalProvider(t.provider ?? '') || 'auto';
    const baseUrl = (t.base_url ?? '').trim() || undefined;
    let customName: string | undefined;
    if (requested.startsWith('custom:')) {
      customName = requested.slice('custom:'.length);
      requested = 'custom';
    } else if (!KNOWN_PROVIDERS[requested] && !UNMAPPABLE_PROVIDERS[requested] && this.#custom.has(requested)) {
      customName = requested;
      requested = 'custom';
    }
    if (requested === 'auto') {
      requested = baseUrl ? 'custom' : 'openrouter';
      this.add({ key: `${key}.provider`, status: 'approximated', became: requested, reason: 'Hermes resolves "auto" from the credentials it finds at run time; the migration assumes ' + (baseUrl ? 'the custom endpoint at base_url' : 'OpenRouter (its default)') });
    }
    const unmappable = UNMAPPABLE_PROVIDERS[requested];
    if (unmappable) {
      this.add({ key: `${key}.provider`, status: 'not_mapped', reason: `provider "${requested}": ${unmappable}` });
      return null;
    }

    let shape: ProviderShape;
    let envVars: string[];
    let caveat: string | undefined;
    let name: string;
    const custom = customName ? this.#custom.get(customName) : undefined;
    if (customName && !custom) {
      this.add({ key: `${key}.provider`, status: 'not_mapped', reason: `custom provider "${customName}" is not defined under custom_providers` });
      return null;
    }
    const known = KNOWN_PROVIDERS[requested];
    if (custom) {
      ({ shape, envVars } = shapeForBaseUrl(custom.base_url));
      name = `custom-${customName!.replace(/[^a-z0-9-]+/g, '-')}`;
      const suggested = `${customName!.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_API_KEY`;
      envVars = custom.api_key_env ? [custom.api_key_env] : custom.api_key ? [suggested] : envVars;
      if (custom.api_key) this.add({ key: `custom_providers.${customName}.api_key`, status: 'secret_not_copied', reason: `a literal key is never copied; put it in ${envVars[0] ?? 'an environment variable'} and reference it as env:VAR` });
    } else if (known) {
      shape = { ...known.shape };
      envVars = known.envVars;
      caveat = known.caveat;
      name = known.id;
      if (baseUrl) {
        if (known.id === 'custom') {
          ({ shape, envVars } = shapeForBaseUrl(baseUrl));
          // Hermes sends OPENAI_API_KEY to a custom endpoint when it has one; a local server usually
          // needs none, and a credential variable that is not set would make the target fail fast.
          if (envVars.length === 0 && !(t.api_key_env || t.key_env) && !isLocalUrl(baseUrl)) {
            envVars = known.envVars;
            this.add({ key: `${key}.base_url`, status: 'approximated', reason: 'a custom endpoint without api_key_env: Hermes tries OPENAI_API_KEY (then a <VENDOR>_API_KEY derived from the host); the migration uses OPENAI_API_KEY' });
          }
        } else shape = { ...shape, base_url: baseUrl };
      } else if (known.needsBaseUrl) {
        this.add({ key: `${key}.base_url`, status: 'not_mapped', reason: 'provider "custom" needs base_url (Hermes would ask for it at run time)' });
        return null;
      }
    } else {
      this.add({ key: `${key}.provider`, status: 'not_mapped', reason: `unknown Hermes provider "${t.provider}"`, became: 'nothing; use provider custom with base_url for an OpenAI-compatible server' });
      return null;
    }
    const keyEnv = t.api_key_env || t.key_env;
    if (keyEnv) envVars = [keyEnv];
    if (t.api_key && t.api_key.trim()) {
      this.add({ key: `${key}.api_key`, status: 'secret_not_copied', reason: `a literal key is never copied; put it in ${envVars[0] ?? 'an environment variable'} (the migrated config reads env:${envVars[0] ?? 'VAR'})` });
    }
    const provider: Record<string, unknown> = { ...shape };
    if (envVars[0]) provider.api_key = `env:${envVars[0]}`;
    const providerName = this.#providerName(name, provider);
    if (caveat) this.add({ key: `${key}.provider`, status: 'approximated', became: `providers.${providerName}`, reason: caveat });
    const target: RawTarget = { provider: providerName, model };
    if (t.context_length) target.context_window = t.context_length;
    return target;
  }

  #providerName(base: string, provider: Record<string, unknown>): string {
    const sig = JSON.stringify(provider);
    const existing = this.#byKey.get(sig);
    if (existing) return existing;
    let name = base;
    for (let i = 2; this.providers[name]; i++) name = `${base}-${i}`;
    this.providers[name] = provider as RawProvider;
    this.#byKey.set(sig, name);
    return name;
  }
}

/** Loopback and private-network hosts: local model servers that usually take no key. */
function isLocalUrl(url: string): boolean {
  try {
    const h = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || h === '0.0.0.0' || /^127\./.test(h) || /^10\./.test(h) || /^192\.168\./.test(h) || /^172\.(1[6-9]|2\d|3[01])\./.test(h) || h.endsWith('.local');
  } catch {
    return false;
  }
}

function isOpenRouter(p: RawProvider | undefined): boolean {
  return !!p && p.type === 'openai' && (p as { preset?: string }).preset === 'openrouter';
}

/** The provider_routing keys Hermes passes on (cli.py / gateway/run.py -> AIAgent providers_* kwargs). */
const HERMES_PROVIDER_ROUTING_KEYS = ['sort', 'only', 'ignore', 'order', 'require_parameters', 'data_collection'];

/** OpenRouter `provider` preferences from Hermes provider_routing (as run_agent.py builds extra_body.provider). */
function providerPreferences(pr: NonNullable<HermesConfig['provider_routing']>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pr)) {
    if (!HERMES_PROVIDER_ROUTING_KEYS.includes(k)) continue;
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

export function migrateHermesConfig(text: string, file = 'config.yaml'): MigrationResult {
  const hermes = parseYamlWithSchema(text, file, hermesConfigSchema);
  if (hermes === null || typeof hermes !== 'object' || Array.isArray(hermes)) {
    throw new ConfigError(file, [{ path: '', message: 'expected a YAML mapping (a Hermes config.yaml)' }]);
  }
  const b = new Builder(hermes.custom_providers);

  // --- main model --------------------------------------------------------------------------
  const m = typeof hermes.model === 'string' ? { default: hermes.model } : (hermes.model ?? {});
  const mainModelName = ((m as { default?: string | null }).default ?? '').trim() || ((m as { model?: string | null }).model ?? '').trim();
  if (!mainModelName) {
    throw new ConfigError(file, [{ path: 'model.default', message: 'Hermes config has no main model', hint: 'set model.default (e.g. anthropic/claude-sonnet-4) and model.provider' }]);
  }
  const mainHermes = m as HermesTarget;
  const mainT = b.target('model', { ...mainHermes, model: mainModelName });
  if (mainT) b.add({ key: 'model', status: 'mapped', became: `models.${PRIMARY_MODEL}.targets[0] (${mainT.provider}/${mainT.model})` });
  if (typeof hermes.model === 'object' && hermes.model) {
    const handled = new Set(['default', 'model', 'provider', 'base_url', 'api_key', 'api_key_env', 'context_length']);
    for (const [k, v] of Object.entries(hermes.model)) {
      if (handled.has(k) || v === null || v === '' || v === undefined) continue;
      b.add({ key: `model.${k}`, status: 'not_mapped', reason: k === 'api_mode' ? 'Switchyard picks the wire format from the provider type' : 'not a routing setting Switchyard has' });
    }
  }

  // --- fallback chain (hermes_cli/fallback_config.py get_fallback_chain): fallback_providers in
  // order, then the legacy fallback_model (one entry or a list); entries without provider or model
  // are dropped and a repeated provider/model/base_url route counts once.
  const chain = (sources: [string, unknown][], targetKey: (i: number) => string): RawTarget[] => {
    const out: RawTarget[] = [];
    const seen = new Set<string>();
    for (const [key, raw] of sources) {
      const entries = (Array.isArray(raw) ? raw : raw ? [raw] : []) as HermesTarget[];
      entries.forEach((entry, i) => {
        const k = Array.isArray(raw) ? `${key}[${i}]` : key;
        const provider = (entry.provider ?? '').trim();
        const model = (entry.model ?? '').trim();
        if (!provider || !model) {
          if (provider || model) b.add({ key: k, status: 'ignored', reason: 'needs both provider and model (Hermes drops it too)' });
          return;
        }
        const identity = [provider.toLowerCase(), model.toLowerCase(), (entry.base_url ?? '').trim().replace(/\/+$/, '').toLowerCase()].join('|');
        if (seen.has(identity)) {
          b.add({ key: k, status: 'ignored', reason: 'same provider/model/base_url as an earlier fallback entry' });
          return;
        }
        seen.add(identity);
        if (entry.free) b.add({ key: `${k}.free`, status: 'not_mapped', reason: 'the free-tier ladder (promoting free entries first) has no Switchyard equivalent; the entry keeps its place in the order' });
        const t = b.target(k, entry);
        if (t) {
          out.push(t);
          b.add({ key: k, status: 'mapped', became: `${targetKey(out.length - 1)} (${t.provider}/${t.model})` });
        }
      });
    }
    return out;
  };
  const fallbacks = chain(
    [
      ['fallback_providers', hermes.fallback_providers],
      ['fallback_model', hermes.fallback_model],
    ],
    (i) => `models.${PRIMARY_MODEL}.targets[${(mainT ? 1 : 0) + i}]`,
  );
  const primaryTargets = [...(mainT ? [mainT] : []), ...fallbacks];
  if (primaryTargets.length === 0) {
    throw new ConfigError(file, [{ path: 'model.provider', message: 'no usable provider for the main model or any fallback', hint: b.report.filter((r) => r.status === 'not_mapped').map((r) => `${r.key}: ${r.reason}`).join('; ') }]);
  }

  // --- provider_routing -> OpenRouter provider preferences on every OpenRouter target -----------
  const applyPrefs = (targets: RawTarget[]): void => {
    if (!hermes.provider_routing) return;
    const prefs = providerPreferences(hermes.provider_routing);
    if (Object.keys(prefs).length === 0) return;
    for (const t of targets) if (isOpenRouter(b.providers[t.provider])) t.provider_preferences = prefs;
  };

  const models: NonNullable<RawConfig['models']> = {};
  const routes: NonNullable<RawConfig['routes']> = {};
  models[PRIMARY_MODEL] = { targets: primaryTargets as never };

  // --- smart_model_routing -> cheap-vs-strong route ---------------------------------------------
  const smr = hermes.smart_model_routing;
  let mainRoute: NonNullable<RawConfig['routes']>[string] = { model: PRIMARY_MODEL, description: 'Hermes main agent' };
  if (smr) {
    const cheap = smr.cheap_model;
    if (!smr.enabled) {
      b.add({ key: 'smart_model_routing', status: 'ignored', reason: 'enabled is false' });
    } else if (!cheap || !(cheap.provider ?? '').trim() || !(cheap.model ?? '').trim()) {
      b.add({ key: 'smart_model_routing.cheap_model', status: 'not_mapped', reason: 'needs both provider and model (Hermes ignores smart routing without them too)' });
    } else {
      const ct = b.target('smart_model_routing.cheap_model', cheap);
      if (ct) {
        // When the cheap model fails, Hermes's agent moves on through the same fallback providers.
        models[CHEAP_MODEL] = { targets: [ct, ...fallbacks.map((f) => ({ ...f }))] as never };
        mainRoute = {
          strong: PRIMARY_MODEL,
          cheap: CHEAP_MODEL,
          cheap_rule: {
            max_chars: smr.max_simple_chars ?? 160,
            max_words: smr.max_simple_words ?? 28,
            max_newlines: 1,
            strong_on_code: true,
            strong_on_urls: true,
            // Hermes picks the model once per user turn; tool-result continuations stay on it.
            strong_on_tool_results: false,
          },
          description: 'Hermes main agent with smart_model_routing',
        };
        b.add({ key: 'smart_model_routing', status: 'mapped', became: `routes.${MAIN_ROUTE} strong=${PRIMARY_MODEL} cheap=${CHEAP_MODEL} with cheap_rule (Hermes keyword list)` });
      }
    }
  }
  routes[MAIN_ROUTE] = mainRoute;

  // --- auxiliary.<task> and the legacy compression.summary_* ----------------------------------
  const aux: Record<string, Parameters<Builder['target']>[1] & { timeout?: number | null }> = {};
  for (const [task, cfg] of Object.entries(hermes.auxiliary ?? {})) if (cfg) aux[task] = cfg;
  const comp = hermes.compression;
  if (comp && (comp.summary_model || comp.summary_provider)) {
    if (aux.compression && (aux.compression.model || (aux.compression.provider && aux.compression.provider !== 'auto'))) {
      b.add({ key: 'compression.summary_model', status: 'ignored', reason: 'auxiliary.compression is set and wins' });
    } else {
      aux.compression = { provider: comp.summary_provider, model: comp.summary_model, base_url: comp.summary_base_url };
      b.add({ key: 'compression.summary_model', status: 'mapped', became: 'auxiliary task compression' });
    }
  }
  for (const [task, cfg] of Object.entries(aux)) {
    const slug = task.replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase();
    const routeName = `${AUX_ROUTE_PREFIX}${slug}`;
    const provider = (cfg.provider ?? '').trim().toLowerCase();
    const model = (cfg.model ?? '').trim();
    if ((provider === '' || provider === 'auto') && !model && !(cfg.base_url ?? '').trim()) {
      routes[routeName] = { model: PRIMARY_MODEL, description: `Hermes auxiliary task ${task} (auto)` };
      b.add({ key: `auxiliary.${task}`, status: 'approximated', became: `routes.${routeName} -> ${PRIMARY_MODEL}`, reason: 'provider auto: Hermes probes its own chain of cheap auxiliary models; Switchyard serves the task with the main chain' });
      continue;
    }
    // provider auto with a model: Hermes resolves the main provider and asks it for that model.
    const source = provider === '' || provider === 'auto' ? { ...cfg, provider: mainHermes.provider, base_url: cfg.base_url || mainHermes.base_url, api_key_env: cfg.api_key_env || mainHermes.api_key_env } : cfg;
    const t = b.target(`auxiliary.${task}`, source, model ? undefined : mainT?.model);
    if (!t) continue;
    const modelName = `aux-${slug}`;
    models[modelName] = { targets: [t] as never };
    routes[routeName] = { model: modelName, description: `Hermes auxiliary task ${task}` };
    b.add({ key: `auxiliary.${task}`, status: model ? 'mapped' : 'approximated', became: `routes.${routeName} -> models.${modelName} (${t.provider}/${t.model})`, reason: model ? undefined : 'no model given: Hermes uses the provider\'s default auxiliary model; Switchyard uses the main model name' });
    for (const k of Object.keys(cfg)) {
      if (!['provider', 'model', 'base_url', 'api_key', 'api_key_env', 'timeout'].includes(k)) b.add({ key: `auxiliary.${task}.${k}`, status: 'not_mapped', reason: 'not a routing setting Switchyard has' });
    }
    if (cfg.timeout) t.timeout_ms = Math.round(cfg.timeout * 1000);
  }

  // --- delegation and cron: hermes_cli/fallback_config.py scoped_fallback_chain. A pinned owner
  // (its own provider, endpoint or model) never borrows the inherited chain; an unpinned one
  // inherits it unless it declares fallback_providers ([] disables fallback).
  const scoped = (
    owner: 'delegation' | 'cron',
    routeName: string,
    pin: { provider?: string | null; model?: string | null; base_url?: string | null; api_key?: string | null; api_key_env?: string | null } | null,
    declared: HermesTarget[] | null | undefined,
    inherited: NonNullable<RawConfig['routes']>[string],
    description: string,
  ): void => {
    const own = (targets: RawTarget[]) => chain([[`${owner}.fallback_providers`, declared ?? []]], (i) => `models.${owner}.targets[${targets.length + i}]`);
    if (pin) {
      const t = b.target(owner, pin, mainT?.model);
      if (!t) return;
      const targets = [t, ...(declared?.length ? own([t]) : [])];
      models[owner] = { targets: targets as never };
      routes[routeName] = { model: owner, description };
      b.add({ key: owner, status: 'mapped', became: `routes.${routeName} -> models.${owner} (${targets.map((x) => `${x.provider}/${x.model}`).join(' -> ')})`, reason: declared?.length ? undefined : 'pinned: Hermes does not borrow the main fallback chain' });
      return;
    }
    if (declared && mainT) {
      const targets = [{ ...mainT }, ...own([mainT])];
      models[owner] = { targets: targets as never };
      routes[routeName] = { model: owner, description };
      b.add({ key: `${owner}.fallback_providers`, status: 'mapped', became: `routes.${routeName} -> models.${owner} (${declared.length ? 'its own fallback chain' : 'fallback disabled'})` });
      return;
    }
    routes[routeName] = { ...inherited, description };
    b.add({ key: owner, status: 'mapped', became: `routes.${routeName} (same routing as routes.${MAIN_ROUTE})`, reason: `no ${owner} model: Hermes uses the main model and chain` });
  };

  const del = hermes.delegation;
  const delPinned = !!del && (!!(del.model ?? '').trim() || (!!(del.provider ?? '').trim() && del.provider !== 'auto') || !!(del.base_url ?? '').trim());
  scoped('delegation', DELEGATE_ROUTE, delPinned ? del! : null, del?.fallback_providers, { model: PRIMARY_MODEL }, 'Hermes subagents (delegate_task)');
  for (const k of Object.keys(del ?? {})) {
    if (!['provider', 'model', 'base_url', 'api_key', 'api_key_env', 'fallback_providers'].includes(k)) b.add({ key: `delegation.${k}`, status: 'ignored', reason: 'subagent behaviour, not routing; stays in Hermes' });
  }
  const cron = hermes.cron;
  const cronModel = (cron?.model ?? '').trim();
  const cronPin = cronModel ? { provider: cron?.model_provider || cron?.provider || mainHermes.provider, model: cronModel, base_url: cron?.base_url || (cron?.model_provider || cron?.provider ? undefined : mainHermes.base_url), api_key_env: cron?.model_provider || cron?.provider ? undefined : mainHermes.api_key_env } : null;
  // Cron jobs and the messaging gateway otherwise resolve the same runtime provider and turn route.
  scoped('cron', CRON_ROUTE, cronPin, cron?.fallback_providers, mainRoute, 'Hermes cron jobs');

  for (const model of Object.values(models)) applyPrefs(model.targets as unknown as RawTarget[]);
  if (hermes.provider_routing) {
    const prefs = providerPreferences(hermes.provider_routing);
    const any = Object.values(models).some((mm) => (mm.targets as unknown as RawTarget[]).some((t) => t.provider_preferences));
    b.add(
      any
        ? { key: 'provider_routing', status: 'mapped', became: `provider_preferences on every OpenRouter target: ${JSON.stringify(prefs)}` }
        : { key: 'provider_routing', status: 'ignored', reason: Object.keys(prefs).length ? 'no OpenRouter target to apply it to (Hermes applies it on OpenRouter only)' : 'empty' },
    );
  }
  for (const k of Object.keys(hermes.provider_routing ?? {})) {
    if (!HERMES_PROVIDER_ROUTING_KEYS.includes(k)) b.add({ key: `provider_routing.${k}`, status: 'ignored', reason: 'Hermes does not pass this key to OpenRouter, so the migration leaves it out to route the same way' });
  }
  if (hermes.custom_providers?.length) b.add({ key: 'custom_providers', status: 'mapped', became: 'providers custom-<name> (where referenced)' });

  for (const key of Object.keys(hermes)) {
    if (!ROUTING_KEYS.has(key)) b.add({ key, status: 'ignored', reason: 'not about model routing; stays in Hermes' });
  }

  const config: RawConfig = { providers: b.providers, models, routes };
  const header = `# Migrated from Hermes ${file} by \`switchyard migrate hermes\`.\n# Credentials are env:VAR references; set the variables before starting the gateway.\n`;
  return { config, yaml: header + stringify(config, { lineWidth: 0 }), report: b.report };
}

export function formatReport(report: ReportEntry[]): string {
  const label: Record<ReportStatus, string> = {
    mapped: 'mapped',
    approximated: 'approximated',
    not_mapped: 'NOT MAPPED',
    ignored: 'ignored',
    secret_not_copied: 'SECRET NOT COPIED',
  };
  const lines = report.map((r) => `  ${label[r.status].padEnd(17)} ${r.key}${r.became ? ` -> ${r.became}` : ''}${r.reason ? `  (${r.reason})` : ''}`);
  return `Migration report:\n${lines.join('\n')}\n`;
}

