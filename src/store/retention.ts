import type { Logger } from 'pino';
import type { Store } from './types.js';

// The retention sweep: every `everyMs` (and once at start), delete inferences older than
// `days` with everything attached to them. On several replicas each sweeps; deletes are idempotent.
export function startRetentionSweep(store: Store, days: number, opts: { everyMs?: number; logger?: Logger; now?: () => number } = {}): () => void {
  const now = opts.now ?? Date.now;
  let running: Promise<void> | undefined;
  const sweep = () => {
    if (running) return;
    const before = new Date(now() - days * 86_400_000).toISOString();
    running = store.feedback
      .deleteOlderThan(before)
      .then((c) => {
        if (c.inferences > 0) opts.logger?.info({ deleted: c.inferences, related: c.related, before }, 'retention: deleted old inferences');
      })
      .catch((err) => opts.logger?.error({ err }, 'retention sweep failed'))
      .finally(() => (running = undefined));
  };
  sweep();
  const timer = setInterval(sweep, opts.everyMs ?? 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
