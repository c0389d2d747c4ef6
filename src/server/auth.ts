import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpRequest } from './http-types.js';
import { AuthenticationError, PermissionDeniedError } from '../core/errors.js';
import type { AuthChecks } from './context.js';
import { assertSameOrigin, ConsoleSessions, isSafeMethod, type ConsoleRole, type ConsoleSession } from './console/sessions.js';

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

export function bearerToken(req: HttpRequest): string | undefined {
  const auth = req.headers.authorization;
  // RFC 9110: the scheme name is case-insensitive ("bearer", "BEARER").
  const m = auth ? /^bearer\s+(.+)$/i.exec(auth) : null;
  if (m) return m[1].trim();
  const key = req.headers['x-api-key'];
  return typeof key === 'string' ? key : undefined;
}

interface AuthOptions {
  /** Tokens that read stored data (inferences, episodes, datasets); admin tokens read too. */
  readers?: Credential[];
  /** Protects GET /metrics when set. */
  metricsToken?: Credential;
  /** The console's public origin, for the same-origin check behind a proxy. */
  publicUrl?: string;
}

export function createAuth(clients: Credential[], admins: Credential[], approvers: Credential[], opts: AuthOptions = {}): AuthChecks {
  const readers = opts.readers ?? [];
  const isClient = matcher(clients);
  const isAdmin = matcher(admins);
  const isApprover = matcher(approvers);
  const isReader = matcher(readers);
  const isMetrics = matcher(opts.metricsToken ? [opts.metricsToken] : []);
  const sessions = new ConsoleSessions();
  // The console's cookie stands in for a bearer token only when no token is sent, only for the
  // roles its session carries, and, for anything that changes state, only from the same origin.
  const fromCookie = (req: HttpRequest, role?: ConsoleRole): ConsoleSession | undefined => {
    if (req.headers.authorization || req.headers['x-api-key']) return undefined;
    const s = sessions.fromRequest(req);
    if (!s || (role && !s.roles.includes(role))) return undefined;
    if (!isSafeMethod(req)) assertSameOrigin(req, opts.publicUrl);
    return s;
  };
  const sessionWho = (s: ConsoleSession, role: ConsoleRole) => (s.name ? `${s.name} (${s.labels[role]})` : `${role}:${s.labels[role]}`);
  return {
    sessions,
    identify(token) {
      const roles: Array<{ role: ConsoleRole; label: string }> = [];
      const a = isAdmin(token);
      if (a) roles.push({ role: 'admin', label: a.label });
      const p = isApprover(token);
      if (p) roles.push({ role: 'approver', label: p.label });
      if (roles.length) return roles;
      return isClient(token) ? 'gateway_key' : undefined;
    },
    requireReader(req) {
      // A keyless gateway (loopback only) stays open; otherwise stored prompts need their own scope.
      if (clients.length === 0 && readers.length === 0) return 'local';
      const s = fromCookie(req, 'admin');
      if (s) return sessionWho(s, 'admin');
      const token = bearerToken(req);
      const c = isReader(token) ?? isAdmin(token);
      if (c) return c.label;
      if (isClient(token)) throw new PermissionDeniedError('a gateway (agent) key cannot read stored data; use a reader token (server.reader_tokens) or an admin token');
      throw new PermissionDeniedError('reading stored data needs a reader or admin token');
    },
    requireMetrics(req) {
      if (opts.metricsToken && !isMetrics(bearerToken(req))) throw new AuthenticationError('GET /metrics needs the metrics token (server.metrics_token)');
    },
    requireClient(req) {
      if (clients.length === 0) return;
      // A console session may read what the gateway recorded, never call models as an agent.
      if (isSafeMethod(req) && fromCookie(req)) return;
      if (!isClient(bearerToken(req))) throw new AuthenticationError('missing or invalid gateway API key');
    },
    requireAdmin(req) {
      const s = fromCookie(req, 'admin');
      if (s) return sessionWho(s, 'admin');
      const c = isAdmin(bearerToken(req));
      if (!c) throw new PermissionDeniedError('this endpoint needs an admin token');
      return `admin:${c.label}`;
    },
    requireApprover(req) {
      const s = fromCookie(req, 'approver');
      if (s) return sessionWho(s, 'approver');
      // Admins read everything, approvals included; answering them stays with approvers.
      const reader = isSafeMethod(req) ? fromCookie(req, 'admin') : undefined;
      if (reader) return sessionWho(reader, 'admin');
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
