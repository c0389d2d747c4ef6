import type { VariantConfig } from '../config/schema.js';
import type { OptimizeMethod } from '../store/optimize-types.js';

/** What an optimizer hands back: the candidate variant and why it should be better. */
export interface Proposal {
  method: OptimizeMethod;
  variant: VariantConfig;
  /** One line each, for the report. */
  why: string[];
  details: Record<string, unknown>;
}

export interface Progress {
  (label: string, done: number, total: number): void;
}
