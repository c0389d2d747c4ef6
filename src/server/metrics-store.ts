import { Counter, Gauge, type Registry } from 'prom-client';
import type { Store } from '../store/types.js';

// The store's write path on /metrics: rows queued, written, retried, spilled, replayed and
// dropped (counters read from the writer at scrape time), plus how far behind it is.

export function registerStoreMetrics(registry: Registry, store: Store): void {
  new Counter({
    name: 'switchyard_store_rows_total',
    help: 'Inference rows through the store writer by event (queued, written, retried, spilled, replayed, dropped)',
    labelNames: ['event'],
    registers: [registry],
    collect() {
      const c = store.writeHealth().counters;
      this.reset();
      for (const [event, n] of Object.entries(c)) this.inc({ event }, n);
    },
  });
  new Gauge({
    name: 'switchyard_store_pending_rows',
    help: 'Inference rows accepted but not yet written (memory and spill file)',
    labelNames: ['where'],
    registers: [registry],
    collect() {
      const h = store.writeHealth();
      this.set({ where: 'memory' }, h.pending - h.spilled);
      this.set({ where: 'spill' }, h.spilled);
    },
  });
  new Gauge({
    name: 'switchyard_store_lag_seconds',
    help: 'Age of the oldest inference row not yet written',
    registers: [registry],
    collect() {
      this.set(store.writeHealth().lag_ms / 1000);
    },
  });
  new Gauge({
    name: 'switchyard_store_writable',
    help: '1 while store writes succeed, 0 while they fail',
    registers: [registry],
    collect() {
      this.set(store.writeHealth().writable ? 1 : 0);
    },
  });
}
