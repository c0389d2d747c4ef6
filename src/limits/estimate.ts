import type { ChatRequest } from '../core/types.js';
import { textOf } from '../core/types.js';

// The tokens a request reserves before it runs (tokens_per_minute); corrected from the usage
// once it is known. About 4 characters per token, as providers' own rough estimates use.

export function estimateTokens(request: ChatRequest, outputEstimate: number): number {
  let chars = 0;
  for (const m of request.messages) {
    chars += textOf(m.content).length;
    for (const c of m.tool_calls ?? []) chars += c.function.name.length + c.function.arguments.length;
  }
  for (const t of request.tools ?? []) chars += JSON.stringify(t).length;
  const output = Math.min(request.max_tokens ?? outputEstimate, outputEstimate);
  return Math.ceil(chars / 4) + output;
}
