// The counting contract both stores implement (memory: one replica; redis: shared by replicas).
//
// A `window` counter is an exact sliding log: each admitted request adds an entry (its id, time and
// amount) and the counter is the sum of the entries of the last `windowMs`. A `budget` counter is a
// plain sum for one calendar period; its key names the period, so a new period starts at zero.

export interface WindowCheck {
  kind: 'window';
  key: string;
  limit: number;
  amount: number;
  windowMs: number;
}

export interface BudgetCheck {
  kind: 'budget';
  key: string;
  /** In nano-USD (integers keep sums exact). */
  limit: number;
  /** When the period ends (ms since epoch): the counter may be dropped after it. */
  expiresAt: number;
}

export type LimitCheck = WindowCheck | BudgetCheck;

export interface AcquireResult {
  ok: boolean;
  /** Index of the check that refused (ok = false). */
  failed: number;
  /** Per check: the counter after admission (ok) or as it stood (refused). */
  used: number[];
  /** Per window check: ms until its oldest entry leaves the window; for the refused check, ms until this request would fit. */
  resetMs: number[];
}

export type Settlement =
  | { kind: 'window'; key: string; amount: number } // the entry's final amount (tokens: actual usage)
  | { kind: 'budget'; key: string; amount: number; expiresAt: number }; // spend to add, nano-USD

export interface BudgetRow {
  key: string;
  used: number;
}

export interface LimitStore {
  readonly kind: 'memory' | 'redis';
  /** Checks every counter and, only if all pass, adds this request to each: all or nothing. */
  acquire(checks: LimitCheck[], id: string, now: number): AcquireResult | Promise<AcquireResult>;
  settle(settlements: Settlement[], id: string): void | Promise<void>;
  /** Budget counters whose key starts with `prefix`. */
  listBudgets(prefix: string): BudgetRow[] | Promise<BudgetRow[]>;
  deleteKeys(keys: string[]): void | Promise<void>;
  close(): Promise<void>;
}
