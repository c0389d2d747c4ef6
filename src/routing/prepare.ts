import type { ChatRequest } from '../core/types.js';
import type { NativeRequest } from '../providers/types.js';
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
  if (plan.params) Object.assign(out, plan.params);
  const cfg = target.provider.config;
  const isOpenRouter = cfg.type === 'openai' && (cfg.preset === 'openrouter' || (cfg.base_url ?? '').includes('openrouter.ai'));
  const clientPrefs = request.extra?.provider;
  if (isOpenRouter && (target.config.provider_preferences || clientPrefs)) {
    out.extra = {
      ...request.extra,
      provider: { ...target.config.provider_preferences, ...(clientPrefs as Record<string, unknown> | undefined) },
    };
  } else if (clientPrefs !== undefined && request.extra) {
    // OpenRouter's `provider` object means nothing to other servers and some reject unknown fields.
    const { provider: _dropped, ...rest } = request.extra;
    out.extra = rest;
  }
  return out;
}

/**
 * The client's own body for a same-format target: the route/variant system prompt (when the
 * client sent none) and variant params applied; the adapter sets the model and target params.
 */
export function nativeForTarget(native: NativeRequest, plan: Plan): NativeRequest {
  if (!plan.systemPrompt && !plan.params) return native;
  const body: Record<string, unknown> = { ...native.body };
  if (plan.systemPrompt) {
    if (native.format === 'anthropic') body.system ??= plan.systemPrompt;
    else {
      const messages = (body.messages ?? []) as { role?: string }[];
      const hasSystem = messages[0]?.role === 'system' || messages[0]?.role === 'developer';
      if (!hasSystem) body.messages = [{ role: 'system', content: plan.systemPrompt }, ...messages];
    }
  }
  if (plan.params) Object.assign(body, plan.params);
  return { ...native, body };
}
