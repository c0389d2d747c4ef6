import type { Usage } from '../core/types.js';
import type { RuntimeTarget } from './targets.js';

// What an inference cost, from the target's per-million prices. Prompt-cache reads and writes
// have their own prices where configured (Anthropic bills reads at ~10% and writes at ~125% of
// input); without them they cost what other input tokens cost.
export function costOf(target: RuntimeTarget, usage: Usage | undefined): number | null {
  if (!usage) return null;
  const t = target.config;
  if (t.usd_per_1m_input_tokens !== undefined || t.usd_per_1m_output_tokens !== undefined || t.usd_per_1m_cached_input_tokens !== undefined) {
    const input = t.usd_per_1m_input_tokens ?? 0;
    const cached = usage.cached_input_tokens ?? 0;
    const created = usage.cache_creation_input_tokens ?? 0;
    const fresh = Math.max(0, usage.prompt_tokens - cached - created);
    return (
      fresh * input +
      cached * (t.usd_per_1m_cached_input_tokens ?? input) +
      created * (t.usd_per_1m_cache_creation_input_tokens ?? input) +
      usage.completion_tokens * (t.usd_per_1m_output_tokens ?? 0)
    ) / 1e6;
  }
  const p = target.provider.config;
  if (p.type === 'simulated' && p.usd_per_1k_tokens > 0) return (usage.total_tokens * p.usd_per_1k_tokens) / 1000;
  return null;
}
