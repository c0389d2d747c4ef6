// A circuit breaker per provider target: after `threshold` failures inside `windowMs` it opens and
// rejects at once; after `cooldownMs` one probe is let through (half-open); its outcome closes or
// reopens the circuit.

export type BreakerState = 'closed' | 'open' | 'half_open';

interface BreakerSettings {
  failure_threshold: number;
  window_ms: number;
  cooldown_ms: number;
}

export class CircuitBreaker {
  #state: BreakerState = 'closed';
  #failures: number[] = [];
  #openedAt = 0;
  #probeInFlight = false;
  #opens = 0;

  constructor(
    readonly key: string,
    readonly settings: BreakerSettings,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.#state === 'open' && this.now() - this.#openedAt >= this.settings.cooldown_ms) return 'half_open';
    return this.#state;
  }

  get opens(): number {
    return this.#opens;
  }

  /** True when a call may go out now; a half-open breaker admits exactly one probe. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open') return false;
    if (this.#probeInFlight) return false;
    this.#probeInFlight = true;
    this.#state = 'half_open';
    return true;
  }

  /** Ms until a probe may go out, for error messages. */
  retryInMs(): number {
    return Math.max(0, this.settings.cooldown_ms - (this.now() - this.#openedAt));
  }

  onSuccess(): void {
    this.#probeInFlight = false;
    this.#state = 'closed';
    this.#failures = [];
  }

  onFailure(): void {
    const t = this.now();
    if (this.#state === 'half_open') {
      this.#probeInFlight = false;
      this.#open(t);
      return;
    }
    this.#failures.push(t);
    const cutoff = t - this.settings.window_ms;
    while (this.#failures.length && this.#failures[0] < cutoff) this.#failures.shift();
    if (this.#failures.length >= this.settings.failure_threshold) this.#open(t);
  }

  /** A call that was admitted but neither succeeded nor failed on the upstream's account (e.g. client abort). */
  release(): void {
    if (this.#state === 'half_open') this.#probeInFlight = false;
  }

  #open(t: number): void {
    this.#state = 'open';
    this.#openedAt = t;
    this.#failures = [];
    this.#opens++;
  }
}
