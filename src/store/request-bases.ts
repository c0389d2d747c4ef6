import { createHash } from 'node:crypto';
import { SessionRequests } from './clean-requests.js';
import { sharedEnds } from '../core/shared-bytes.js';

// Every turn of an agent conversation re-sends the whole conversation (Claude Code: 50 KB and
// growing), and inserting those bytes again was nearly all of the SQLite writer's time. The writer
// keeps one stored request per session as its base (table request_bases, keyed by a hash of its
// bytes); a request sharing more than three quarters of its bytes with the base is stored as the
// base's hash, the lengths of the head and tail it shares, and only the bytes in between. Head and
// tail: Claude Code sends `messages` before `system` and `tools`, so a turn differs in the middle.
// The stored bytes are the redacted ones; reads put head + middle + tail together again
// (sqlite/inference-rows.ts), byte for byte.

/** Requests below this size are stored whole: a new base costs a second insert. */
export const MIN_BASE_BYTES = 4096;

interface RequestSplit {
  /** The base's key in request_bases. */
  hash: string;
  /** The base's bytes (to insert when request_bases lacks them). */
  base: Buffer;
  head: number;
  tail: number;
  /** The request's bytes between the shared head and tail. */
  middle: Buffer;
}

export class RequestBases {
  readonly #bases: SessionRequests;
  readonly #hashes = new WeakMap<Buffer, string>();

  constructor(budgetBytes?: number) {
    this.#bases = new SessionRequests(budgetBytes);
  }

  /** How to store `bytes` for `session` against its base; undefined: store them whole. */
  split(session: string, bytes: Buffer): RequestSplit | undefined {
    const base = this.#bases.get(session);
    if (base) {
      // Both cuts fall between UTF-8 characters, so the stored middle is text on its own (reads
      // join bytes; this is for whoever reads the column directly).
      let { head, tail } = sharedEnds(base, bytes);
      while (head > 0 && (continuation(bytes[head]) || continuation(base[head]))) head--;
      // Moving the head back may share more of the tail; that stays unused (a rare few bytes).
      while (tail > 0 && continuation(bytes[bytes.length - tail])) tail--;
      // The middle grows each turn until the request becomes the new base. A new base costs its
      // whole size once; a lower bar stores longer middles in every turn. 1,000 turns of growing
      // conversations stored 24 MB at a half, 19 MB at three quarters, 17 MB at seven eighths
      // (which re-bases more often when turns add much).
      if ((head + tail) * 4 > bytes.length * 3) return { hash: this.#hashes.get(base)!, base, head, tail, middle: bytes.subarray(head, bytes.length - tail) };
    }
    if (bytes.length < MIN_BASE_BYTES) return undefined;
    const held = this.#bases.remember(session, bytes);
    if (!held) return undefined;
    const hash = createHash('sha256').update(held).digest('base64url');
    this.#hashes.set(held, hash);
    return { hash, base: held, head: held.length, tail: 0, middle: held.subarray(0, 0) };
  }
}

const continuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;
