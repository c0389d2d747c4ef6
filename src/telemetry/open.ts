import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { resolveTelemetryHeaders } from '../config/telemetry-schema.js';
import { ConfigError } from '../core/errors.js';
import { Tracing } from './tracing.js';

const VERSION = '0.1.0';

/** The tracer when `telemetry.otlp_endpoint` is set; undefined (and nothing on any path) otherwise. */
export function openTracing(config: Config, env: NodeJS.ProcessEnv, file: string, logger?: Logger): Tracing | undefined {
  if (!config.telemetry.otlp_endpoint) return undefined;
  const { headers, missing } = resolveTelemetryHeaders(config.telemetry.headers, env);
  if (missing.length) throw new ConfigError(file, missing.map((m) => ({ path: m.split(':')[0], message: m.slice(m.indexOf(':') + 2) })));
  logger?.info({ endpoint: config.telemetry.otlp_endpoint, sample_ratio: config.telemetry.sample_ratio }, 'telemetry: exporting traces over OTLP/HTTP');
  return new Tracing(config, headers, VERSION);
}

/** The tracer attached to the app, for route groups and the firewall guard. */
export function tracingOf(services: Record<string, unknown>): Tracing | undefined {
  return services.telemetry as Tracing | undefined;
}
