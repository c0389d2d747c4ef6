// Explicit error classes. Every error that can reach a client carries an HTTP status and an
// OpenAI-shaped `type`/`code`, so the server can render it without guessing.

export class SwitchyardError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly param?: string;

  constructor(message: string, opts: { status: number; type: string; code: string; param?: string; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = new.target.name;
    this.status = opts.status;
    this.type = opts.type;
    this.code = opts.code;
    this.param = opts.param;
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
  constructor(message: string, param?: string) {
    super(message, { status: 404, type: 'not_found_error', code: 'not_found', param });
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
  readonly retryAfterMs?: number;
  readonly provider: string;

  constructor(
    message: string,
    opts: { kind: ProviderFailureKind; provider: string; upstreamStatus?: number; retryAfterMs?: number; cause?: unknown },
  ) {
    const status = opts.kind === 'bad_request' || opts.kind === 'context_length' ? 400 : opts.kind === 'timeout' ? 504 : 502;
    super(message, { status, type: 'upstream_error', code: opts.kind, cause: opts.cause });
    this.kind = opts.kind;
    this.provider = opts.provider;
    this.upstreamStatus = opts.upstreamStatus;
    this.retryAfterMs = opts.retryAfterMs;
  }
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
