import type { Dispatcher } from 'undici';
import { ProviderError, type ProviderFailureKind } from '../core/errors.js';
import type { ProviderTarget } from './types.js';
import { upstreamPool } from './pools.js';
import type { CallSignal } from './call-signal.js';

// Shared HTTP plumbing for the adapters: a keep-alive connection pool per upstream origin, the
// mapping of transport failures and HTTP statuses to ProviderError kinds, and secret scrubbing.

interface UpstreamResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

/** POST a JSON body (text, or its UTF-8 bytes). Transport failures become ProviderError; HTTP statuses are left to the caller. */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: string | Buffer,
  signal: CallSignal,
  target: ProviderTarget,
): Promise<UpstreamResponse> {
  if (signal.aborted) throw abortError(signal, target);
  try {
    const { origin, path } = splitUrl(url);
    return await upstreamPool(origin).request({ method: 'POST', path, headers, body, signal });
  } catch (err) {
    throw transportError(err, signal, target);
  }
}

// The adapters build a handful of distinct URLs; parse each once.
const split = new Map<string, { origin: string; path: string }>();
export function splitUrl(url: string): { origin: string; path: string } {
  let s = split.get(url);
  if (!s) {
    const u = new URL(url);
    s = { origin: u.origin, path: `${u.pathname}${u.search}` };
    if (split.size > 1000) split.clear(); // URLs carrying per-request data must not grow this forever
    split.set(url, s);
  }
  return s;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);

export function abortError(signal: CallSignal, target: ProviderTarget, cause?: unknown): ProviderError {
  const reason = signal.reason as { name?: string } | undefined;
  const kind: ProviderFailureKind = reason?.name === 'TimeoutError' ? 'timeout' : 'aborted';
  return new ProviderError(`${target.providerName}: request ${kind === 'timeout' ? 'timed out' : 'aborted'}`, {
    kind,
    provider: target.providerName,
    cause,
  });
}

/** Any error thrown while sending or reading -> ProviderError (aborted, timeout or connection). */
export function transportError(err: unknown, signal: CallSignal, target: ProviderTarget): ProviderError {
  if (err instanceof ProviderError) return err;
  if (signal.aborted) return abortError(signal, target, err);
  const e = err as { code?: string; name?: string; message?: string; errors?: { code?: string }[] };
  const code = e?.code ?? e?.errors?.[0]?.code;
  if (e?.name === 'AbortError' || code === 'UND_ERR_ABORTED') return abortError(signal, target, err);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new ProviderError(`${target.providerName}: upstream went silent (${code})`, { kind: 'timeout', provider: target.providerName, cause: err });
  }
  // Unknown transport errors are treated as connection failures too: the request never got an answer.
  const what = code && CONNECTION_CODES.has(code) ? code : (code ?? e?.message ?? 'unknown error');
  return new ProviderError(`${target.providerName}: connection failed (${what})`, {
    kind: 'connection',
    provider: target.providerName,
    cause: err,
  });
}

export function malformed(target: ProviderTarget, what: string, status?: number): ProviderError {
  return new ProviderError(`${target.providerName}: malformed upstream response: ${what}`, {
    kind: 'malformed',
    provider: target.providerName,
    upstreamStatus: status,
  });
}

export function empty(target: ProviderTarget, status?: number): ProviderError {
  return new ProviderError(`${target.providerName}: upstream returned no content and no tool calls`, {
    kind: 'empty',
    provider: target.providerName,
    upstreamStatus: status,
  });
}

/** Read a JSON body; anything that is not a JSON object is `malformed`. */
export async function readJson(res: UpstreamResponse, signal: CallSignal, target: ProviderTarget): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await res.body.text();
  } catch (err) {
    throw transportError(err, signal, target);
  }
  return jsonObject(text, res.statusCode, target);
}

/** A whole body's text, decoded as undici's body.text() decodes it: a UTF-8 byte-order mark is skipped. */
export function bodyText(bytes: Buffer): string {
  return bytes.toString('utf8', bytes.length > 2 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
}

/** The value of a JSON body's text; anything that is not a JSON object is `malformed`. */
export function jsonObject(text: string, status: number, target: ProviderTarget): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed(target, `body is not JSON (${JSON.stringify(text.slice(0, 80))})`, status);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw malformed(target, 'body is not a JSON object', status);
  return value as Record<string, unknown>;
}

// Messages each provider family uses when the prompt does not fit the model (OpenAI and every
// compatible server, Anthropic, Gemini, vLLM, llama.cpp, Ollama, Groq, DeepSeek, OpenRouter).
const CONTEXT_LENGTH =
  /context[_ ]length|maximum context|context window|context size|prompt is too long|input is too long|too many (input )?tokens|exceed(s|ed)? (the )?(available )?context|input token count.*exceeds|exceeds? (the )?context limit|tokens? exceeds? the maximum|reduce the length of the messages|longer than the model's context/i;

export function isContextLengthMessage(text: string): boolean {
  return CONTEXT_LENGTH.test(text);
}

/**
 * When the upstream says to retry, in milliseconds: OpenAI's retry-after-ms, Retry-After (seconds
 * or HTTP date), else the rate-limit reset headers (OpenAI's x-ratelimit-reset-requests/-tokens
 * durations such as "6m0s", a generic x-ratelimit-reset in seconds or epoch seconds, Anthropic's
 * anthropic-ratelimit-*-reset timestamps), preferring the limit whose remaining count is 0.
 */
export function retryAfterMs(headers: UpstreamResponse['headers'], now = Date.now()): number | undefined {
  const ms = first(headers['retry-after-ms']);
  if (ms !== undefined && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = first(headers['retry-after']);
  if (ra !== undefined && ra.trim() !== '') {
    const secs = Number(ra);
    if (Number.isFinite(secs)) return Math.max(0, Math.round(secs * 1000));
    const date = Date.parse(ra);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return resetHeaderMs(headers, now);
}

const RESET_HEADERS: [reset: string, remaining: string][] = [
  ['x-ratelimit-reset-requests', 'x-ratelimit-remaining-requests'],
  ['x-ratelimit-reset-tokens', 'x-ratelimit-remaining-tokens'],
  ['anthropic-ratelimit-requests-reset', 'anthropic-ratelimit-requests-remaining'],
  ['anthropic-ratelimit-input-tokens-reset', 'anthropic-ratelimit-input-tokens-remaining'],
  ['anthropic-ratelimit-output-tokens-reset', 'anthropic-ratelimit-output-tokens-remaining'],
  ['anthropic-ratelimit-tokens-reset', 'anthropic-ratelimit-tokens-remaining'],
  ['x-ratelimit-reset', 'x-ratelimit-remaining'],
];

function resetHeaderMs(headers: UpstreamResponse['headers'], now: number): number | undefined {
  const exhausted: number[] = [];
  const all: number[] = [];
  for (const [reset, remaining] of RESET_HEADERS) {
    const v = first(headers[reset]);
    const wait = v === undefined ? undefined : parseReset(v.trim(), now);
    if (wait === undefined) continue;
    all.push(wait);
    if (first(headers[remaining])?.trim() === '0') exhausted.push(wait);
  }
  // Not knowing which limit was hit, wait for the later reset rather than retry into a 429.
  const pick = exhausted.length ? exhausted : all;
  return pick.length ? Math.max(...pick) : undefined;
}

function parseReset(v: string, now: number): number | undefined {
  if (v === '') return undefined;
  const n = Number(v);
  if (Number.isFinite(n)) return Math.max(0, Math.round((n > 1e9 ? n - now / 1000 : n) * 1000)); // epoch seconds or a delta
  const duration = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/.exec(v);
  if (duration && duration.slice(1).some((p) => p !== undefined)) {
    const [h, m, s, msPart] = duration.slice(1).map((p) => Number(p ?? 0));
    return Math.round(((h * 60 + m) * 60 + s) * 1000 + msPart);
  }
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The upstream's own error message out of the usual JSON error shapes, or the raw text. */
function upstreamMessage(text: string): { message: string; code?: string; type?: string } {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    const e = (v.error ?? v) as Record<string, unknown> | string;
    if (typeof e === 'string') return { message: e };
    const message = typeof e.message === 'string' ? e.message : typeof v.message === 'string' ? v.message : text;
    const code = e.code !== undefined && e.code !== null ? String(e.code) : undefined;
    const type = typeof e.type === 'string' ? e.type : typeof e.status === 'string' ? e.status : undefined;
    return { message, code, type };
  } catch {
    return { message: text };
  }
}

/** Remove the credential (and anything shaped like an API key) from text that may reach a client. */
export function scrub(text: string, target: ProviderTarget): string {
  let out = text.length > 500 ? `${text.slice(0, 500)}…` : text;
  const key = target.apiKey?.reveal();
  if (key && key.length >= 4) out = out.split(key).join('[redacted]');
  return out.replace(/\b(sk-[A-Za-z0-9_*.-]{6,}|AIza[0-9A-Za-z_-]{10,})/g, '[redacted]');
}

/** kind for an HTTP status, looking at the message for context-length errors. */
function kindForStatus(status: number, message: string, code?: string, type?: string): ProviderFailureKind {
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server_error';
  if (status === 401 || status === 403) return 'auth';
  if (code === 'context_length_exceeded' || isContextLengthMessage(message)) return 'context_length';
  if (type === 'rate_limit_error' || type === 'RESOURCE_EXHAUSTED') return 'rate_limited';
  if (type === 'overloaded_error') return 'server_error';
  return 'bad_request';
}

/** Build the ProviderError for a non-2xx response (reads and discards the body). */
export async function statusError(res: UpstreamResponse, signal: CallSignal, target: ProviderTarget): Promise<ProviderError> {
  let text = '';
  try {
    text = await res.body.text();
  } catch (err) {
    if (signal.aborted) return transportError(err, signal, target);
  }
  return errorFromBody(res.statusCode, text, res.headers, target);
}

export function errorFromBody(status: number, text: string, headers: UpstreamResponse['headers'], target: ProviderTarget): ProviderError {
  const { message, code, type } = upstreamMessage(text);
  const kind = kindForStatus(status, message, code, type);
  return new ProviderError(`${target.providerName}: upstream HTTP ${status}: ${scrub(message || '(no body)', target)}`, {
    kind,
    provider: target.providerName,
    upstreamStatus: status,
    retryAfterMs: kind === 'rate_limited' || kind === 'server_error' ? retryAfterMs(headers) : undefined,
  });
}

/** An error reported inside a 200 response or a stream (OpenRouter, Anthropic `error` events, Gemini). */
export function inBandError(err: Record<string, unknown> | string, target: ProviderTarget, statusHint?: number): ProviderError {
  const e = typeof err === 'string' ? { message: err } : err;
  const message = typeof e.message === 'string' ? e.message : JSON.stringify(e).slice(0, 300);
  const numeric = typeof e.code === 'number' ? e.code : statusHint;
  const type = typeof e.type === 'string' ? e.type : typeof e.status === 'string' ? e.status : undefined;
  const status = numeric && numeric >= 400 && numeric < 600 ? numeric : type === 'overloaded_error' ? 529 : type === 'rate_limit_error' ? 429 : 500;
  const kind = kindForStatus(status, message, typeof e.code === 'string' ? e.code : undefined, type);
  return new ProviderError(`${target.providerName}: upstream error: ${scrub(message, target)}`, {
    kind,
    provider: target.providerName,
    upstreamStatus: status,
  });
}
