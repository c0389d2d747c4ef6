import { createHash } from 'node:crypto';
import type { EmbeddingRequest, EmbeddingResponse } from '../../core/types.js';
import type { SimulatedProviderConfig } from '../../config/schema.js';
import type { ProviderTarget } from '../types.js';

// Deterministic embeddings with no model: each input's vector comes from SHA-256 of the model
// name, the seed and the text, stretched to the wanted dimensions and L2-normalized. The same text
// always gives the same vector, different texts (almost surely) different ones.

export function simulatedEmbed(target: ProviderTarget, request: EmbeddingRequest): EmbeddingResponse {
  const cfg = target.config as SimulatedProviderConfig;
  const dims = request.dimensions ?? cfg.embedding_dimensions;
  const vectors = request.input.map((item) => vectorFor(`${target.model}\0${cfg.seed}\0${typeof item === 'string' ? item : JSON.stringify(item)}`, dims));
  const tokens = request.input.reduce<number>((n, item) => n + (typeof item === 'string' ? Math.max(1, Math.ceil(item.length / 4)) : item.length), 0);
  return { model: target.model, vectors, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

function vectorFor(key: string, dims: number): number[] {
  const out = new Array<number>(dims);
  let block = Buffer.alloc(0);
  for (let i = 0, counter = 0; i < dims; i++) {
    const at = (i * 4) % 32;
    if (at === 0) block = createHash('sha256').update(`${counter++}\0${key}`).digest();
    out[i] = block.readUInt32LE(at) / 0xffffffff - 0.5;
  }
  const norm = Math.sqrt(out.reduce((s, v) => s + v * v, 0)) || 1;
  return out.map((v) => v / norm);
}
