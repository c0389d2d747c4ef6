// Checking a JSON object's syntax on its UTF-8 bytes without building it: a 50 KB agent request
// forwarded to an upstream of its own wire format needs only a few of its top-level fields, and
// decoding the bytes to a string and parsing the whole tree cost more than the rest of the
// request's own work (docs/performance.md, "Same-format pass-through").
//
// The check is sound, not complete: whatever it accepts, JSON.parse of the decoded text accepts
// too, giving a value with no own "__proto__" key at any depth and no deeper nesting than asked.
// Anything it does not vouch for returns undefined, and the caller parses as before (which also
// words the error). It refuses more than JSON.parse in three places, all rare in client bodies: a
// key written with an escape (it could spell "__proto__"), a top-level key given twice (the
// forwarded bytes would hold both) and a byte-order mark.
//
// Works on bytes: every byte of a multi-byte UTF-8 character is >= 0x80, so it can never be read
// as a quote, backslash, bracket or control character, and the decoder turns invalid sequences
// into U+FFFD (inside a string: allowed; outside one the byte is refused here anyway).

import type { CheckedValues } from './checked-values.js';

/** [start, end) of a value in the bytes. */
export type Span = readonly [number, number];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;

// Bytes that end a run of ordinary string content: the closing quote, an escape, a control character.
const STRING_STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STRING_STOP[c] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;
// What may follow a backslash (u is checked with its four hex digits).
const ESCAPED = new Set([QUOTE, BACKSLASH, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const PROTO = Buffer.from('__proto__');
const LITERALS = [Buffer.from('true'), Buffer.from('false'), Buffer.from('null')];

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

function skipWs(b: Uint8Array, i: number): number {
  for (;;) {
    const c = b[i];
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

/**
 * Where runs of ordinary string content end, four bytes at a time: most of an agent request's bytes
 * are string content, and testing a word for a quote, a backslash or a byte below 0x20 at once
 * (the bit tricks of "determine if a word has a byte less than n") takes about half the time of
 * testing each byte.
 */
class StringRuns {
  readonly #view: DataView;

  constructor(private readonly b: Buffer) {
    this.#view = new DataView(b.buffer, b.byteOffset, b.length);
  }

  /**
   * The first index from `i` on whose byte is a quote, a backslash or a control character; the
   * length when none is. (Bounded: reading past the end would give STRING_STOP an `undefined` key,
   * and V8 would look every later byte up the slow, generic way: 8 times slower, measured.)
   */
  stopFrom(i: number): number {
    const b = this.b;
    const n = b.length;
    const view = this.#view;
    // Whole words while none holds a stop (little-endian or not, only whether one does matters), then bytes.
    while (i + 4 <= n) {
      const v = view.getUint32(i, true);
      const q = v ^ 0x22222222;
      const s = v ^ 0x5c5c5c5c;
      if ((((q - 0x01010101) & ~q) | ((s - 0x01010101) & ~s) | ((v - 0x20202020) & ~v)) & 0x80808080) break;
      i += 4;
    }
    while (i < n && STRING_STOP[b[i]] === 0) i++;
    return i;
  }
}

/**
 * After the string whose content starts at `i`, or -1 when it is not a valid JSON string. Escapes
 * JSON.stringify would not write (`\/`, `\u` other than a control character's) go in `odd` by
 * offset: the store keeps a body as sent only without them (src/store/as-sent.ts).
 */
function stringEnd(b: Buffer, runs: StringRuns, i: number, odd: number[]): number {
  for (;;) {
    i = runs.stopFrom(i);
    const c = b[i];
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return -1; // a control character, or the end of the bytes
    const e = b[i + 1];
    if (e === 0x75 /* u */) {
      if (!(isHex(b[i + 2]) && isHex(b[i + 3]) && isHex(b[i + 4]) && isHex(b[i + 5]))) return -1;
      if (!(b[i + 2] === 0x30 && b[i + 3] === 0x30 && (b[i + 4] === 0x30 || b[i + 4] === 0x31))) odd.push(i);
      i += 6;
    } else if (ESCAPED.has(e)) {
      if (e === 0x2f /* / */) odd.push(i);
      i += 2;
    } else return -1;
  }
}

/** After the number starting at `i` (JSON's grammar exactly), or -1. */
function numberEnd(b: Uint8Array, i: number): number {
  if (b[i] === MINUS) i++;
  if (b[i] === 0x30) i++;
  else if (isDigit(b[i])) while (isDigit(b[i])) i++;
  else return -1;
  if (b[i] === 0x2e /* . */) {
    if (!isDigit(b[++i])) return -1;
    while (isDigit(b[i])) i++;
  }
  if (b[i] === 0x65 || b[i] === 0x45 /* e E */) {
    i++;
    if (b[i] === 0x2b || b[i] === MINUS) i++;
    if (!isDigit(b[i])) return -1;
    while (isDigit(b[i])) i++;
  }
  return i;
}

function literalEnd(b: Uint8Array, i: number): number {
  for (const word of LITERALS) {
    if (b[i] !== word[0]) continue;
    for (let k = 1; k < word.length; k++) if (b[i + k] !== word[k]) return -1;
    return i + word.length;
  }
  return -1;
}

/** After the closing quote of the key whose string starts at `at`, or -1: one with an escape (it could spell "__proto__"), a control character, or "__proto__" itself. */
function keyEnd(b: Buffer, runs: StringRuns, at: number): number {
  if (b[at] !== QUOTE) return -1;
  const end = runs.stopFrom(at + 1);
  if (b[end] !== QUOTE) return -1;
  if (end - at - 1 === PROTO.length && PROTO.compare(b, at + 1, end) === 0) return -1;
  return end + 1;
}

/**
 * What a scan found: the top-level fields, the escapes JSON.stringify would not write, and where
 * the scan could be taken up again (src/core/scan-memo.ts).
 */
export interface ObjectScan {
  readonly bytes: Buffer;
  readonly maxDepth: number;
  /** Each top-level key's value in `bytes`. */
  readonly fields: Map<string, Span>;
  /** The top-level keys in the order they came, with their values' spans. */
  readonly keys: string[];
  readonly spans: Span[];
  /** Offsets of escapes JSON.stringify would not write (`\/`, `\u0041`...), in order. */
  readonly odd: number[];
  /**
   * Where a value starts at depth 1 or 2 (offsets, in order) and the scan's state there:
   * `depth | (the depth-2 container is an object) << 2 | (top-level fields finished) << 3`.
   */
  readonly marks: number[];
  readonly states: number[];
  /** The items of top-level arrays read so far (itemsOf), by key. */
  readonly items: Map<string, Items>;
  /** The scan this one was taken up from, as far as itemsOf may reuse its items. */
  readonly prior: Prior | undefined;
}

/** The items of a top-level array: where each starts and ends, and its fields (undefined: not an object). */
export interface Items {
  readonly starts: number[];
  readonly ends: number[];
  readonly fields: (ReadonlyMap<string, Span> | undefined)[];
}

/** What a scan shares with the one it was taken up from: the bytes before `head`, and from `joinFrom` on (moved by `shift`). */
interface Prior {
  readonly items: Map<string, Items>;
  readonly head: number;
  readonly joinFrom: number;
  readonly shift: number;
}

/**
 * Taking a scan up from a scan of other bytes: `base` was scanned whole, `head` leading bytes and
 * (after those) `tail` trailing bytes of the new bytes are the same as its.
 */
interface ScanBase {
  readonly scan: ObjectScan;
  readonly head: number;
  readonly tail: number;
}

/**
 * The top-level fields of the JSON object in `b` (each key's value as a span of the bytes), when
 * `b` is one JSON object nesting at most `maxDepth` levels (the outermost is level 1) that
 * JSON.parse would take whole; undefined otherwise (see the top of this file).
 */
export function scanObject(b: Buffer, maxDepth: number): Map<string, Span> | undefined {
  return scanBody(b, maxDepth)?.fields;
}

/**
 * scanObject, with what a later scan of similar bytes needs to skip what the two share. With a
 * `base`, the scan starts at the base's last mark within the shared head (the state there is the
 * same: it depends only on the bytes before it) and stops at the first mark within the shared tail
 * where its state is the base's at the same distance from the end (the rest would read the same
 * bytes from the same state): the base's later fields, marks and escapes are taken over, moved by
 * the difference in length. The answer is the one a whole scan gives.
 *
 * With `checked`, a top-level value whose bytes are one it remembers is not read again (its end is
 * the remembered value's): such a scan has no marks or escapes inside those values, so it is never
 * a `base` nor asked for escapes (the upstream answers of src/providers/json-answer.ts).
 */
export function scanBody(b: Buffer, maxDepth: number, base?: ScanBase, checked?: CheckedValues): ObjectScan | undefined {
  const known = checked && checked.maxDepth === maxDepth && !base ? checked : undefined;
  const from = base && base.scan.maxDepth === maxDepth ? base.scan : undefined;
  const shift = from ? b.length - from.bytes.length : 0;
  const prior = from ? { items: from.items, head: base!.head, joinFrom: b.length - base!.tail, shift } : undefined;
  const out: ObjectScan = { bytes: b, maxDepth, fields: new Map(), keys: [], spans: [], odd: [], marks: [], states: [], items: new Map(), prior };
  const { fields, keys, spans, odd, marks, states } = out;
  const runs = new StringRuns(b);
  // Whether each open container is an object: isObject[depth] for depth 1..maxDepth.
  const isObject: boolean[] = [false, true];
  let depth = 0;
  let topKey: string | undefined;
  let topStart = 0;
  let i = skipWs(b, 0);
  if (b[i] !== OPEN_OBJECT || maxDepth < 1) return undefined;
  // Where the shared tail starts, and the base's mark to compare with next.
  let joinFrom = Infinity;
  let next = 0;
  if (from) {
    const k = lastMarkBefore(from.marks, base!.head);
    if (k >= 0) {
      const at = from.marks[k];
      const state = from.states[k];
      for (let f = 0; f < state >> 3; f++) {
        fields.set(from.keys[f], from.spans[f]);
        keys.push(from.keys[f]);
        spans.push(from.spans[f]);
      }
      for (let m = 0; m < k; m++) {
        marks.push(from.marks[m]);
        states.push(from.states[m]);
      }
      for (const o of from.odd) if (o < at) odd.push(o);
      depth = state & 3;
      isObject[2] = (state & 4) !== 0;
      topKey = from.keys[state >> 3];
      topStart = from.spans[state >> 3][0];
      i = at;
    }
    joinFrom = prior!.joinFrom;
    next = lastMarkBefore(from.marks, joinFrom - shift) + 1;
  }
  for (;;) {
    // A value starts at i (marked at depths 1 and 2; the outermost object is the one at depth 0).
    if (depth === 1 || depth === 2) {
      const state = depth | (depth === 2 && isObject[2] ? 4 : 0) | (keys.length << 3);
      if (i >= joinFrom) {
        const there = i - shift;
        while (next < from!.marks.length && from!.marks[next] < there) next++;
        if (next < from!.marks.length && from!.marks[next] === there && joins(from!, next, state, topKey!)) {
          return takeOver(out, from!, next, topStart, shift);
        }
      }
      marks.push(i);
      states.push(state);
    }
    const c = b[i];
    let member = false;
    const seen = depth === 1 && known !== undefined ? known.endOf(topKey!, b, i) : -1;
    if (seen >= 0) i = seen;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > maxDepth) return undefined;
      isObject[depth] = c === OPEN_OBJECT;
      i = skipWs(b, i + 1);
      member = b[i] !== (c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY);
      if (!member) {
        i++;
        depth--;
      }
    } else {
      i = c === QUOTE ? stringEnd(b, runs, i + 1, odd) : c === MINUS || isDigit(c) ? numberEnd(b, i) : literalEnd(b, i);
      if (i < 0) return undefined;
    }
    // After a value: close containers until one has a next member.
    while (!member) {
      if (depth === 0) return skipWs(b, i) === b.length ? out : undefined;
      if (depth === 1 && topKey !== undefined) {
        if (fields.has(topKey)) return undefined; // a key given twice: the caller parses
        const span: Span = [topStart, i];
        fields.set(topKey, span);
        keys.push(topKey);
        spans.push(span);
        topKey = undefined;
      }
      i = skipWs(b, i);
      const d = b[i];
      if (d === COMMA) {
        i = skipWs(b, i + 1);
        member = true;
      } else if (d === (isObject[depth] ? CLOSE_OBJECT : CLOSE_ARRAY)) {
        i++;
        depth--;
      } else return undefined;
    }
    if (!isObject[depth]) continue;
    // A member of an object: its key, then its value.
    const end = keyEnd(b, runs, i);
    if (end < 0) return undefined;
    const name = depth === 1 ? b.toString('utf8', i + 1, end - 1) : undefined;
    i = skipWs(b, end);
    if (b[i] !== COLON) return undefined;
    i = skipWs(b, i + 1);
    if (name !== undefined) {
      topKey = name;
      topStart = i;
    }
  }
}

/** The index of the last mark before `offset`, or -1. */
function lastMarkBefore(marks: readonly number[], offset: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether the base's state at its mark `m` is `state` in all but the count of fields, with the same pending top-level key. */
function joins(from: ObjectScan, m: number, state: number, topKey: string): boolean {
  const theirs = from.states[m];
  return (theirs & 7) === (state & 7) && from.keys[theirs >> 3] === topKey;
}

/** The scan finished from the base's mark `m` on: its later fields, marks and escapes, moved by `shift`. */
function takeOver(out: ObjectScan, from: ObjectScan, m: number, topStart: number, shift: number): ObjectScan | undefined {
  const first = from.states[m] >> 3;
  const offset = out.keys.length - first;
  for (let f = first; f < from.keys.length; f++) {
    const key = from.keys[f];
    if (out.fields.has(key)) return undefined; // a key given twice: the caller parses
    const [start, end] = from.spans[f];
    const span: Span = [f === first ? topStart : start + shift, end + shift];
    out.fields.set(key, span);
    out.keys.push(key);
    out.spans.push(span);
  }
  for (let k = m; k < from.marks.length; k++) {
    const state = from.states[k];
    out.marks.push(from.marks[k] + shift);
    out.states.push((state & 7) | (((state >> 3) + offset) << 3));
  }
  const at = from.marks[m];
  for (const o of from.odd) if (o >= at) out.odd.push(o + shift);
  return out;
}

/** After the value starting at `i` of bytes scanObject accepted (no checks: they were made). */
function valueEnd(b: Buffer, runs: StringRuns, i: number): number {
  let depth = 0;
  for (;;) {
    const c = b[i];
    if (c === QUOTE) {
      i++;
      for (;;) {
        i = runs.stopFrom(i);
        if (b[i] === QUOTE) break;
        i += 2; // an escape; \uXXXX's digits are ordinary content
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
    else if (depth === 0 && !(c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === COMMA || c === COLON)) {
      // A number or literal at the top: up to the next delimiter.
      while (!(b[i] === COMMA || b[i] === CLOSE_OBJECT || b[i] === CLOSE_ARRAY || b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09 || i >= b.length)) i++;
      return i;
    }
    i++;
    if (depth === 0) return i;
  }
}

/**
 * The fields of each item of the top-level array `key` of a scan (the last of duplicate keys, as
 * JSON.parse keeps), undefined when the field is not an array. Walks the bytes once, and not even
 * that where the scan was taken up from another whose items were read: an item wholly within the
 * bytes the two share is the other's, moved.
 */
export function itemsOf(scan: ObjectScan, key: string): Items | undefined {
  const known = scan.items.get(key);
  if (known) return known;
  const b = scan.bytes;
  const span = scan.fields.get(key);
  if (span === undefined || b[span[0]] !== OPEN_ARRAY) return undefined;
  const prior = scan.prior;
  const before = prior?.items.get(key);
  let k = 0; // the next of `before`'s items to look at
  const runs = new StringRuns(b);
  const items: Items = { starts: [], ends: [], fields: [] };
  let i = skipWs(b, span[0] + 1);
  while (i < span[1] - 1) {
    let end = -1;
    let fields: ReadonlyMap<string, Span> | undefined;
    if (before) {
      // Its items in order: the one starting here, if it ends within what the two share.
      const there = i >= prior!.joinFrom ? i - prior!.shift : i;
      while (k < before.starts.length && before.starts[k] < there) k++;
      if (k < before.starts.length && before.starts[k] === there && (i >= prior!.joinFrom || before.ends[k] < prior!.head)) {
        end = before.ends[k] + (i - there);
        fields = moved(before.fields[k], i - there);
      }
    }
    if (end < 0) {
      if (b[i] === OPEN_OBJECT) {
        const own = new Map<string, Span>();
        end = objectEnd(b, runs, i, own);
        fields = own;
      } else end = valueEnd(b, runs, i);
    }
    items.starts.push(i);
    items.ends.push(end);
    items.fields.push(fields);
    i = skipWs(b, end);
    if (b[i] === COMMA) i = skipWs(b, i + 1);
  }
  scan.items.set(key, items);
  return items;
}

function moved(fields: ReadonlyMap<string, Span> | undefined, by: number): ReadonlyMap<string, Span> | undefined {
  if (by === 0 || fields === undefined) return fields;
  const out = new Map<string, Span>();
  for (const [name, [start, end]] of fields) out.set(name, [start + by, end + by]);
  return out;
}

/** After the object starting at `start` (accepted bytes), its members put in `fields`. */
function objectEnd(b: Buffer, runs: StringRuns, start: number, fields: Map<string, Span>): number {
  let i = skipWs(b, start + 1);
  while (b[i] !== CLOSE_OBJECT) {
    const end = keyEnd(b, runs, i);
    const value = skipWs(b, skipWs(b, end) + 1);
    const valueStop = valueEnd(b, runs, value);
    fields.set(b.toString('utf8', i + 1, end - 1), [value, valueStop]);
    i = skipWs(b, valueStop);
    if (b[i] === COMMA) i = skipWs(b, i + 1);
  }
  return i + 1;
}
