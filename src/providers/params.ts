import type { ChatRequest } from '../core/types.js';

// Target params use the normalized (OpenAI) vocabulary where one exists; anything else is a
// provider-specific field the adapter places into its own body (e.g. Anthropic `thinking`).
const NORMALIZED = new Set<string>([
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'temperature',
  'top_p',
  'max_tokens',
  'stop',
  'response_format',
  'seed',
  'presence_penalty',
  'frequency_penalty',
  'user',
]);

export function applyParams(request: ChatRequest, params: Record<string, unknown> | undefined): { request: ChatRequest; native?: Record<string, unknown> } {
  if (!params) return { request };
  const out: Record<string, unknown> = { ...request };
  let native: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (NORMALIZED.has(k)) out[k] = v;
    else (native ??= {})[k] = v;
  }
  return { request: out as unknown as ChatRequest, native };
}

/** data:image/png;base64,XXXX -> { mediaType, data }, or undefined for other URLs. */
export function parseDataUrl(url: string): { mediaType: string; data: string } | undefined {
  const m = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s.exec(url);
  return m ? { mediaType: m[1], data: m[2] } : undefined;
}

/** The instruction a provider without a native JSON mode gets. */
export function jsonInstruction(request: ChatRequest): string | undefined {
  const f = request.response_format;
  if (!f || f.type === 'text') return undefined;
  if (f.type === 'json_object') return 'Respond with a single valid JSON object and nothing else: no prose, no code fences.';
  const schema = f.json_schema.schema ? ` It must conform to this JSON Schema:\n${JSON.stringify(f.json_schema.schema)}` : '';
  return `Respond with a single valid JSON value named "${f.json_schema.name}" and nothing else: no prose, no code fences.${schema}`;
}
