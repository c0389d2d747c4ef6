import { InvalidRequestError } from '../core/errors.js';
import type { Config, VariantConfig } from '../config/schema.js';

// Where a candidate variant goes: beside the route's current variant. A route served by one
// model becomes a route with two variants (the current one named "baseline").

export const BASELINE = 'baseline';

export interface Base {
  /** The variant the candidate is compared with (BASELINE for a plain route). */
  control: string;
  variant: VariantConfig;
}

export function baseOf(config: Config, route: string, control?: string): Base {
  const r = config.routes[route];
  if (!r) throw new InvalidRequestError(`unknown route "${route}"; routes: ${Object.keys(config.routes).join(', ') || 'none'}`, 'route');
  if (r.variants) {
    const name = control ?? Object.entries(r.variants).sort((a, b) => b[1].weight - a[1].weight)[0][0];
    const v = r.variants[name];
    if (!v) throw new InvalidRequestError(`route ${route} has no variant "${name}"; variants: ${Object.keys(r.variants).join(', ')}`, 'control');
    return { control: name, variant: { ...v, system_prompt: v.system_prompt ?? r.system_prompt } };
  }
  if (!r.model) throw new InvalidRequestError(`route ${route} chooses cheap or strong per turn; optimize a route served by one model or by variants`, 'route');
  if (control && control !== BASELINE) throw new InvalidRequestError(`route ${route} has no variants; its current configuration is called "${BASELINE}"`, 'control');
  return { control: BASELINE, variant: { weight: 1, model: r.model, ...(r.system_prompt ? { system_prompt: r.system_prompt } : {}) } };
}

/** The config with `candidate` added at weight 0 (a plain route gets variants); nothing else changes. */
export function withCandidate(config: Config, route: string, base: Base, candidate: string, variant: VariantConfig): Config {
  const r = config.routes[route];
  const variants: Record<string, VariantConfig> = r.variants ? { ...r.variants } : { [BASELINE]: base.variant };
  if (variants[candidate]) throw new InvalidRequestError(`route ${route} already has a variant "${candidate}"; choose another --name`, 'name');
  variants[candidate] = { ...variant, weight: 0 };
  const { model: _m, ...rest } = r;
  return { ...config, routes: { ...config.routes, [route]: { ...rest, variants } } };
}

/** The variant as it is written into YAML: defaults that say nothing are left out. */
export function variantFragment(v: VariantConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { weight: v.weight, model: v.model };
  if (v.system_prompt) out.system_prompt = v.system_prompt;
  if (v.params) out.params = v.params;
  if (v.examples) out.examples = v.examples;
  if (v.demonstrations?.length) out.demonstrations = v.demonstrations;
  return out;
}
