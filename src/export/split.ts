import { createHash } from 'node:crypto';

// Seeded train/test split decided per example from (seed, id) alone: streaming needs no total,
// the same seed gives the same split on every run, and adding rows never moves existing ones.
export function isTest(id: string, seed: number, testFraction: number): boolean {
  if (testFraction <= 0) return false;
  const h = createHash('sha256').update(`${seed}:${id}`).digest();
  return h.readUInt32BE(0) / 0x1_0000_0000 < testFraction;
}
