import { parseInput } from '../core/validate.js';
import { z } from 'zod';
import type { MetricConfig } from '../config/metrics-schema.js';
import { InvalidRequestError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import type { ChatMessage } from '../core/types.js';
import type { FeedbackRecord, FeedbackTargetType } from '../store/feedback-types.js';
import type { Store } from '../store/types.js';

// Turns a feedback request into a stored row: checks the metric declaration, the value's type,
// the level, and that the target exists. `comment` and `demonstration` are built in (TensorZero's
// convention, so its clients port over).

const BUILTIN_METRICS = ['comment', 'demonstration'] as const;

const bodySchema = z
  .object({
    metric_name: z.string().min(1),
    value: z.unknown(),
    inference_id: z.string().min(1).optional(),
    episode_id: z.string().min(1).optional(),
    idempotency_key: z.string().min(1).max(200).optional(),
    tags: z.record(z.string(), z.string()).optional(),
  })
  .strict();

type FeedbackBody = z.infer<typeof bodySchema>;

const toolCall = z.object({ id: z.string(), type: z.literal('function'), function: z.object({ name: z.string(), arguments: z.string() }) });
const demonstrationSchema = z.union([
  z.string(),
  z.object({ role: z.literal('assistant').optional(), content: z.string().nullable().optional(), tool_calls: z.array(toolCall).optional() }).strict(),
]);

export function parseFeedbackBody(body: unknown): FeedbackBody {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new InvalidRequestError('request body must be a JSON object', 'body');
  const parsed = parseInput(bodySchema, body);
  if (!('value' in body)) throw new InvalidRequestError('value is required', 'value');
  return parsed;
}

/** Normalizes a demonstration value to the assistant message it stands for. */
function demonstrationMessage(value: unknown): ChatMessage {
  const r = demonstrationSchema.safeParse(value);
  if (!r.success) throw new InvalidRequestError('value: a demonstration is a string or an assistant message {content, tool_calls}', 'value');
  if (typeof r.data === 'string') return { role: 'assistant', content: r.data };
  const m: ChatMessage = { role: 'assistant', content: r.data.content ?? null };
  if (r.data.tool_calls?.length) m.tool_calls = r.data.tool_calls;
  if (m.content === null && !m.tool_calls) throw new InvalidRequestError('value: a demonstration needs content or tool_calls', 'value');
  return m;
}

export async function buildFeedback(body: FeedbackBody, metrics: Record<string, MetricConfig>, store: Store): Promise<FeedbackRecord> {
  if ((body.inference_id === undefined) === (body.episode_id === undefined)) {
    throw new InvalidRequestError('give exactly one of inference_id or episode_id', body.inference_id ? 'episode_id' : 'inference_id');
  }
  const targetType: FeedbackTargetType = body.inference_id ? 'inference' : 'episode';
  const targetField = `${targetType}_id`;
  const targetId = (body.inference_id ?? body.episode_id)!;
  const name = body.metric_name;
  let value: number | null = null;
  let raw: unknown = body.value;

  if (name === 'comment') {
    if (typeof body.value !== 'string') throw new InvalidRequestError('value: a comment must be a string', 'value');
  } else if (name === 'demonstration') {
    if (targetType !== 'inference') throw new InvalidRequestError('demonstration feedback is inference-level: give inference_id', 'episode_id');
    raw = demonstrationMessage(body.value);
  } else {
    const metric = Object.hasOwn(metrics, name) ? metrics[name] : undefined;
    if (!metric) {
      const known = [...Object.keys(metrics), ...BUILTIN_METRICS].join(', ');
      throw new InvalidRequestError(`unknown metric "${name}" (declared: ${known})`, 'metric_name');
    }
    if (metric.type === 'boolean') {
      if (typeof body.value !== 'boolean') throw new InvalidRequestError(`value: metric "${name}" is boolean, got ${typeName(body.value)}`, 'value');
      value = body.value ? 1 : 0;
    } else {
      if (typeof body.value !== 'number' || !Number.isFinite(body.value)) throw new InvalidRequestError(`value: metric "${name}" is a float, got ${typeName(body.value)}`, 'value');
      value = body.value;
    }
    if (metric.level !== targetType) {
      throw new InvalidRequestError(`metric "${name}" is ${metric.level}-level: give ${metric.level}_id, not ${targetField}`, targetField);
    }
  }

  if (!(await targetExists(store, targetType, targetId))) {
    throw new NotFoundError(`no ${targetType === 'inference' ? 'inference' : 'episode'} ${targetId}`, targetField);
  }
  return {
    id: newId(),
    created_at: new Date().toISOString(),
    metric_name: name,
    target_type: targetType,
    target_id: targetId,
    value,
    raw,
    idempotency_key: body.idempotency_key ?? null,
    tags: body.tags ?? null,
  };
}

async function targetExists(store: Store, type: FeedbackTargetType, id: string): Promise<boolean> {
  const check = () => (type === 'inference' ? store.getInference(id).then((r) => r !== null) : store.feedback.episodeExists(id));
  // A just-finished inference may still sit in the write batch: flush once before saying 404.
  if (await check()) return true;
  await store.flush();
  return check();
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
