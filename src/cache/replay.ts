import type { ChatResponse, StreamChunk } from '../core/types.js';

// A cached response replayed as the normalized chunks a provider stream would have produced, so
// every surface renders it in its own wire format (OpenAI SSE, Anthropic events, Responses events).

const PIECE = 256;

function* replayChunks(response: ChatResponse): Generator<StreamChunk> {
  yield { type: 'meta', model: response.model, upstream_id: response.upstream_id };
  const m = response.message;
  if (m.reasoning) for (const piece of pieces(m.reasoning)) yield { type: 'delta', reasoning: piece };
  if (m.content) for (const piece of pieces(m.content)) yield { type: 'delta', content: piece };
  for (const [index, c] of (m.tool_calls ?? []).entries()) {
    yield { type: 'delta', tool_calls: [{ index, id: c.id, name: c.function.name, arguments: c.function.arguments }] };
  }
  // A stream needs at least one delta before the finish.
  if (!m.reasoning && !m.content && !m.tool_calls?.length) yield { type: 'delta', content: '' };
  yield { type: 'finish', finish_reason: response.finish_reason };
  if (response.usage) yield { type: 'usage', usage: response.usage };
}

function* pieces(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += PIECE) yield text.slice(i, i + PIECE);
}

/**
 * The chunks of a cache hit for a streaming client: fed through `assembled` like a live stream,
 * and `done` is called once with how it ended (the gateway records the inference then).
 */
export async function* replayStream(
  response: ChatResponse,
  assembled: { push(c: StreamChunk): void },
  signal: AbortSignal,
  done: (status: 'ok' | 'aborted') => void | Promise<void>,
): AsyncGenerator<StreamChunk> {
  try {
    for (const chunk of replayChunks(response)) {
      if (signal.aborted) break;
      assembled.push(chunk);
      yield chunk;
    }
  } finally {
    await done(signal.aborted ? 'aborted' : 'ok');
  }
}
