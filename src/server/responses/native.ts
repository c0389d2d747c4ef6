import type { StoredResponse } from '../../store/response-types.js';
import { parseEventText, serializeEvent } from '../../providers/sse.js';
import { replaceTopLevelText, topLevelValue } from '../../providers/json-splice.js';
import type { Item } from './items.js';

// Native forwarding to a Responses upstream (src/providers/openai/responses-forward.ts): what the
// Responses surface adds around it. Conversation state stays Switchyard's own, because upstream
// response ids differ per target (and per replica's fallback): a previous_response_id chain is
// expanded into `input` and sent without previous_response_id. What comes back keeps the
// upstream's bytes except the response id (Switchyard's resp_ id, so GET/DELETE/input_items and
// later turns work) and previous_response_id (the client's).

type Obj = Record<string, unknown>;

/** Set in the stored response's `switchyard` object: its output items are the upstream's own, forwardable verbatim. */
export const NATIVE_MARK = 'passthrough';

// Ids Switchyard gave input items that arrived without one (items.ts inputItems): a prefix and
// 32 hex digits. OpenAI's input messages have no id field, so these never go upstream.
const ASSIGNED_ID = /^[a-z]+_[0-9a-f]{32}$/;

const withoutId = ({ id: _id, ...rest }: Item): Item => rest;

/** An output item Switchyard rendered from a translated answer, in a form an OpenAI upstream accepts (undefined: none). */
function translatedOutput(item: Item): Item | undefined {
  // A summary of another model's reasoning, with no encrypted_content: OpenAI accepts only its own.
  if (item.type === 'reasoning') return undefined;
  if (item.type === 'message') return { type: 'message', role: 'assistant', content: item.content };
  return withoutId(item);
}

/**
 * The stored conversation of a chain as input items for a Responses upstream: the client's input
 * items as it sent them, the upstream's own output items verbatim (reasoning with
 * encrypted_content, web_search_call...), translated turns' output in a form OpenAI accepts.
 */
export function forwardedHistory(rows: StoredResponse[]): Item[] {
  const out: Item[] = [];
  for (const row of rows) {
    for (const item of row.input as Item[]) out.push(typeof item.id === 'string' && ASSIGNED_ID.test(item.id) ? withoutId(item) : item);
    const native = (row.response.switchyard as Obj | undefined)?.[NATIVE_MARK] === true;
    for (const item of row.output as Item[]) {
      const it = native ? item : translatedOutput(item);
      if (it) out.push(it);
    }
  }
  return out;
}

/** The client's body for the upstream: unchanged without previous_response_id, else with the chain in `input`. */
export function nativeBody(body: Obj, history: Item[] | undefined): Obj {
  if (!history) return body;
  const { previous_response_id: _prev, ...rest } = body;
  const input = typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : ((body.input ?? []) as Item[]);
  return { ...rest, input: [...history, ...input] };
}

/** A forwarded Response object with Switchyard's id and the client's previous_response_id. */
export function stampResponse(raw: Obj, id: string, previousId: string | null | undefined): Obj {
  return { ...raw, id, ...(previousId ? { previous_response_id: previousId } : {}) };
}

// Whitespace-tolerant: OpenAI writes compact JSON, other servers may not.
const LIFECYCLE = /"type":\s*"response\.(created|in_progress|queued|completed|incomplete|failed)"/;
const TERMINAL = new Set(['completed', 'incomplete', 'failed']);
const SEQUENCE = /"sequence_number":\s*(\d+)/g;

/**
 * Rewrites the forwarded event stream: only the lifecycle events that carry the Response object
 * are re-serialized; every other event passes byte for byte, also beside them in one text. Keeps the terminal Response.
 */
export class NativeStreamStamper {
  /** The Response of response.completed / response.incomplete / response.failed, stamped. */
  final?: Obj;
  #seq = -1;

  constructor(
    private readonly id: string,
    private readonly previousId: string | null | undefined,
  ) {}

  /** `text` holds whole events (one upstream network chunk's worth), each ending in a blank line. */
  stamp(text: string): string {
    for (const m of text.matchAll(SEQUENCE)) this.#seq = Math.max(this.#seq, Number(m[1]));
    if (!LIFECYCLE.test(text)) return text;
    let out = '';
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\n\n', at);
      const next = end < 0 ? text.length : end + 2;
      const block = text.slice(at, next);
      out += LIFECYCLE.test(block) ? this.#stampEvent(block) : block;
      at = next;
    }
    return out;
  }

  #stampEvent(block: string): string {
    const spliced = this.#spliced(block);
    if (spliced !== undefined) return spliced;
    let out = '';
    for (const ev of parseEventText(block)) {
      const e = JSON.parse(ev.data) as Obj;
      if (e.response && typeof e.response === 'object') {
        e.response = stampResponse(e.response as Obj, this.id, this.previousId);
        if (e.type === 'response.completed' || e.type === 'response.incomplete' || e.type === 'response.failed') this.final = e.response as Obj;
        out += serializeEvent({ event: ev.event, data: JSON.stringify(e) });
      } else out += serializeEvent(ev);
    }
    return out;
  }

  /**
   * The event with only the Response's id and previous_response_id replaced in its text: the
   * Response echoes the request's instructions and tools (tens of KB for Codex), which parsing
   * and re-serializing cost more than all the rest of the stream. Undefined when the event is not
   * one data line holding a Response that has those fields (then it is re-serialized).
   */
  #spliced(block: string): string | undefined {
    const line = block.startsWith('data: ') ? 0 : block.indexOf('\ndata: ') + 1;
    if (line === 0 && !block.startsWith('data: ')) return undefined;
    const from = line + 6;
    const eol = block.indexOf('\n', from);
    if (eol !== block.length - 2) return undefined; // one data line, then the blank line
    const data = block.slice(from, eol);
    const range = topLevelValue(data, 'response');
    if (!range || data.charCodeAt(range[0]) !== 123 /* { */) return undefined;
    const fields = this.previousId ? { id: this.id, previous_response_id: this.previousId } : { id: this.id };
    const response = replaceTopLevelText(data.slice(range[0], range[1]), fields);
    if (response === undefined) return undefined;
    // LIFECYCLE finds the event's own type: a Response holds no object typed response.*.
    if (TERMINAL.has(LIFECYCLE.exec(block)?.[1] ?? '')) this.final = JSON.parse(response) as Obj;
    return `${block.slice(0, from)}${data.slice(0, range[0])}${response}${data.slice(range[1])}\n\n`;
  }

  /** The Responses API's `error` event, for a stream that broke after it started. */
  error(code: string, message: string): string {
    const e = { type: 'error', code, message, param: null, sequence_number: ++this.#seq };
    return serializeEvent({ event: 'error', data: JSON.stringify(e) });
  }
}
