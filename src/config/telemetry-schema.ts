import { z } from 'zod';
import { ENV_REF } from './secret.js';

// OpenTelemetry export. Off unless otlp_endpoint is set; then every inference becomes a trace
// (GenAI semantic conventions) sent over OTLP/HTTP.

export const telemetryConfigSchema = z
  .object({
    otlp_endpoint: z.string().url().optional().describe('OTLP/HTTP traces URL, e.g. http://collector:4318/v1/traces; unset = telemetry off'),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe('headers sent with every export; values may be env:VAR references (API keys of hosted backends)'),
    service_name: z.string().min(1).default('switchyard'),
    sample_ratio: z.number().min(0).max(1).default(1).describe('share of traces started here that are kept; a sampled client traceparent is always followed'),
  })
  .strict();

/** Header values with env:VAR resolved; unset variables are reported by name, never by value. */
export function resolveTelemetryHeaders(headers: Record<string, string>, env: NodeJS.ProcessEnv): { headers: Record<string, string>; missing: string[] } {
  const out: Record<string, string> = {};
  const missing: string[] = [];
  for (const [k, v] of Object.entries(headers)) {
    const m = ENV_REF.exec(v);
    if (!m) out[k] = v;
    else if (env[m[1]] !== undefined) out[k] = env[m[1]]!;
    else missing.push(`telemetry.headers.${k}: environment variable ${m[1]} is not set`);
  }
  return { headers: out, missing };
}
