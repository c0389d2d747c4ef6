import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Store } from '../store/types.js';
import type { Gateway } from '../routing/gateway.js';
import type { Metrics } from './metrics.js';
import type { ConsoleRole, ConsoleSessions } from './console/sessions.js';
import type { HttpRequest } from './http-types.js';

// Everything a route group may use. Route groups translate HTTP to calls on these objects and
// back; the logic lives in the objects.
export interface AppContext {
  config: Config;
  store: Store;
  gateway: Gateway;
  metrics: Metrics;
  logger: Logger;
  auth: AuthChecks;
  /** Objects other parts attach at start-up (firewall engine, approvals, experiments...), keyed by name. */
  services: Record<string, unknown>;
}

export interface AuthChecks {
  /** Throws AuthenticationError unless the request carries a gateway key (no-op when none are configured). */
  requireClient(req: HttpRequest): void;
  /** Throws unless the request carries an admin token. Admin tokens are never gateway keys. */
  requireAdmin(req: FastifyRequest): string;
  /** Throws unless the request carries an approver token; returns the approver's identity label. */
  requireApprover(req: FastifyRequest): string;
  /** Stored data (inferences, episodes, datasets, feedback): reader or admin tokens, never a gateway key. */
  requireReader(req: FastifyRequest): string;
  /** GET /metrics: the metrics token when server.metrics_token is set. */
  requireMetrics(req: FastifyRequest): void;
  /** Web console sign-in: the console roles a token carries, 'gateway_key' for an agent's key, else undefined. */
  identify(token: string): Array<{ role: ConsoleRole; label: string }> | 'gateway_key' | undefined;
  /** Web console sessions (the cookie the checks above also accept). */
  sessions: ConsoleSessions;
}

export type RouteGroup = (app: FastifyInstance, ctx: AppContext) => void | Promise<void>;
