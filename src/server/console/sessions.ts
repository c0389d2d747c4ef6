import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpRequest } from '../http-types.js';
import { PermissionDeniedError } from '../../core/errors.js';

// Web console sessions. A person signs in once with an admin or approver token and gets a random
// session id in an HttpOnly, SameSite=Strict cookie; the session (its roles, who, expiry) lives
// only in this process. A session never carries the gateway-key role, so a cookie can never make
// model calls on an agent's behalf.

export type ConsoleRole = 'admin' | 'approver';

export interface ConsoleSession {
  id: string;
  roles: ConsoleRole[];
  /** Credential labels (never values), one per role. */
  labels: Partial<Record<ConsoleRole, string>>;
  /** The name the person gave at sign-in, if any (recorded with their decisions). */
  name: string | null;
  created_at: string;
  expires_at: number; // epoch ms
}

const SESSION_COOKIE = 'switchyard_session';
const TTL_MS = 12 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

export class ConsoleSessions {
  readonly #byId = new Map<string, ConsoleSession>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A new session, or `existing` with one more role (signing in with a second token adds its role). */
  open(role: ConsoleRole, label: string, name: string | null, existing?: ConsoleSession): ConsoleSession {
    if (existing) {
      if (!existing.roles.includes(role)) existing.roles.push(role);
      existing.labels[role] = label;
      existing.name = name ?? existing.name;
      return existing;
    }
    this.#sweep();
    const s: ConsoleSession = {
      id: randomBytes(32).toString('base64url'),
      roles: [role],
      labels: { [role]: label },
      name,
      created_at: new Date(this.#now()).toISOString(),
      expires_at: this.#now() + TTL_MS,
    };
    this.#byId.set(s.id, s);
    return s;
  }

  get(id: string | undefined): ConsoleSession | undefined {
    if (!id) return undefined;
    const s = this.#byId.get(id);
    if (s && s.expires_at <= this.#now()) {
      this.#byId.delete(id);
      return undefined;
    }
    return s;
  }

  close(id: string): void {
    this.#byId.delete(id);
  }

  #sweep(): void {
    const now = this.#now();
    for (const [id, s] of this.#byId) if (s.expires_at <= now) this.#byId.delete(id);
    // A flood of sign-ins must not grow memory without bound: the oldest sessions go first.
    while (this.#byId.size >= MAX_SESSIONS) this.#byId.delete(this.#byId.keys().next().value!);
  }

  /** The session of a request's cookie (undefined when none, unknown or expired). */
  fromRequest(req: HttpRequest): ConsoleSession | undefined {
    return this.get(cookieValue(req.headers.cookie, SESSION_COOKIE));
  }

  setCookie(req: FastifyRequest, reply: FastifyReply, s: ConsoleSession): void {
    const maxAge = Math.max(0, Math.floor((s.expires_at - this.#now()) / 1000));
    reply.header('set-cookie', `${SESSION_COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${isHttps(req) ? '; Secure' : ''}`);
  }

  clearCookie(req: FastifyRequest, reply: FastifyReply): void {
    reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${isHttps(req) ? '; Secure' : ''}`);
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function isHttps(req: HttpRequest): boolean {
  return req.protocol === 'https' || req.headers['x-forwarded-proto'] === 'https';
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(req: HttpRequest): boolean {
  return SAFE_METHODS.has(req.method);
}

/**
 * Cross-site request check for cookie-authenticated requests that change something. SameSite=Strict
 * already keeps the cookie off cross-site requests; this is the second lock: the browser's own
 * Sec-Fetch-Site, else an Origin equal to this host (or the configured public URL).
 */
export function assertSameOrigin(req: HttpRequest, publicUrl?: string): void {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    if (site === 'same-origin') return;
    throw new PermissionDeniedError(`cross-site request refused (Sec-Fetch-Site: ${site.slice(0, 20)})`);
  }
  const origin = req.headers.origin;
  if (typeof origin !== 'string') throw new PermissionDeniedError('a console request that changes something must carry an Origin header');
  const allowed = new Set([`http://${req.headers.host}`, `https://${req.headers.host}`]);
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).origin);
    } catch {
      // A malformed public_url is reported by the config loader; it just adds nothing here.
    }
  }
  if (!allowed.has(origin)) throw new PermissionDeniedError(`cross-site request refused (Origin: ${origin.slice(0, 100)})`);
}
