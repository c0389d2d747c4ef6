import { randomFillSync } from 'node:crypto';

// Ids are UUIDv7 (RFC 9562): 48-bit unix ms, then a 12-bit counter that keeps ids made in the
// same millisecond in order, then 62 random bits. Time-ordered, so rows sort by creation without
// an extra index. Several ids are made per request: they come from a pooled random buffer (filled
// from the same CSPRNG) and a hex table instead of the uuid package's per-call work.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const pool = Buffer.alloc(4096);
let at = pool.length;
let lastMs = -1;
let seq = 0;

function random(n: number): number {
  if (at + n > pool.length) {
    randomFillSync(pool);
    at = 0;
  }
  const p = at;
  at += n;
  return p;
}

function v7(sep: string): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    // A random start below half the range leaves room to count up within the millisecond.
    const p = random(2);
    seq = ((pool[p] << 8) | pool[p + 1]) & 0x7ff;
  } else {
    ms = lastMs;
    if (++seq > 0xfff) {
      // 4096 ids in one millisecond: borrow the next one rather than lose the order.
      ms = ++lastMs;
      seq = 0;
    }
  }
  const hi = Math.floor(ms / 0x10000);
  const lo = ms % 0x10000;
  const p = random(8);
  const b = pool;
  return (
    HEX[(hi >>> 24) & 0xff] + HEX[(hi >>> 16) & 0xff] + HEX[(hi >>> 8) & 0xff] + HEX[hi & 0xff] + sep +
    HEX[lo >>> 8] + HEX[lo & 0xff] + sep +
    HEX[0x70 | (seq >>> 8)] + HEX[seq & 0xff] + sep +
    HEX[0x80 | (b[p] & 0x3f)] + HEX[b[p + 1]] + sep +
    HEX[b[p + 2]] + HEX[b[p + 3]] + HEX[b[p + 4]] + HEX[b[p + 5]] + HEX[b[p + 6]] + HEX[b[p + 7]]
  );
}

/** Time-ordered ids so rows sort by creation without an extra index. */
export function newId(): string {
  return v7('-');
}

/**
 * A UUIDv7's 32 hex digits without dashes. Time-ordered too, which matters where such ids are
 * indexed: random ones (generated request ids were `randomUUID()`) land on a different leaf page
 * of the index with every row, and each page goes to the WAL again at every commit
 * (docs/performance.md, "perf-json, issue 18").
 */
export function newCompactId(): string {
  return v7('');
}

export function newToolCallId(): string {
  return `call_${v7('').slice(-24)}`;
}
