import { ProviderError } from '../core/errors.js';
import type { EmbeddingRequest, EmbeddingResponse } from '../core/types.js';
import type { ProviderTarget } from './types.js';
import { malformed, postJson, readJson, statusError } from './http.js';
import type { CallSignal } from './call-signal.js';

// Gemini models/{model}:batchEmbedContents: one request per input, `outputDimensionality` for
// `dimensions`. One call serves a single input as well as many (embedContent would only add a
// second code path). Gemini reports no token counts, so usage is an estimate (4 characters a token).

export async function geminiEmbed(url: string, headers: Record<string, string>, target: ProviderTarget, request: EmbeddingRequest, signal: CallSignal): Promise<EmbeddingResponse> {
  const model = `models/${target.model.replace(/^models\//, '')}`;
  const texts = request.input.map((item, i) => {
    if (typeof item === 'string') return item;
    throw new ProviderError(`${target.providerName}: Gemini embeddings take text, not token ids (input[${i}])`, { kind: 'bad_request', provider: target.providerName });
  });
  const requests = texts.map((text) => ({
    model,
    content: { parts: [{ text }] },
    ...(request.dimensions !== undefined ? { outputDimensionality: request.dimensions } : {}),
  }));
  const res = await postJson(url, headers, JSON.stringify({ requests }), signal, target);
  if (res.statusCode >= 300) throw await statusError(res, signal, target);
  const json = await readJson(res, signal, target);
  const embeddings = json.embeddings;
  if (!Array.isArray(embeddings) || embeddings.length !== texts.length) {
    throw malformed(target, `expected ${texts.length} embeddings, got ${Array.isArray(embeddings) ? embeddings.length : 'none'}`, res.statusCode);
  }
  const vectors = embeddings.map((e: { values?: unknown }, i) => {
    if (!Array.isArray(e?.values) || !e.values.every((x) => typeof x === 'number')) throw malformed(target, `embeddings[${i}].values is not a list of numbers`, res.statusCode);
    return e.values as number[];
  });
  const tokens = texts.reduce((n, t) => n + Math.max(1, Math.ceil(t.length / 4)), 0);
  return { model: target.model, vectors, usage: { prompt_tokens: tokens, total_tokens: tokens }, usage_estimated: true };
}
