import { z } from 'zod';

// Feedback metrics a deployment declares. `comment` and `demonstration` are built in
// (TensorZero's convention) and need no declaration.
export const metricSchema = z
  .object({
    type: z.enum(['boolean', 'float']),
    optimize: z.enum(['max', 'min']).default('max'),
    level: z.enum(['inference', 'episode']).default('inference'),
    description: z.string().optional(),
  })
  .strict();

export const metricsConfigSchema = z.record(z.string(), metricSchema);
export type MetricConfig = z.output<typeof metricSchema>;
