import type { Logger } from 'pino';
import type { DeleteCounts } from './feedback-types.js';
import type { Store } from './types.js';

// The retention sweep: once at start and then every `everyMs`, delete inferences older than
// `days` with everything attached to them. Several replicas may each sweep; deletes are idempotent.

interface RetentionSweep {
  /** Runs one sweep now (or joins the one running). */
  sweep(): Promise<DeleteCounts | undefined>;
  /** Stops the timer and waits for a running sweep, so the store can close after. */
  stop(): Promise<void>;
}

export function startRetentionSweep(store: Store, days: number, opts: { everyMs?: number; logger?: Logger; now?: () => number } = {}): RetentionSweep {
  const now = opts.now ?? Date.now;
  let running: Promise<DeleteCounts | undefined> | undefined;
  const sweep = () =>
    (running ??= (async () => {
      const before = new Date(now() - days * 86_400_000).toISOString();
      try {
        const c = await store.feedback.deleteOlderThan(before);
        if (c.inferences > 0) opts.logger?.info({ deleted: c.inferences, related: c.related, before }, 'retention: deleted old inferences');
        return c;
      } catch (err) {
        opts.logger?.error({ err }, 'retention sweep failed');
        return undefined;
      } finally {
        running = undefined;
      }
    })());
  void sweep();
  const timer = setInterval(() => void sweep(), opts.everyMs ?? 3_600_000);
  timer.unref();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
