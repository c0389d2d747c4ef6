import type { Span } from './json-syntax.js';

// Checking JSON text's syntax without building it: the string counterpart of json-syntax.ts (which
// works on bytes), for text already decoded. A Responses stream's lifecycle events echo the whole
// Response (Codex's 11 KB of tools) and are read for a few small members; parsing each whole cost
// more than the rest of the stream (docs/performance.md, "perf-resp").
//
// Exact, not merely sound: a value is accepted here iff JSON.parse accepts it (the same grammar:
// whitespace is space, tab, newline and carriage return; strings take no raw control character;
// numbers and escapes as RFC 8259 writes them). No depth limit: the walk keeps its own stack.

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const MINUS = 45;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export function skipWs(t: string, i: number): number {
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

// What ends a run of ordinary string content besides the closing quote: an escape, or a raw
// control character (refused in a string; tab, newline and carriage return are whitespace outside one).
const SPECIAL = /[\\\x00-\x1f]/;
// How far one search for those looks ahead: a search to the end of the text would read the
// members a caller skips (the echoed tools, once checked: src/providers/openai/responses-lifecycle.ts).
const WINDOW = 512;

/**
 * Where strings end, found by native searches rather than a loop over their characters in
 * JavaScript (that loop cost about as much as JSON.parse of the whole text): the next quote,
 * and the first backslash or control character in a window of the text, each kept until the
 * walk passes it. The walk only moves forward.
 */
export class TextStops {
  #quote = -1;
  #from = 0;
  #to = 0;
  #special = 0;

  constructor(readonly text: string) {}

  /** The next quote at or after `i`, or Infinity. */
  quote(i: number): number {
    if (this.#quote < i) {
      const at = this.text.indexOf('"', i);
      this.#quote = at < 0 ? Infinity : at;
    }
    return this.#quote;
  }

  /** The first backslash or control character in [i, limit), or `limit` when there is none. */
  special(i: number, limit: number): number {
    while (i < limit) {
      if (i < this.#from || i >= this.#to || this.#special < i) this.#search(i);
      if (this.#special < this.#to) return this.#special < limit ? this.#special : limit;
      i = this.#to; // none in this window
    }
    return limit;
  }

  #search(i: number): void {
    const to = Math.min(i + WINDOW, this.text.length);
    const at = this.text.slice(i, to).search(SPECIAL);
    this.#from = i;
    this.#to = to;
    this.#special = at < 0 ? to : i + at;
  }
}

/** After the closing quote of the string whose content starts at `i`, or -1 when it is not a valid JSON string. */
function stringEnd(stops: TextStops, i: number): number {
  const t = stops.text;
  for (;;) {
    const q = stops.quote(i);
    if (q === Infinity) return -1;
    const b = stops.special(i, q);
    if (b === q) return q + 1;
    if (t.charCodeAt(b) !== BACKSLASH) return -1; // a raw control character
    const e = t.charCodeAt(b + 1);
    if (e === 117 /* u */) {
      if (!(isHex(t.charCodeAt(b + 2)) && isHex(t.charCodeAt(b + 3)) && isHex(t.charCodeAt(b + 4)) && isHex(t.charCodeAt(b + 5)))) return -1;
      i = b + 6;
    } else if (e === QUOTE || e === BACKSLASH || e === 47 /* / */ || e === 98 || e === 102 || e === 110 || e === 114 || e === 116 /* b f n r t */) i = b + 2;
    else return -1;
  }
}

/** After the number starting at `i` (JSON's grammar exactly), or -1. */
function numberEnd(t: string, i: number): number {
  if (t.charCodeAt(i) === MINUS) i++;
  if (t.charCodeAt(i) === 48) i++;
  else if (isDigit(t.charCodeAt(i))) while (isDigit(t.charCodeAt(i))) i++;
  else return -1;
  if (t.charCodeAt(i) === 46 /* . */) {
    if (!isDigit(t.charCodeAt(++i))) return -1;
    while (isDigit(t.charCodeAt(i))) i++;
  }
  const e = t.charCodeAt(i);
  if (e === 101 || e === 69 /* e E */) {
    const s = t.charCodeAt(++i);
    if (s === 43 || s === MINUS) i++;
    if (!isDigit(t.charCodeAt(i))) return -1;
    while (isDigit(t.charCodeAt(i))) i++;
  }
  return i;
}

const LITERALS = ['true', 'false', 'null'];

function literalEnd(t: string, i: number): number {
  for (const word of LITERALS) if (t.startsWith(word, i)) return i + word.length;
  return -1;
}

/** Where the value of the member whose key starts at `i` (its opening quote) starts, or -1. */
function afterKey(stops: TextStops, i: number): number {
  const t = stops.text;
  if (t.charCodeAt(i) !== QUOTE) return -1;
  i = stringEnd(stops, i + 1);
  if (i < 0) return -1;
  i = skipWs(t, i);
  return t.charCodeAt(i) === COLON ? skipWs(t, i + 1) : -1;
}

/** After the JSON value starting at `i` (no whitespace before it), or -1 when JSON.parse would refuse it. */
export function valueEnd(stops: TextStops, i: number): number {
  const t = stops.text;
  // The open containers, innermost last: true for an object.
  const open: boolean[] = [];
  for (;;) {
    // A value starts at i.
    const c = t.charCodeAt(i);
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const close = c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
      i = skipWs(t, i + 1);
      if (t.charCodeAt(i) === close) i++;
      else {
        open.push(c === OPEN_OBJECT);
        if (c === OPEN_OBJECT && (i = afterKey(stops, i)) < 0) return -1;
        continue;
      }
    } else {
      i = c === QUOTE ? stringEnd(stops, i + 1) : c === MINUS || isDigit(c) ? numberEnd(t, i) : literalEnd(t, i);
      if (i < 0) return -1;
    }
    // After a value: close containers until one has a next member.
    for (;;) {
      if (open.length === 0) return i;
      i = skipWs(t, i);
      const d = t.charCodeAt(i);
      const isObject = open[open.length - 1];
      if (d === COMMA) {
        i = skipWs(t, i + 1);
        if (isObject && (i = afterKey(stops, i)) < 0) return -1;
        break;
      }
      if (d !== (isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) return -1;
      open.pop();
      i++;
    }
  }
}

/** Checks the value of `key` starting at `at`: returns where it ends, or -1 when it is not valid. */
type ValueCheck = (stops: TextStops, key: string, at: number) => number;

/** The members of an object, in order (duplicates too: JSON.parse keeps the last), and where it ends. */
export interface Members {
  readonly keys: string[];
  readonly spans: Span[];
  readonly end: number;
}

const anyValue: ValueCheck = (stops, _key, at) => valueEnd(stops, at);

/**
 * The members of the object starting at `start` (its opening brace), each value checked by
 * `check` (by default valueEnd: the whole object as JSON.parse would take it), or undefined when
 * it is not a valid object. Keys are decoded as JSON.parse decodes them.
 */
export function objectMembers(stops: TextStops, start: number, check: ValueCheck = anyValue): Members | undefined {
  const t = stops.text;
  if (t.charCodeAt(start) !== OPEN_OBJECT) return undefined;
  const keys: string[] = [];
  const spans: Span[] = [];
  let i = skipWs(t, start + 1);
  if (t.charCodeAt(i) === CLOSE_OBJECT) return { keys, spans, end: i + 1 };
  for (;;) {
    if (t.charCodeAt(i) !== QUOTE) return undefined;
    const keyAt = i;
    const keyStop = stringEnd(stops, i + 1);
    if (keyStop < 0) return undefined;
    const key = t.slice(keyAt + 1, keyStop - 1);
    i = skipWs(t, keyStop);
    if (t.charCodeAt(i) !== COLON) return undefined;
    const at = skipWs(t, i + 1);
    const decoded = key.includes('\\') ? (JSON.parse(t.slice(keyAt, keyStop)) as string) : key;
    const end = check(stops, decoded, at);
    if (end < 0) return undefined;
    keys.push(decoded);
    spans.push([at, end]);
    i = skipWs(t, end);
    const d = t.charCodeAt(i);
    if (d === CLOSE_OBJECT) return { keys, spans, end: i + 1 };
    if (d !== COMMA) return undefined;
    i = skipWs(t, i + 1);
  }
}
