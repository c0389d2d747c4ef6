import type { StoredResponse } from '../../store/response-types.js';
import { parseEventText, serializeEvent } from '../../providers/sse.js';
import type { Item } from './items.js';
import { withKeys } from '../../core/with-keys.js';

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
  return withKeys(raw, previousId ? { id, previous_response_id: previousId } : { id });
}

// Whitespace-tolerant: OpenAI writes compact JSON, other servers may not.
const LIFECYCLE = /"type":\s*"response\.(created|in_progress|queued|completed|incomplete|failed)"/;
const TERMINAL = new Set(['completed', 'incomplete', 'failed']);
// A lifecycle event as OpenAI writes it, up to the end of the Response's id.
const RESPONSE_ID = /^(event: [^\n]*\n)?data: \{"type":"response\.(created|in_progress|queued|completed|incomplete|failed)","sequence_number":\d+,"response":\{"id":"(?:[^"\\\n]|\\.)*"/;
const SEQUENCE = /"sequence_number":\s*(\d+)/g;

/**
 * Rewrites the forwarded event stream: only the lifecycle events that carry the Response object
 * change (their id spliced in, or re-serialized); every other event passes byte for byte. Keeps
 * the terminal Response.
 */
export class NativeStreamStamper {
  #final?: Obj;
  #finalData?: string;
  #seq = -1;

  constructor(
    private readonly id: string,
    private readonly previousId: string | null | undefined,
  ) {}

  /** The Response of response.completed / response.incomplete / response.failed, stamped (parsed when asked for). */
  get final(): Obj | undefined {
    if (this.#finalData !== undefined) {
      this.#final = (JSON.parse(this.#finalData) as Obj).response as Obj;
      this.#finalData = undefined;
    }
    return this.#final;
  }

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
        if (e.type === 'response.completed' || e.type === 'response.incomplete' || e.type === 'response.failed') this.#final = e.response as Obj;
        out += serializeEvent({ event: ev.event, data: JSON.stringify(e) });
      } else out += serializeEvent(ev);
    }
    return out;
  }

  /**
   * The event with only the Response's id replaced in its text, when it has the compact shape
   * OpenAI writes: the Response echoes the request's tools and instructions (tens of KB for
   * Codex), which parsing and re-serializing cost more than all the rest of the stream. Undefined
   * otherwise, and for a chained turn (previous_response_id is set too): then it is re-serialized.
   */
  #spliced(block: string): string | undefined {
    if (this.previousId) return undefined;
    const m = RESPONSE_ID.exec(block);
    if (!m || block.indexOf('\n', m[0].length) !== block.length - 2) return undefined; // one data line, then the blank line
    const idAt = m[0].lastIndexOf('"id":') + 5;
    const out = `${block.slice(0, idAt)}${JSON.stringify(this.id)}${block.slice(m[0].length)}`;
    if (TERMINAL.has(m[2])) this.#finalData = out.slice((m[1]?.length ?? 0) + 6, -2);
    return out;
  }

  /** The Responses API's `error` event, for a stream that broke after it started. */
  error(code: string, message: string): string {
    const e = { type: 'error', code, message, param: null, sequence_number: ++this.#seq };
    return serializeEvent({ event: 'error', data: JSON.stringify(e) });
  }
}
