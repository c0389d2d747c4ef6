import { closingQuote } from '../core/json-scan.js';
import type { Span } from '../core/json-syntax.js';

// Replaces top-level values of a JSON object text without parsing or re-serializing the rest:
// a 50 KB agent request keeps its bytes and only the model name changes; an upstream's answer
// keeps its bytes and only the ids Switchyard stamps change. Keys written with escapes are decoded
// before comparing, and anything unexpected returns undefined so the caller falls back to
// JSON.stringify.

// The next character that matters outside a string: quotes and brackets.
const STRUCTURAL = /["{}[\]]/g;

/**
 * Works on the UTF-8 bytes of the JSON text as received: the offsets are found on the bytes read
 * as latin1 (one character per byte; the bytes of a multi-byte UTF-8 character are all >= 0x80, so
 * never a quote, bracket, colon or backslash) and everything else is copied as bytes, never
 * decoded and encoded again.
 */
export function replaceTopLevel(bytes: Buffer, key: string, value: unknown): Buffer | undefined {
  const ranges = topLevelValues(bytes.toString('latin1'), key);
  return ranges && replaceRanges(bytes, ranges, value);
}

/** `bytes` with each of `ranges` (in order, not overlapping) replaced by the JSON of `value`. */
export function replaceRanges(bytes: Buffer, ranges: readonly Span[], value: unknown): Buffer {
  const replacement = Buffer.from(JSON.stringify(value), 'utf8');
  const parts: Buffer[] = [];
  let copied = 0;
  for (const [start, end] of ranges) {
    parts.push(bytes.subarray(copied, start), replacement);
    copied = end;
  }
  parts.push(bytes.subarray(copied));
  return Buffer.concat(parts);
}

/** The members of a JSON object text at its top level: each key (escapes decoded) and its value's span. */
export interface TopLevel {
  readonly keys: string[];
  readonly spans: Span[];
  /** Where the object's closing brace is. */
  readonly close: number;
}

/**
 * [start, end) of every top-level value of `key` (JSON.parse keeps the last of duplicates, and so
 * would the upstream: each is replaced), or undefined when there is none or the text is not an object.
 */
function topLevelValues(text: string, key: string): Span[] | undefined {
  const members = topLevelMembers(text);
  if (!members) return undefined;
  const ranges = members.spans.filter((_, i) => members.keys[i] === key);
  return ranges.length ? ranges : undefined;
}

/** The top-level members of the JSON object `text`, or undefined when it is not one (it was parsed already: this only finds where things are). */
export function topLevelMembers(text: string): TopLevel | undefined {
  let i = skipWs(text, 0);
  if (text.charCodeAt(i) !== 123 /* { */) return undefined;
  i++;
  const keys: string[] = [];
  const spans: Span[] = [];
  for (;;) {
    i = skipWs(text, i);
    const c = text.charCodeAt(i);
    if (c === 125 /* } */) return { keys, spans, close: i };
    if (c === 44 /* , */) {
      i++;
      continue;
    }
    if (c !== 34 /* " */) return undefined;
    const keyEnd = closingQuote(text, i + 1);
    if (keyEnd < 0) return undefined;
    const rawKey = text.slice(i + 1, keyEnd);
    keys.push(rawKey.includes('\\') ? (JSON.parse(text.slice(i, keyEnd + 1)) as string) : rawKey);
    i = skipWs(text, keyEnd + 1);
    if (text.charCodeAt(i) !== 58 /* : */) return undefined;
    const valueStart = skipWs(text, i + 1);
    const valueEnd = skipValue(text, valueStart);
    if (valueEnd < 0) return undefined;
    spans.push([valueStart, valueEnd]);
    i = valueEnd;
  }
}

/**
 * The JSON object `text` with `values` set at its top level: a key it has keeps its place and gets
 * the new value, a key it lacks goes after its last member, in the order of `values`; every other
 * character stays. For text as JSON.stringify writes it, that is exactly
 * `JSON.stringify({ ...JSON.parse(text), ...values })`. Undefined (the caller serializes) when
 * `text` is not an object, gives one of the keys twice, or a value has no JSON.
 */
export function setTopLevel(text: string, values: Record<string, unknown>): string | undefined {
  const members = topLevelMembers(text);
  if (!members) return undefined;
  const { keys, spans } = members;
  const edits: [at: number, end: number, text: string][] = [];
  let added = '';
  for (const key of Object.keys(values)) {
    const json = JSON.stringify(values[key]);
    if (json === undefined) return undefined;
    const at = keys.indexOf(key);
    if (at < 0) {
      added += `${keys.length > 0 || added ? ',' : ''}${JSON.stringify(key)}:${json}`;
      continue;
    }
    if (keys.indexOf(key, at + 1) >= 0) return undefined;
    edits.push([spans[at][0], spans[at][1], json]);
  }
  if (added) {
    const after = keys.length ? spans[spans.length - 1][1] : members.close;
    edits.push([after, after, added]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let copied = 0;
  for (const [start, end, json] of edits) {
    out += text.slice(copied, start) + json;
    copied = end;
  }
  return out + text.slice(copied);
}

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** End (exclusive) of the JSON value starting at `start`, or -1. */
function skipValue(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === 34) {
    const e = closingQuote(text, start + 1);
    return e < 0 ? -1 : e + 1;
  }
  if (c !== 123 && c !== 91) {
    // number, true, false, null: up to the next delimiter
    let i = start;
    for (;;) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || Number.isNaN(d)) break;
      i++;
    }
    return i > start ? i : -1;
  }
  let depth = 0;
  STRUCTURAL.lastIndex = start;
  // test() rather than exec(): the match is one character just before lastIndex, and exec would
  // allocate a match array for every quote and bracket of the value (thousands in a 15 KB body).
  for (;;) {
    if (!STRUCTURAL.test(text)) return -1;
    const at = STRUCTURAL.lastIndex - 1;
    const ch = text.charCodeAt(at);
    if (ch === 34) {
      const e = closingQuote(text, at + 1);
      if (e < 0) return -1;
      STRUCTURAL.lastIndex = e + 1;
    } else if (ch === 123 || ch === 91) depth++;
    else if (--depth === 0) return at + 1;
  }
}
