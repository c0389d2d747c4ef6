import type { ContentPart } from '../../core/types.js';
import type { NativeRequest } from '../../providers/types.js';
import type { AppContext } from '../context.js';
import { parseCountTokensBody } from './request.js';

// POST /v1/messages/count_tokens. Anthropic targets count for real (the request goes to the
// first Anthropic target of the route or alias); for every other target the answer is an
// estimate, and says so (x-switchyard-estimate: true), because tokenizers differ by model.

// Roughly 3.5 characters per token in English prose and code; images and documents by size class.
const CHARS_PER_TOKEN = 3.5;
const TOKENS_PER_ATTACHMENT = 1600;

export async function countTokens(ctx: AppContext, raw: unknown, headers: Record<string, string>): Promise<{ body: { input_tokens: number }; estimate: boolean }> {
  const { request, body } = parseCountTokensBody(raw);
  const native: NativeRequest = { format: 'anthropic', body, headers };
  const counted = await ctx.gateway.countTokens(request, {}, native).catch((err: unknown) => {
    ctx.logger.info({ err: (err as Error).message }, 'count_tokens: upstream count failed; estimating');
    return undefined;
  });
  if (counted) return { body: { input_tokens: counted.tokens }, estimate: false };
  return { body: { input_tokens: estimateTokens(request.messages, request.tools) }, estimate: true };
}

function estimateTokens(messages: { content: string | ContentPart[] | null; tool_calls?: unknown[] }[], tools: unknown[] | undefined): number {
  let chars = tools ? JSON.stringify(tools).length : 0;
  let attachments = 0;
  for (const m of messages) {
    if (typeof m.content === 'string') chars += m.content.length;
    else for (const p of m.content ?? []) {
      if (p.type === 'text') chars += p.text.length;
      else attachments++;
    }
    if (m.tool_calls) chars += JSON.stringify(m.tool_calls).length;
    chars += 4; // role and turn markers
  }
  return Math.max(1, Math.ceil(chars / CHARS_PER_TOKEN) + attachments * TOKENS_PER_ATTACHMENT);
}

