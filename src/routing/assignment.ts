import { createHash } from 'node:crypto';

/** A session's position in [0, 1) for an experiment: the same on every replica, forever. */
export function assignmentUnit(experiment: string, sessionId: string): number {
  const digest = createHash('sha256').update(experiment).update('\0').update(sessionId).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/**
 * Picks a variant by walking cumulative weights in the given order. Put the candidate first:
 * then raising its weight only moves sessions into it (u < weight), never out of it.
 */
export function pickVariant(u: number, ordered: readonly (readonly [name: string, weight: number])[]): string {
  let acc = 0;
  for (const [name, weight] of ordered) {
    acc += weight;
    if (u < acc) return name;
  }
  // Rounding or weights summing below 1: the last variant with any weight takes the rest.
  const withWeight = ordered.filter(([, w]) => w > 0);
  return (withWeight[withWeight.length - 1] ?? ordered[ordered.length - 1])[0];
}
