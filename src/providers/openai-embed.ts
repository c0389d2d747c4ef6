import type { EmbeddingRequest, EmbeddingResponse } from '../core/types.js';
import { base64ToFloat32 } from '../core/vectors.js';
import type { ProviderTarget } from './types.js';
import { malformed, postJson, readJson, statusError } from './http.js';
import type { CallSignal } from './call-signal.js';

// POST /v1/embeddings on OpenAI and compatible servers (vLLM, Ollama, llama.cpp, Together...).
// Vectors are always asked for as floats: not every server can send base64, and the gateway
// encodes for the client itself. A server that sends base64 anyway is decoded.

export async function openAiEmbed(url: string, headers: Record<string, string>, target: ProviderTarget, request: EmbeddingRequest, signal: CallSignal): Promise<EmbeddingResponse> {
  const body: Record<string, unknown> = { model: target.model, input: request.input, encoding_format: 'float' };
  if (request.dimensions !== undefined) body.dimensions = request.dimensions;
  if (request.user !== undefined) body.user = request.user;
  const res = await postJson(url, headers, JSON.stringify(body), signal, target);
  if (res.statusCode >= 300) throw await statusError(res, signal, target);
  const json = await readJson(res, signal, target);
  const data = json.data;
  if (!Array.isArray(data)) throw malformed(target, 'embeddings response has no data array', res.statusCode);
  const vectors: number[][] = new Array(data.length);
  data.forEach((item: { embedding?: unknown; index?: unknown }, pos) => {
    const index = typeof item?.index === 'number' ? item.index : pos;
    const v = item?.embedding;
    if (typeof v === 'string') vectors[index] = base64ToFloat32(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'number')) vectors[index] = v;
    else throw malformed(target, `data[${pos}].embedding is not a list of numbers`, res.statusCode);
  });
  if (vectors.length !== request.input.length || vectors.some((v) => v === undefined)) {
    throw malformed(target, `expected ${request.input.length} embeddings, got ${data.length}`, res.statusCode);
  }
  const usage = json.usage as { prompt_tokens?: number; total_tokens?: number } | undefined;
  const prompt = typeof usage?.prompt_tokens === 'number' ? usage.prompt_tokens : undefined;
  return {
    model: typeof json.model === 'string' ? json.model : target.model,
    vectors,
    usage: prompt !== undefined ? { prompt_tokens: prompt, total_tokens: typeof usage?.total_tokens === 'number' ? usage.total_tokens : prompt } : undefined,
  };
}
