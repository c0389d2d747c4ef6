import { withShots } from '../core/examples.js';
import type { ChatRequest } from '../core/types.js';
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
