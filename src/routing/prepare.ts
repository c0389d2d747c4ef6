import { withShots } from '../core/examples.js';
import type { ChatRequest } from '../core/types.js';
import type { NativeRequest } from '../providers/types.js';
import { nativeField } from '../providers/client-native.js';
import { responsesParams } from '../providers/openai/responses-forward.js';
import type { Plan } from './resolve.js';
import type { RuntimeTarget } from './targets.js';

/** The request one target receives: route/variant prompt and parameters applied, provider quirks honoured. */
export function requestForTarget(request: ChatRequest, plan: Plan, target: RuntimeTarget): ChatRequest {
  const out: ChatRequest = { ...request, model: target.provider.model };
  if (plan.systemPrompt) {
    const hasSystem = request.messages[0]?.role === 'system' || request.messages[0]?.role === 'developer';
    out.messages = hasSystem
      ? request.messages
      : [{ role: 'system', content: plan.systemPrompt }, ...request.messages];
  }
  // After the system prompt, so a variant's examples never stop its system prompt from applying.
  if (plan.shots?.length) out.messages = withShots(out.messages, plan.shots, plan.examples?.as ?? 'system');
  if (plan.params) Object.assign(out, plan.params);
  if (request.extra) out.extra = withProviderPreferences(request.extra, target);
  else if (isOpenRouter(target) && target.config.provider_preferences) out.extra = withProviderPreferences({}, target);
  return out;
}

function isOpenRouter(target: RuntimeTarget): boolean {
  const cfg = target.provider.config;
  return cfg.type === 'openai' && (cfg.preset === 'openrouter' || (cfg.base_url ?? '').includes('openrouter.ai'));
}

/**
 * OpenRouter's `provider` object: the target's provider_preferences with the client's keys over
 * them. Other servers never see it (it means nothing to them and some reject unknown fields).
 */
function withProviderPreferences(fields: Record<string, unknown>, target: RuntimeTarget): Record<string, unknown> {
  const clientPrefs = fields.provider as Record<string, unknown> | undefined;
  if (isOpenRouter(target)) {
    if (!target.config.provider_preferences && clientPrefs === undefined) return fields;
    return { ...fields, provider: { ...target.config.provider_preferences, ...clientPrefs } };
  }
  if (clientPrefs === undefined) return fields;
  const { provider: _dropped, ...rest } = fields;
  return rest;
}

/**
 * The client's own body for a same-format target: the route/variant system prompt (when the
 * client sent none) and variant params applied; the adapter sets the model and target params.
 */
export function nativeForTarget(native: NativeRequest, plan: Plan, target: RuntimeTarget): NativeRequest {
  const openRouterFix = native.format === 'openai-chat' && (nativeField(native, 'provider') !== undefined || (isOpenRouter(target) && target.config.provider_preferences));
  if (!plan.systemPrompt && !plan.params && !openRouterFix) return native;
  const body: Record<string, unknown> = openRouterFix ? withProviderPreferences(native.body, target) : { ...native.body };
  if (plan.systemPrompt) {
    if (native.format === 'anthropic') body.system ??= plan.systemPrompt;
    else if (native.format === 'openai-responses') body.instructions ??= plan.systemPrompt;
    else {
      const messages = (body.messages ?? []) as { role?: string }[];
      const hasSystem = messages[0]?.role === 'system' || messages[0]?.role === 'developer';
      if (!hasSystem) body.messages = [{ role: 'system', content: plan.systemPrompt }, ...messages];
    }
  }
  if (plan.params) Object.assign(body, native.format === 'openai-responses' ? responsesParams(plan.params) : plan.params);
  return { format: native.format, headers: native.headers, body }; // the client's text no longer matches
}
