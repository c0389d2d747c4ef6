import type { Attributes } from '@opentelemetry/api';
import type { ChatRequest, ChatResponse } from '../core/types.js';
import type { AttemptLog } from '../routing/attempts.js';
import type { InferenceRecord } from '../store/types.js';

// Span attributes in the OpenTelemetry GenAI semantic conventions (gen_ai.*), plus Switchyard's
// own facts under switchyard.*. The incubating gen_ai names are spelled out here, as the
// semantic-conventions package advises for incubating attributes. No prompt or response text is
// ever put on a span.

const SYSTEM: Record<string, string> = { openai: 'openai', anthropic: 'anthropic', gemini: 'gcp.gemini', simulated: 'switchyard.simulated' };

function systemOf(providerType: string | undefined): string {
  return providerType ? (SYSTEM[providerType] ?? providerType) : '_OTHER';
}

export function inferenceAttributes(record: InferenceRecord, providerType: string | undefined): Attributes {
  const chat = record.kind !== 'embedding';
  const req = record.request as Partial<ChatRequest>;
  const res = chat ? (record.response as Partial<ChatResponse> | null) : null;
  const system = systemOf(providerType);
  const a: Attributes = {
    'gen_ai.operation.name': chat ? 'chat' : 'embeddings',
    'gen_ai.system': system,
    'gen_ai.provider.name': system,
    'gen_ai.request.model': record.upstream_model ?? record.model ?? req.model ?? '',
    'switchyard.inference_id': record.id,
    'switchyard.stream': record.stream,
    'switchyard.status': record.status,
    'switchyard.attempts': record.attempts_count,
  };
  set(a, 'gen_ai.request.temperature', req.temperature);
  set(a, 'gen_ai.request.top_p', req.top_p);
  set(a, 'gen_ai.request.max_tokens', req.max_tokens);
  set(a, 'gen_ai.request.seed', req.seed);
  set(a, 'gen_ai.request.presence_penalty', req.presence_penalty);
  set(a, 'gen_ai.request.frequency_penalty', req.frequency_penalty);
  if (req.stop !== undefined) a['gen_ai.request.stop_sequences'] = Array.isArray(req.stop) ? req.stop : [req.stop];
  set(a, 'gen_ai.response.model', res?.model || undefined);
  set(a, 'gen_ai.response.id', res?.upstream_id);
  if (res?.finish_reason) a['gen_ai.response.finish_reasons'] = [res.finish_reason];
  set(a, 'gen_ai.usage.input_tokens', record.usage?.prompt_tokens);
  set(a, 'gen_ai.usage.output_tokens', record.usage?.completion_tokens);
  set(a, 'gen_ai.conversation.id', record.session_id ?? undefined);
  set(a, 'switchyard.route', record.route ?? undefined);
  set(a, 'switchyard.model', record.model ?? undefined);
  set(a, 'switchyard.variant', record.variant ?? undefined);
  set(a, 'switchyard.provider', record.provider ?? undefined);
  set(a, 'switchyard.cache', record.cache ?? undefined);
  set(a, 'switchyard.cost_usd', record.cost_usd ?? undefined);
  set(a, 'switchyard.ttft_ms', record.ttft_ms ?? undefined);
  if (record.status !== 'ok') a['error.type'] = record.status;
  return a;
}

export function attemptAttributes(attempt: AttemptLog, providerType: string | undefined, operation: string): Attributes {
  const system = systemOf(providerType);
  const a: Attributes = {
    'gen_ai.operation.name': operation,
    'gen_ai.system': system,
    'gen_ai.provider.name': system,
    'gen_ai.request.model': attempt.upstream_model,
    'switchyard.provider': attempt.provider,
    'switchyard.target_index': attempt.target_index,
    'switchyard.retry': attempt.retry,
    'switchyard.outcome': attempt.outcome,
  };
  set(a, 'http.response.status_code', attempt.status_code ?? undefined);
  set(a, 'error.type', attempt.error_kind ?? undefined);
  set(a, 'switchyard.next_reason', attempt.next_reason ?? undefined);
  set(a, 'switchyard.ttft_ms', attempt.ttft_ms ?? undefined);
  return a;
}

function set(a: Attributes, key: string, v: string | number | boolean | undefined | null): void {
  if (v !== undefined && v !== null) a[key] = v;
}
