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

/** After the string whose content starts at `i`, or -1 when it is not a valid JSON string. */
function stringEnd(b: Buffer, runs: StringRuns, i: number): number {
  for (;;) {
    i = runs.stopFrom(i);
    const c = b[i];
    if (c === QUOTE) return i + 1;
    if (c !== BACKSLASH) return -1; // a control character, or the end of the bytes
    const e = b[i + 1];
    if (e === 0x75 /* u */) {
      if (!(isHex(b[i + 2]) && isHex(b[i + 3]) && isHex(b[i + 4]) && isHex(b[i + 5]))) return -1;
      i += 6;
    } else if (ESCAPED.has(e)) i += 2;
    else return -1;
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
 * The top-level fields of the JSON object in `b` (each key's value as a span of the bytes), when
 * `b` is one JSON object nesting at most `maxDepth` levels (the outermost is level 1) that
 * JSON.parse would take whole; undefined otherwise (see the top of this file).
 */
export function scanObject(b: Buffer, maxDepth: number): Map<string, Span> | undefined {
  const fields = new Map<string, Span>();
  const runs = new StringRuns(b);
  // Whether each open container is an object: isObject[depth] for depth 1..maxDepth.
  const isObject: boolean[] = [];
  let depth = 0;
  let topKey: string | undefined;
  let topStart = 0;
  let i = skipWs(b, 0);
  if (b[i] !== OPEN_OBJECT || maxDepth < 1) return undefined;
  for (;;) {
    // A value starts at i.
    const c = b[i];
    let member = false;
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > maxDepth) return undefined;
      isObject[depth] = c === OPEN_OBJECT;
      i = skipWs(b, i + 1);
      member = b[i] !== (c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY);
      if (!member) {
        i++;
        depth--;
      }
    } else {
      i = c === QUOTE ? stringEnd(b, runs, i + 1) : c === MINUS || isDigit(c) ? numberEnd(b, i) : literalEnd(b, i);
      if (i < 0) return undefined;
    }
    // After a value: close containers until one has a next member.
    while (!member) {
      if (depth === 0) return skipWs(b, i) === b.length ? fields : undefined;
      if (depth === 1 && topKey !== undefined) {
        if (fields.has(topKey)) return undefined; // a key given twice: the caller parses
        fields.set(topKey, [topStart, i]);
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
 * The fields of each item of the array at `span` of bytes scanObject accepted (the last of
 * duplicate keys, as JSON.parse keeps), or undefined for an item that is not an object. Walks the
 * bytes once.
 */
export function itemFields(b: Buffer, span: Span): (Map<string, Span> | undefined)[] {
  const runs = new StringRuns(b);
  const items: (Map<string, Span> | undefined)[] = [];
  let i = skipWs(b, span[0] + 1);
  while (i < span[1] - 1) {
    let end: number;
    if (b[i] === OPEN_OBJECT) {
      const fields = new Map<string, Span>();
      end = objectEnd(b, runs, i, fields);
      items.push(fields);
    } else {
      end = valueEnd(b, runs, i);
      items.push(undefined);
    }
    i = skipWs(b, end);
    if (b[i] === COMMA) i = skipWs(b, i + 1);
  }
  return items;
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
