import { parseInput } from '../core/validate.js';
import { z } from 'zod';
import { InvalidRequestError } from '../core/errors.js';
import type { InferenceQuery } from '../store/types.js';

// Query-string filters for listing inferences (HTTP and CLI share them).

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO-8601 time');

const inferenceFilterSchema = z
  .object({
    route: z.string().optional(),
    model: z.string().optional(),
    variant: z.string().optional(),
    session_id: z.string().optional(),
    episode_id: z.string().optional(),
    status: z.enum(['ok', 'error', 'aborted', 'interrupted']).optional(),
    since: iso.optional(),
    until: iso.optional(),
    metric: z.string().optional(),
    metric_value: z.string().optional(),
    cursor: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    order: z.enum(['asc', 'desc']).optional(),
  })
  .strict();

export function parseInferenceFilter(input: unknown): InferenceQuery {
  const f = parseInput(inferenceFilterSchema, input ?? {}, 'query');
  const q: InferenceQuery = {};
  for (const k of ['route', 'model', 'variant', 'status', 'cursor', 'limit', 'order'] as const) if (f[k] !== undefined) (q as Record<string, unknown>)[k] = f[k];
  if (f.session_id ?? f.episode_id) q.session_id = f.session_id ?? f.episode_id;
  if (f.since) q.since = new Date(f.since).toISOString();
  if (f.until) q.until = new Date(f.until).toISOString();
  if (f.metric_value !== undefined && f.metric === undefined) throw new InvalidRequestError('metric_value needs metric', 'metric_value');
  if (f.metric) {
    q.metric = { name: f.metric };
    if (f.metric_value !== undefined) q.metric.value = parseMetricValue(f.metric_value);
  }
  return q;
}

function parseMetricValue(s: string): number | boolean {
  if (s === 'true') return true;
  if (s === 'false') return false;
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n)) throw new InvalidRequestError(`metric_value must be true, false or a number, got "${s}"`, 'metric_value');
  return n;
}
