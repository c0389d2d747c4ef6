import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError, type ProviderFailureKind } from '../core/errors.js';
import { chainOutcome } from './chain-outcome.js';
import type { FailureKindName } from '../config/schema.js';
import type { BreakerBank } from './breaker-bank.js';
import { backoffDelayMs } from './backoff.js';
import type { AttemptLog } from './attempts.js';
import type { RuntimeModel, RuntimeTarget } from './targets.js';
import { summarizeAttempts } from './attempts.js';
import type { ClientAbort } from './client-abort.js';
import { UpstreamAbort, type CallSignal } from '../providers/call-signal.js';

// Runs one request down a model's fallback chain: per target a deadline, retries with backoff
// that honour Retry-After, a circuit breaker, and a rule for what moves on to the next target.

const DEFAULT_FALLBACK_ON: readonly FailureKindName[] = [
  'rate_limited', 'server_error', 'timeout', 'connection', 'malformed', 'empty', 'auth', 'circuit_open',
];
const RETRYABLE: ReadonlySet<ProviderFailureKind> = new Set(['rate_limited', 'server_error', 'timeout', 'connection', 'malformed', 'empty']);
/** Failures that say something about the upstream's health (and so count against its breaker). */
const UNHEALTHY: ReadonlySet<ProviderFailureKind> = new Set(['rate_limited', 'server_error', 'timeout', 'connection', 'malformed', 'empty']);

export interface AttemptContext {
  signal: CallSignal;
  target: RuntimeTarget;
  /** Streams: called when the first chunk arrived, to stop the time-to-first-token deadline. */
  firstByte(): void;
}

interface ChainOptions {
  /** The client's cancellation: every attempt stops when it fires. */
  client: ClientAbort;
  /** Only these target indexes (pinning by header); default all. */
  only?: number[];
  /** Never move on to another target. */
  noFallback?: boolean;
  stream: boolean;
  random?: () => number;
}

export interface ChainResult<T> {
  value: T;
  target: RuntimeTarget;
  attempts: AttemptLog[];
  /** Streams keep the attempt's deadline running until the stream ends; call when done. */
  done(): void;
  /** Streams: call on every chunk after the first; restarts the idle deadline (idle_timeout_ms). */
  tick(): void;
  /** Streams: why the attempt's deadline cut the stream ("no chunk for 30000ms"), if it did. */
  timedOut(): string | undefined;
}

export class ChainFailedError extends ProviderError {
  readonly attempts: AttemptLog[];
  /** @param failures the final failure of each target tried or skipped (they decide status and Retry-After). */
  constructor(last: ProviderError, attempts: AttemptLog[], modelName: string, failures: readonly ProviderError[] = [last]) {
    const clientFault = last.kind === 'bad_request' || last.kind === 'context_length';
    const outcome = chainOutcome(last, failures);
    super(
      clientFault
        ? `${last.message} (model ${modelName})`
        : `all targets of model ${modelName} failed: ${summarizeAttempts(attempts)}`,
      { kind: last.kind, provider: last.provider, upstreamStatus: last.upstreamStatus, code: outcome.code, retryAfterMs: outcome.retryAfterMs, cause: last },
    );
    this.attempts = attempts;
  }
}

export async function runChain<T>(
  model: RuntimeModel,
  breakers: BreakerBank,
  options: ChainOptions,
  attempt: (ctx: AttemptContext) => Promise<T>,
): Promise<ChainResult<T>> {
  const attempts: AttemptLog[] = [];
  const random = options.random ?? Math.random;
  // Target indexes are positions in model.targets: without pinning, walk them in place.
  const order = options.only;
  const count = order ? order.length : model.targets.length;
  let lastError: ProviderError | undefined;
  const failures: ProviderError[] = []; // the final failure of each target
  const fail = (err: ProviderError) => new ChainFailedError(err, attempts, model.name, [...failures, err]);
  let minContext: number | undefined; // set after a context-length error: later targets must be larger
  const client = options.client;
  const signals = new AttemptSignals(client);

  for (let pos = 0; pos < count; pos++) {
    const target = model.targets[order ? order[pos] : pos];
    if (minContext !== undefined && !((target.config.context_window ?? 0) > minContext)) {
      attempts.push(skipped(target, 'context_length', `context window ${target.config.context_window ?? 'unknown'} is not larger than ${minContext}`));
      failures.push(new ProviderError('context window too small', { kind: 'context_length', provider: target.provider.providerName }));
      continue;
    }
    const breaker = breakers.get(target, model.config.breaker);
    for (let retry = 0; ; retry++) {
      if (client.aborted) throw abortedError(target, attempts);
      if (target.missingCredential) {
        lastError = new ProviderError(`credential env:${target.missingCredential} is not set`, { kind: 'auth', provider: target.provider.providerName });
        attempts.push(skipped(target, 'auth', lastError.message));
        failures.push(lastError);
        break;
      }
      if (!breaker.tryAcquire()) {
        const retryInMs = breaker.retryInMs();
        lastError = new ProviderError(`circuit open for ${target.key}, next probe in ${retryInMs}ms`, { kind: 'circuit_open', provider: target.provider.providerName, retryAfterMs: retryInMs });
        attempts.push(skipped(target, 'circuit_open', lastError.message));
        failures.push(lastError);
        break;
      }
      const started = performance.now();
      const startedAt = new Date().toISOString();
      let ttft: number | null = null;
      const deadline = signals.next();
      let timedOutBy: 'total' | 'ttft' | 'idle' | undefined;
      const totalTimer = setTimeout(() => {
        timedOutBy = 'total';
        deadline.abort();
      }, target.config.timeout_ms || 2 ** 31 - 1);
      const ttftMs = options.stream ? target.config.ttft_timeout_ms : undefined;
      const ttftTimer = ttftMs
        ? setTimeout(() => {
            timedOutBy = 'ttft';
            deadline.abort();
          }, ttftMs)
        : undefined;
      // A stalled stream (no chunk for idle_timeout_ms after the first) is a timeout, not a hang.
      const idleMs = options.stream ? target.config.idle_timeout_ms : 0;
      let idleTimer: NodeJS.Timeout | undefined;
      let ended = false;
      const tick = () => {
        if (!idleMs || ended) return;
        if (idleTimer) idleTimer.refresh();
        else
          idleTimer = setTimeout(() => {
            timedOutBy = 'idle';
            deadline.abort(new DOMException(`no chunk for ${idleMs}ms`, 'TimeoutError'));
          }, idleMs);
      };
      const clearTimers = () => {
        ended = true;
        clearTimeout(totalTimer);
        if (ttftTimer) clearTimeout(ttftTimer);
        if (idleTimer) clearTimeout(idleTimer);
        deadline.release();
      };
      tick(); // a stall before the first chunk is an idle timeout too (and falls back)
      try {
        const value = await attempt(new Attempt(deadline, target, () => {
          ttft ??= performance.now() - started;
          if (ttftTimer) clearTimeout(ttftTimer);
          tick();
        }));
        if (!options.stream) clearTimers();
        breaker.onSuccess();
        attempts.push(attemptLog(target, retry, startedAt, 'ok', performance.now() - started, ttft));
        const timedOut = () => (timedOutBy && !client.aborted ? timeoutText(timedOutBy, target) : undefined);
        return { value, target, attempts, done: clearTimers, tick, timedOut };
      } catch (raw) {
        clearTimers();
        const err = normalize(raw, target, timedOutBy, client);
        if (err.kind === 'aborted') {
          breaker.release();
          attempts.push(attemptLog(target, retry, startedAt, 'error', performance.now() - started, ttft, { error_kind: 'aborted', error: err.message }));
          throw fail(err);
        }
        if (UNHEALTHY.has(err.kind)) breaker.onFailure();
        else breaker.onSuccess(); // the upstream answered; the request was the problem
        lastError = err;
        const log = attemptLog(target, retry, startedAt, 'error', performance.now() - started, ttft, { status_code: err.upstreamStatus ?? null, error_kind: err.kind, error: err.message });
        attempts.push(log);

        if (err.kind === 'bad_request') throw fail(err);
        if (err.kind === 'context_length') {
          if (!model.config.context_length_fallback || options.noFallback) throw fail(err);
          failures.push(err);
          minContext = target.config.context_window ?? 0;
          log.next_reason = 'context length exceeded: trying a target with a larger context window';
          break;
        }
        const canRetry = RETRYABLE.has(err.kind) && retry < target.config.max_retries;
        if (canRetry) {
          const delay = backoffDelayMs(retry, target.config.retry_base_ms, target.config.retry_max_ms, err.retryAfterMs, random);
          const tooLong = err.retryAfterMs !== undefined && err.retryAfterMs > target.config.retry_max_ms;
          if (!tooLong) {
            log.next_reason = `${err.kind}: retry ${retry + 1} of ${target.config.max_retries} after ${Math.round(delay)}ms`;
            try {
              await sleep(delay, undefined, { signal: client.signal });
            } catch {
              throw abortedError(target, attempts);
            }
            continue;
          }
          log.next_reason = `${err.kind}: Retry-After ${err.retryAfterMs}ms exceeds retry_max_ms; moving on`;
        }
        if (!(model.config.fallback_on ?? DEFAULT_FALLBACK_ON).includes(err.kind as FailureKindName) || options.noFallback) {
          log.next_reason = options.noFallback ? `${err.kind}: fallback disabled for this request` : null;
          throw fail(err);
        }
        log.next_reason ??= `${err.kind}: falling back`;
        failures.push(err);
        break;
      }
    }
  }
  if (!lastError) throw fail(new ProviderError(`model ${model.name} has no target that can serve this request`, { kind: 'server_error', provider: model.name }));
  throw new ChainFailedError(lastError, attempts, model.name, failures);
}

type AttemptError = Partial<Pick<AttemptLog, 'status_code' | 'error_kind' | 'error' | 'next_reason'>>;

/**
 * One attempt's log, written as a single literal: on Node 20 each property a spread clone gains
 * afterwards costs ~1-2 µs (runChain measured 17 -> 9 µs a call without them). Same keys, same order.
 */
function attemptLog(target: RuntimeTarget, retry: number, createdAt: string, outcome: AttemptLog['outcome'], latencyMs: number, ttftMs: number | null, e: AttemptError = {}): AttemptLog {
  return {
    created_at: createdAt,
    provider: target.provider.providerName,
    upstream_model: target.provider.model,
    target_index: target.index,
    retry,
    status_code: e.status_code ?? null,
    error_kind: e.error_kind ?? null,
    error: e.error ?? null,
    next_reason: e.next_reason ?? null,
    outcome,
    latency_ms: latencyMs,
    ttft_ms: ttftMs,
  };
}

function skipped(target: RuntimeTarget, kind: string, message: string): AttemptLog {
  return attemptLog(target, 0, new Date().toISOString(), 'skipped', 0, null, { error_kind: kind, error: message, next_reason: `${kind}: skipped` });
}

function abortedError(target: RuntimeTarget, attempts: AttemptLog[]): ChainFailedError {
  return new ChainFailedError(new ProviderError('client disconnected', { kind: 'aborted', provider: target.provider.providerName }), attempts, target.key);
}

function timeoutText(by: 'total' | 'ttft' | 'idle', target: RuntimeTarget): string {
  if (by === 'idle') return `no chunk for ${target.config.idle_timeout_ms}ms (idle_timeout_ms)`;
  if (by === 'ttft') return `no first token within ${target.config.ttft_timeout_ms}ms`;
  return `no response within ${target.config.timeout_ms}ms`;
}

function normalize(raw: unknown, target: RuntimeTarget, timedOutBy: 'total' | 'ttft' | 'idle' | undefined, client: ClientAbort): ProviderError {
  const provider = target.provider.providerName;
  if (timedOutBy && !client.aborted) {
    return new ProviderError(timeoutText(timedOutBy, target), { kind: 'timeout', provider, cause: raw });
  }
  if (client.aborted) return new ProviderError('client disconnected', { kind: 'aborted', provider });
  if (raw instanceof ProviderError) return raw;
  return new ProviderError(`unexpected adapter failure: ${(raw as Error)?.message ?? String(raw)}`, { kind: 'malformed', provider, cause: raw });
}

/**
 * The signals a request's attempts hand to the upstream call: one per request, made when the first
 * attempt asks for it, followed by every attempt until a deadline aborts it (the next attempt then
 * gets a fresh one); the client is followed through one plain callback. They are UpstreamAborts,
 * not AbortSignals (src/providers/call-signal.ts): an AbortController per attempt, linked to the
 * client's by an event listener, cost ~5-13 µs each.
 */
class AttemptSignals {
  readonly #client: ClientAbort;
  #current: UpstreamAbort | undefined;
  #unsubscribe: (() => void) | undefined;
  #live = 0;

  constructor(client: ClientAbort) {
    this.#client = client;
  }

  next(): AttemptSignal {
    this.#live++;
    return new AttemptSignal(this);
  }

  /** The request's current signal (a fresh one once the last was aborted), following the client. */
  current(): UpstreamAbort {
    if (!this.#current || this.#current.aborted) {
      this.#current = new UpstreamAbort();
      if (this.#client.aborted) this.#current.abort();
    }
    this.#unsubscribe ??= this.#client.onAbort(() => this.#current?.abort());
    return this.#current;
  }

  /** An attempt is over: the last one stops following the client. */
  release(): void {
    if (--this.#live === 0 && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }
}

/**
 * One attempt's deadline: the signal it hands the upstream call, made on first use. Classes with
 * the getter on the prototype, not object literals with `get signal()`: V8 defines a literal's
 * getter with an AccessorPair allocated in the old generation, which pointed from old space at
 * the request's closures, so every scavenge kept them and everything they captured (the plan,
 * the request) alive and promoted them (docs/performance.md, "Dead requests promoted").
 */
class AttemptSignal {
  readonly #signals: AttemptSignals;
  #own: UpstreamAbort | undefined = undefined;
  #released = false;

  constructor(signals: AttemptSignals) {
    this.#signals = signals;
  }

  get signal(): UpstreamAbort {
    this.#own ??= this.#signals.current();
    return this.#own;
  }

  abort(reason?: unknown): void {
    this.signal.abort(reason);
  }

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#signals.release();
  }
}

/** What runChain hands an attempt (see AttemptSignal for why a class). */
class Attempt implements AttemptContext {
  readonly #deadline: AttemptSignal;

  constructor(deadline: AttemptSignal, readonly target: RuntimeTarget, readonly firstByte: () => void) {
    this.#deadline = deadline;
  }

  get signal(): CallSignal {
    return this.#deadline.signal;
  }
}
