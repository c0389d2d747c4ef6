// A layer's threshold for one call: its call kind's own when the trainer chose one per kind (the
// tool profile's kind, which the layer sees at runtime), else the one kinds with few training rows
// and kinds never seen share, else the single threshold of a model trained without kinds.

/** The key of the threshold that kinds with few training rows and unseen kinds share. */
export const OTHER_KINDS = '*';

export interface Thresholds {
  threshold: number;
  thresholds?: Readonly<Record<string, number>>;
}

export function thresholdFor(m: Thresholds, kind: string): number {
  return m.thresholds?.[kind] ?? m.thresholds?.[OTHER_KINDS] ?? m.threshold;
}
