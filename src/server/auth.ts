import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AuthenticationError, PermissionDeniedError } from '../core/errors.js';
import type { AuthChecks } from './context.js';

// Three separate credentials: gateway keys (agents), admin tokens, approver tokens. A token is
// only ever accepted for the role it was configured for, so an agent's key can never approve.

export interface Credential {
  label: string; // e.g. "env:SWITCHYARD_APPROVER_TOKEN" — never the value
  value: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function matcher(creds: Credential[]): (token: string | undefined) => Credential | undefined {
  const hashed = creds.map((c) => ({ c, d: digest(c.value) }));
  return (token) => {
    if (!token) return undefined;
    const d = digest(token);
    // Compare against every credential so timing does not reveal which one matched.
    let found: Credential | undefined;
    for (const h of hashed) if (timingSafeEqual(h.d, d)) found = h.c;
    return found;
  };
}

export function bearerToken(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  // RFC 9110: the scheme name is case-insensitive ("bearer", "BEARER").
  const m = auth ? /^bearer\s+(.+)$/i.exec(auth) : null;
  if (m) return m[1].trim();
  const key = req.headers['x-api-key'];
  return typeof key === 'string' ? key : undefined;
}

export function createAuth(clients: Credential[], admins: Credential[], approvers: Credential[], readers: Credential[] = [], metricsToken?: Credential): AuthChecks {
  const isClient = matcher(clients);
  const isAdmin = matcher(admins);
  const isApprover = matcher(approvers);
  const isReader = matcher(readers);
  const isMetrics = matcher(metricsToken ? [metricsToken] : []);
  return {
    requireReader(req) {
      // A keyless gateway (loopback only) stays open; otherwise stored prompts need their own scope.
      if (clients.length === 0 && readers.length === 0) return 'local';
      const token = bearerToken(req);
      const c = isReader(token) ?? isAdmin(token);
      if (c) return c.label;
      if (isClient(token)) throw new PermissionDeniedError('a gateway (agent) key cannot read stored data; use a reader token (server.reader_tokens) or an admin token');
      throw new PermissionDeniedError('reading stored data needs a reader or admin token');
    },
    requireMetrics(req) {
      if (metricsToken && !isMetrics(bearerToken(req))) throw new AuthenticationError('GET /metrics needs the metrics token (server.metrics_token)');
    },
    requireClient(req) {
      if (clients.length === 0) return;
      if (!isClient(bearerToken(req))) throw new AuthenticationError('missing or invalid gateway API key');
    },
    requireAdmin(req) {
      const c = isAdmin(bearerToken(req));
      if (!c) throw new PermissionDeniedError('this endpoint needs an admin token');
      return `admin:${c.label}`;
    },
    requireApprover(req) {
      const token = bearerToken(req);
      const c = isApprover(token);
      if (!c) {
        throw new PermissionDeniedError(
          isClient(token) ? 'a gateway (agent) key cannot approve tool calls; use an approver token' : 'this endpoint needs an approver token',
        );
      }
      const who = req.headers['x-switchyard-approver'];
      return typeof who === 'string' && who.trim() ? `${who.trim().slice(0, 100)} (${c.label})` : `approver:${c.label}`;
    },
  };
}
