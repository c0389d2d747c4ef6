// How much two byte strings share at their ends: an agent's next request repeats most of its
// previous one, and the work done on those bytes (the syntax scan, src/core/scan-memo.ts; the
// store's redaction and request bases) need not be done again.

const CHUNK = 4096;

/** The common prefix of `a` and `b`, and their common suffix in what follows it (the two never overlap). */
export function sharedEnds(a: Buffer, b: Buffer): { head: number; tail: number } {
  const head = commonPrefix(a, b);
  return { head, tail: commonSuffix(a.subarray(head), b.subarray(head)) };
}

/** Length of the common prefix of `a` and `b`: native compares of 4 KB chunks, then a bisection of the differing one. */
export function commonPrefix(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  let lo = 0;
  while (lo < n) {
    const end = Math.min(n, lo + CHUNK);
    if (a.compare(b, lo, end, lo, end) !== 0) break;
    lo = end;
  }
  let hi = Math.min(n, lo + CHUNK);
  // a and b agree on [0, lo); the first difference, if any, is before hi.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.compare(b, lo, mid, lo, mid) === 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix of `a` and `b`: commonPrefix read from the end. */
export function commonSuffix(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  // a and b agree on their last `lo` bytes; equal(len) compares their last `len` bytes beyond those.
  const equal = (lo: number, len: number) => a.compare(b, b.length - len, b.length - lo, a.length - len, a.length - lo) === 0;
  let lo = 0;
  while (lo < n) {
    const end = Math.min(n, lo + CHUNK);
    if (!equal(lo, end)) break;
    lo = end;
  }
  let hi = Math.min(n, lo + CHUNK);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (equal(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
