import type { EmbeddingResponse } from '../../core/types.js';
import { float32ToBase64 } from '../../core/vectors.js';

/** OpenAI's embeddings list; base64 vectors are little-endian float32, as the OpenAI SDKs decode them. */
export function renderEmbeddings(r: EmbeddingResponse, model: string, format: 'float' | 'base64' = 'float'): Record<string, unknown> {
  return {
    object: 'list',
    data: r.vectors.map((v, index) => ({ object: 'embedding', index, embedding: format === 'base64' ? float32ToBase64(v) : v })),
    model,
    usage: { prompt_tokens: r.usage?.prompt_tokens ?? 0, total_tokens: r.usage?.total_tokens ?? 0 },
  };
}
