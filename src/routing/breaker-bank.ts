import type { ModelConfig } from '../config/schema.js';
import { CircuitBreaker, type BreakerState } from './breaker.js';
import type { RuntimeTarget } from './targets.js';

const DEFAULTS = { failure_threshold: 5, window_ms: 60_000, cooldown_ms: 30_000 };

/**
 * One breaker per provider target, shared by every model that uses the target. Keyed by the
 * target's identity (provider config included), so a config reload keeps the state of targets it
 * did not change and starts fresh for those it did.
 */
export class BreakerBank {
  readonly #breakers = new Map<string, CircuitBreaker>();

  constructor(private readonly now: () => number = Date.now) {}

  get(target: RuntimeTarget, settings: ModelConfig['breaker']): CircuitBreaker {
    let b = this.#breakers.get(target.identity);
    if (!b) this.#breakers.set(target.identity, (b = new CircuitBreaker(target.key, settings ?? DEFAULTS, this.now)));
    return b;
  }

  /** After a reload: forgets breakers of targets that no longer exist (or whose provider changed). */
  retain(identities: ReadonlySet<string>): void {
    for (const id of this.#breakers.keys()) if (!identities.has(id)) this.#breakers.delete(id);
  }

  snapshot(): { target: string; state: BreakerState; opens: number }[] {
    return [...this.#breakers.values()].map((b) => ({ target: b.key, state: b.state, opens: b.opens }));
  }
}
