import { createHash } from 'node:crypto';
import { stableJson } from '../core/stable-json.js';
import type { ChatRequest } from '../core/types.js';
import type { Plan } from '../routing/resolve.js';

// The cache key: a hash of the request as routing will send it. The model is the Switchyard model
// chosen after routing (a canary variant or the cheap tier is a different key), the variant's
// prompt and parameters are part of it, and fields that do not change the answer (stream,
// stream_options, user) are not.

const IGNORED = new Set(['model', 'stream', 'stream_options', 'user']);

export function cacheKey(request: ChatRequest, plan: Plan): string {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(request)) if (!IGNORED.has(k) && v !== undefined) fields[k] = v;
  const doc = {
    v: 1,
    model: plan.model.name,
    route: plan.route,
    variant: plan.variant,
    system_prompt: plan.systemPrompt ?? null,
    params: plan.params ?? null,
    only: plan.only ?? null,
    // Retrieved examples change what the provider sees; absent when none, so other keys stay as they were.
    ...(plan.shots?.length ? { shots: plan.shots } : {}),
    request: fields,
  };
  return createHash('sha256').update(stableJson(doc)).digest('base64url');
}
