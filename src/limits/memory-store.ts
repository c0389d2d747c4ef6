import type { AcquireResult, BudgetRow, LimitCheck, LimitStore, Settlement } from './store.js';

// In-process counters: exact on one replica because acquire runs to completion synchronously
// (no other request can interleave between the checks and the increments).

interface Entry {
  t: number;
  amount: number;
}

class Window {
  entries: Entry[] = [];
  head = 0;
  sum = 0;
  byId = new Map<string, Entry>();
  ids: string[] = [];

  expire(cutoff: number): void {
    while (this.head < this.entries.length && this.entries[this.head].t <= cutoff) {
      this.sum -= this.entries[this.head].amount;
      this.byId.delete(this.ids[this.head]);
      this.head++;
    }
    // Compact now and then so the arrays do not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.ids = this.ids.slice(this.head);
      this.head = 0;
    }
  }

  /** ms until `need` units have left the window. */
  freeIn(need: number, now: number, windowMs: number): number {
    let freed = 0;
    for (let i = this.head; i < this.entries.length; i++) {
      freed += this.entries[i].amount;
      if (freed >= need) return Math.max(0, this.entries[i].t + windowMs - now);
    }
    return windowMs;
  }

  oldestResetMs(now: number, windowMs: number): number {
    return this.head < this.entries.length ? Math.max(0, this.entries[this.head].t + windowMs - now) : 0;
  }
}

export class MemoryLimitStore implements LimitStore {
  readonly kind = 'memory' as const;
  readonly #windows = new Map<string, Window>();
  readonly #budgets = new Map<string, { used: number; expiresAt: number }>();
  readonly #sweeper: NodeJS.Timeout;

  constructor() {
    // Drop counters nobody touched for a while (e.g. many distinct keys on an open gateway).
    this.#sweeper = setInterval(() => this.#sweep(Date.now()), 60_000);
    this.#sweeper.unref();
  }

  acquire(checks: LimitCheck[], id: string, now: number): AcquireResult {
    const used: number[] = [];
    const resetMs: number[] = [];
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i];
      if (c.kind === 'window') {
        const w = this.#window(c.key);
        w.expire(now - c.windowMs);
        used.push(w.sum);
        if (w.sum + c.amount > c.limit) {
          resetMs.push(c.amount > c.limit ? c.windowMs : w.freeIn(w.sum + c.amount - c.limit, now, c.windowMs));
          return { ok: false, failed: i, used, resetMs };
        }
        resetMs.push(0);
      } else {
        const b = this.#budgets.get(c.key);
        const u = b && b.expiresAt > now ? b.used : 0;
        used.push(u);
        resetMs.push(0);
        if (u >= c.limit) return { ok: false, failed: i, used, resetMs };
      }
    }
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i];
      if (c.kind !== 'window') continue;
      const w = this.#window(c.key);
      const e = { t: now, amount: c.amount };
      w.entries.push(e);
      w.ids.push(id);
      w.byId.set(id, e);
      w.sum += c.amount;
      used[i] = w.sum;
      resetMs[i] = w.oldestResetMs(now, c.windowMs);
    }
    return { ok: true, failed: -1, used, resetMs };
  }

  settle(settlements: Settlement[], id: string): void {
    for (const s of settlements) {
      if (s.kind === 'window') {
        const w = this.#windows.get(s.key);
        const e = w?.byId.get(id);
        if (!w || !e) continue; // already out of the window
        w.sum += s.amount - e.amount;
        e.amount = s.amount;
      } else {
        const b = this.#budgets.get(s.key);
        if (b && b.expiresAt > Date.now()) b.used += s.amount;
        else this.#budgets.set(s.key, { used: s.amount, expiresAt: s.expiresAt });
      }
    }
  }

  listBudgets(prefix: string): BudgetRow[] {
    const now = Date.now();
    return [...this.#budgets].filter(([k, b]) => k.startsWith(prefix) && b.expiresAt > now).map(([key, b]) => ({ key, used: b.used }));
  }

  deleteKeys(keys: string[]): void {
    for (const k of keys) this.#budgets.delete(k);
  }

  async close(): Promise<void> {
    clearInterval(this.#sweeper);
  }

  #window(key: string): Window {
    let w = this.#windows.get(key);
    if (!w) this.#windows.set(key, (w = new Window()));
    return w;
  }

  #sweep(now: number): void {
    for (const [k, w] of this.#windows) {
      const last = w.entries[w.entries.length - 1];
      // Windows are at most a minute long; an hour-old last entry means the window is empty.
      if (!last || last.t < now - 3_600_000) this.#windows.delete(k);
    }
    for (const [k, b] of this.#budgets) if (b.expiresAt <= now) this.#budgets.delete(k);
  }
}
