import { CODE_FOR_KIND, ERROR_CODES, type ErrorCode } from './error-codes.js';

// Explicit error classes. Every error that can reach a client carries an HTTP status and an
// OpenAI-shaped `type`/`code` (codes: core/error-codes.ts), so each surface's renderError
// (src/server/errors/) can render it in its wire format without guessing.

export class SwitchyardError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly param?: string;
  /** When the client may retry (rendered as Retry-After and retry-after-ms). */
  retryAfterMs?: number;
  /** Set by the gateway when the failed inference was recorded, so the reply can name it. */
  inferenceId?: string;
  /** Extra response headers a client can act on (e.g. x-ratelimit-* and the limit's name on a 429). */
  headers?: Record<string, string>;

  constructor(message: string, opts: { status: number; type: string; code: string; param?: string; retryAfterMs?: number; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = new.target.name;
    this.status = opts.status;
    this.type = opts.type;
    this.code = opts.code;
    this.param = opts.param;
    this.retryAfterMs = opts.retryAfterMs;
  }

  toJSON(): { error: { message: string; type: string; code: string; param: string | null } } {
    return { error: { message: this.message, type: this.type, code: this.code, param: this.param ?? null } };
  }
}

/** The client's request is wrong; `param` names the offending field (dot path). */
export class InvalidRequestError extends SwitchyardError {
  constructor(message: string, param?: string, code = 'invalid_request') {
    super(message, { status: 400, type: 'invalid_request_error', code, param });
  }
}

export class NotFoundError extends SwitchyardError {
  constructor(message: string, param?: string, code: 'not_found' | 'model_not_found' | 'unknown_endpoint' = 'not_found') {
    super(message, { status: 404, type: 'not_found_error', code, param });
  }
}

/** The model asked for exists but cannot do what was asked (e.g. embeddings from a chat-only provider). */
export class UnsupportedCapabilityError extends SwitchyardError {
  constructor(message: string, param = 'model') {
    super(message, { status: 400, type: 'invalid_request_error', code: 'unsupported_capability', param });
  }
}

export class AuthenticationError extends SwitchyardError {
  constructor(message = 'missing or invalid API key') {
    super(message, { status: 401, type: 'authentication_error', code: 'invalid_api_key' });
  }
}

export class PermissionDeniedError extends SwitchyardError {
  constructor(message: string) {
    super(message, { status: 403, type: 'permission_error', code: 'forbidden' });
  }
}

export class ConflictError extends SwitchyardError {
  constructor(message: string, param?: string) {
    super(message, { status: 409, type: 'invalid_request_error', code: 'conflict', param });
  }
}

/** Why a provider call failed, in terms routing can act on. */
export type ProviderFailureKind =
  | 'rate_limited' // 429
  | 'server_error' // 5xx
  | 'timeout' // total or time-to-first-token deadline passed
  | 'connection' // refused, reset, DNS
  | 'malformed' // response body is not what the wire format promises
  | 'empty' // no choices, or no content and no tool calls
  | 'context_length' // the request is too long for this model
  | 'bad_request' // 4xx caused by the request itself
  | 'auth' // 401/403 from the upstream (our credential, not the client's fault)
  | 'circuit_open' // rejected locally by the breaker
  | 'stream_interrupted' // the stream broke after bytes reached the client
  | 'aborted'; // the client went away

export class ProviderError extends SwitchyardError {
  readonly kind: ProviderFailureKind;
  readonly upstreamStatus?: number;
  readonly provider: string;

  constructor(
    message: string,
    opts: { kind: ProviderFailureKind; provider: string; upstreamStatus?: number; retryAfterMs?: number; code?: ErrorCode; cause?: unknown },
  ) {
    const code = opts.code ?? (isOverloaded(opts.kind, opts.upstreamStatus, message) ? 'upstream_overloaded' : CODE_FOR_KIND[opts.kind]);
    const info = ERROR_CODES[code];
    super(message, { status: info.status, type: info.type, code, retryAfterMs: opts.retryAfterMs, cause: opts.cause });
    this.kind = opts.kind;
    this.provider = opts.provider;
    this.upstreamStatus = opts.upstreamStatus;
  }
}

/** Anthropic's 529 overloaded_error (and servers that say "overloaded" with a 5xx). */
export function isOverloaded(kind: ProviderFailureKind, upstreamStatus: number | undefined, message: string): boolean {
  return kind === 'server_error' && (upstreamStatus === 529 || /overloaded/i.test(message));
}

/** A config file is wrong. Names the file, the YAML path and what was expected. */
export class ConfigError extends Error {
  readonly file: string;
  readonly issues: ConfigIssue[];

  constructor(file: string, issues: ConfigIssue[]) {
    super(
      `invalid config ${file}:\n` +
        issues.map((i) => `  - at ${i.path || '(root)'}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`).join('\n'),
    );
    this.name = 'ConfigError';
    this.file = file;
    this.issues = issues;
  }
}

export interface ConfigIssue {
  path: string;
  message: string;
  hint?: string;
}

/** The process cannot start as configured (e.g. an open bind without keys); one line, no stack. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
