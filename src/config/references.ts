import type { ConfigIssue } from '../core/errors.js';
import type { Config } from './schema.js';
import { envRefName } from './secret.js';
import { checkLimitReferences } from './limits-schema.js';

// Cross-references the schema alone cannot check: routes name models, models name providers,
// variants name models, and credentials name environment variables.
export function checkReferences(config: Config, env: NodeJS.ProcessEnv): { errors: ConfigIssue[]; warnings: string[] } {
  const errors: ConfigIssue[] = [];
  const warnings: string[] = [];
  const providers = Object.keys(config.providers);
  const models = Object.keys(config.models);

  for (const [name, model] of Object.entries(config.models)) {
    model.targets.forEach((t, i) => {
      if (!config.providers[t.provider]) {
        errors.push({ path: `models.${name}.targets[${i}].provider`, message: `unknown provider "${t.provider}"`, hint: `defined providers: ${providers.join(', ') || 'none'}` });
      }
    });
  }
  const modelRef = (path: string, ref: string | undefined) => {
    if (ref && !config.models[ref]) errors.push({ path, message: `unknown model "${ref}"`, hint: `defined models: ${models.join(', ') || 'none'}` });
  };
  for (const [name, route] of Object.entries(config.routes)) {
    if (config.models[name]) errors.push({ path: `routes.${name}`, message: `route name "${name}" is also a model name; clients could not tell them apart` });
    modelRef(`routes.${name}.model`, route.model);
    modelRef(`routes.${name}.strong`, route.strong);
    modelRef(`routes.${name}.cheap`, route.cheap);
    for (const [v, variant] of Object.entries(route.variants ?? {})) {
      modelRef(`routes.${name}.variants.${v}.model`, variant.model);
      const ex = variant.examples;
      const at = `routes.${name}.variants.${v}.examples`;
      if (ex?.source.route && !config.routes[ex.source.route]) errors.push({ path: `${at}.source.route`, message: `unknown route "${ex.source.route}"` });
      if (ex && !config.metrics[ex.source.metric]) errors.push({ path: `${at}.source.metric`, message: `unknown metric "${ex.source.metric}"`, hint: `declare it under metrics (declared: ${Object.keys(config.metrics).join(', ') || 'none'})` });
      if (ex?.embedding_model && !config.routes[ex.embedding_model] && !config.models[ex.embedding_model]) errors.push({ path: `${at}.embedding_model`, message: `unknown route or model "${ex.embedding_model}"` });
    }
    if (route.variants) {
      const total = Object.values(route.variants).reduce((s, v) => s + v.weight, 0);
      if (Math.abs(total - 1) > 1e-6) errors.push({ path: `routes.${name}.variants`, message: `variant weights must add up to 1 (they add up to ${total})` });
    }
    if (route.shadow && !route.variants?.[route.shadow.variant]) {
      errors.push({ path: `routes.${name}.shadow.variant`, message: `unknown variant "${route.shadow.variant}"` });
    }
    if (route.rollout) {
      for (const key of ['candidate', 'control'] as const) {
        if (!route.variants?.[route.rollout[key]]) errors.push({ path: `routes.${name}.rollout.${key}`, message: `unknown variant "${route.rollout[key]}"` });
      }
    }
  }
  errors.push(...checkLimitReferences(config.limits, { keys: config.server.api_keys, routes: Object.keys(config.routes), models }));
  const names = [...Object.keys(config.routes), ...models];
  for (const [alias, target] of Object.entries(config.model_aliases)) {
    const path = `model_aliases["${alias}"]`;
    if (!config.routes[target] && !config.models[target]) {
      errors.push({ path, message: `alias "${alias}" maps to unknown route or model "${target}"`, hint: `routes and models: ${names.join(', ') || 'none'}` });
    }
    if (config.routes[alias] || config.models[alias]) {
      errors.push({ path, message: `alias "${alias}" is also a route or model name; the alias would never be used` });
    }
  }
  const checkEnv = (path: string, ref: string | undefined) => {
    const v = ref ? envRefName(ref) : undefined;
    if (v && !env[v]) warnings.push(`${path}: environment variable ${v} is not set`);
  };
  for (const [name, p] of Object.entries(config.providers)) if ('api_key' in p) checkEnv(`providers.${name}.api_key`, p.api_key);
  config.server.api_keys.forEach((k, i) => checkEnv(`server.api_keys[${i}]`, k));
  config.server.admin_tokens.forEach((k, i) => checkEnv(`server.admin_tokens[${i}]`, k));
  config.server.approver_tokens.forEach((k, i) => checkEnv(`server.approver_tokens[${i}]`, k));
  if (config.storage.url) checkEnv('storage.url', config.storage.url);
  if (config.limits.redis_url) checkEnv('limits.redis_url', config.limits.redis_url);
  return { errors, warnings };
}
