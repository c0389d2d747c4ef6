import type { Span } from '../../core/json-syntax.js';
import { objectMembers, skipWs, TextStops, valueEnd, type Members } from '../../core/json-text.js';

// The lifecycle events of a Responses stream (response.created, in_progress, queued, completed,
// incomplete) read from their text: each echoes the whole Response, request's tools and
// instructions included (11 KB for Codex), and the mapper needs only its model, id, status,
// usage and whether it has output. The event's syntax is checked whole as JSON.parse would (an
// invalid event still fails the stream: the caller parses what this does not vouch for, and
// JSON.parse words the error); a member of the Response whose text is one already checked in
// this stream (the echoed tools and instructions, the same in all three events) is not checked again.

/** What the mapper reads of a lifecycle event, with the values JSON.parse would give. */
export interface Lifecycle {
  type: string;
  outputIndex: unknown;
  response: ResponseSummary;
}

export interface ResponseSummary {
  model: unknown;
  id: unknown;
  status: unknown;
  usage: unknown;
  incompleteDetails: unknown;
  /** `output` is an array with at least one item. */
  hasOutput: boolean;
}

/** What the mapper reads of a parsed lifecycle event: the same as LifecycleReader reads from its text. */
export function lifecycleOf(e: Record<string, unknown>): Lifecycle {
  const r = (e.response ?? {}) as Record<string, unknown>;
  return {
    type: e.type as string,
    outputIndex: e.output_index,
    response: { model: r.model, id: r.id, status: r.status, usage: r.usage, incompleteDetails: r.incomplete_details, hasOutput: Array.isArray(r.output) && r.output.length > 0 },
  };
}

export const LIFECYCLE_TYPES = new Set(['response.created', 'response.in_progress', 'response.queued', 'response.completed', 'response.incomplete']);

// Written as OpenAI writes it (type first); anything else is parsed whole, as before.
const LIFECYCLE_HEAD = /^\{"type":"response\.(?:created|in_progress|queued|completed|incomplete)"/;

// Members of the Response at least this long are remembered once checked: the echoed request.
// The upper bound keeps one huge echo (megabytes of instructions) from being held for the process's life.
const REMEMBERED = 256;
const REMEMBERED_MAX = 256 * 1024;

// The request's echo (Codex's tools and instructions) repeats from stream to stream, not only from
// event to event: its last checked text is kept for every stream (docs/performance.md, "perf-pt3").
const ECHOED: ReadonlySet<string> = new Set(['tools', 'instructions']);
const echoes = new Map<string, string>();

/** One per stream: remembers the Response's long members checked in earlier events (the echoed ones in earlier streams too). */
export class LifecycleReader {
  readonly #checked = new Map<string, string>();

  /** The event read from its text, or undefined: not a lifecycle event in OpenAI's shape, or not valid JSON. */
  read(data: string): Lifecycle | undefined {
    if (!LIFECYCLE_HEAD.test(data)) return undefined;
    const stops = new TextStops(data);
    // The last Response object walked (closures' assignments are not narrowed: a holder).
    const response: { at: number; members?: Members } = { at: -1 };
    const top = objectMembers(stops, 0, (s, key, at) => {
      if (key !== 'response' || data.charCodeAt(at) !== 123 /* { */) return valueEnd(s, at);
      const members = objectMembers(s, at, (s2, k, a) => this.#check(s2, k, a));
      if (!members) return -1;
      response.at = at;
      response.members = members;
      return members.end;
    });
    if (!top || skipWs(data, top.end) !== data.length) return undefined;
    const type = valueOf(data, top, 'type');
    const responseSpan = lastSpan(top, 'response');
    // JSON.parse keeps the last of duplicate keys: the Response read must be that one, and an object.
    if (typeof type !== 'string' || !LIFECYCLE_TYPES.has(type) || !response.members || responseSpan?.[0] !== response.at) return undefined;
    const r = response.members;
    const output = lastSpan(r, 'output');
    return {
      type,
      outputIndex: valueOf(data, top, 'output_index'),
      response: {
        model: valueOf(data, r, 'model'),
        id: valueOf(data, r, 'id'),
        status: valueOf(data, r, 'status'),
        usage: valueOf(data, r, 'usage'),
        incompleteDetails: valueOf(data, r, 'incomplete_details'),
        hasOutput: output !== undefined && data.charCodeAt(output[0]) === 91 /* [ */ && data.charCodeAt(skipWs(data, output[0] + 1)) !== 93 /* ] */,
      },
    };
  }

  /** A Response member's end: taken as checked when its text is one checked before at the same key. */
  #check(stops: TextStops, key: string, at: number): number {
    const data = stops.text;
    const known = ECHOED.has(key) ? echoes.get(key) : this.#checked.get(key);
    // Compared as a slice (V8 compares flat strings' characters in bulk; startsWith goes one at a time).
    if (known !== undefined && data.slice(at, at + known.length) === known) return at + known.length;
    const end = valueEnd(stops, at);
    // Only objects, arrays and strings: their text ends where the value does (a number's would not).
    const c = data.charCodeAt(at);
    if (end - at >= REMEMBERED && end - at <= REMEMBERED_MAX && (c === 123 || c === 91 || c === 34)) (ECHOED.has(key) ? echoes : this.#checked).set(key, data.slice(at, end));
    return end;
  }
}

function lastSpan(members: Members, key: string): Span | undefined {
  const i = members.keys.lastIndexOf(key);
  return i < 0 ? undefined : members.spans[i];
}

/** The last member `key`'s value, parsed (small values only: the members the mapper reads), or undefined. */
function valueOf(data: string, members: Members, key: string): unknown {
  const span = lastSpan(members, key);
  return span === undefined ? undefined : JSON.parse(data.slice(span[0], span[1]));
}
