import { topLevelMembers } from '../../providers/json-splice.js';

// The one place a forwarded Anthropic stream differs from the upstream's: the message id is
// Switchyard's inference id (so clients can send feedback for it), nothing else. (A JSON answer
// gets it spliced in the same way: src/server/forwarded-answer.ts.)

const START = 'event: message_start\n';

/**
 * Rewrites the id in the stream's message_start event; every other event passes byte for byte.
 * Forwarded text holds whole events, several at a time; once message_start went by, later text
 * is not searched.
 */
export class MessageStamper {
  #done = false;

  constructor(private readonly inferenceId: string) {}

  stamp(text: string): string {
    if (this.#done) return text;
    const at = eventAt(text, START);
    if (at < 0) return text;
    this.#done = true;
    const end = text.indexOf('\n\n', at);
    const stop = end < 0 ? text.length : end;
    const dataAt = text.indexOf('data: ', at);
    if (dataAt < 0 || dataAt > stop) return text;
    const data = text.slice(dataAt + 6, stop);
    const stamped = idSpliced(data, this.inferenceId) ?? idSet(data, this.inferenceId);
    return stamped === undefined ? text : `${text.slice(0, dataAt)}data: ${stamped}${text.slice(stop)}`;
  }
}

/**
 * The event's JSON with only the message's id value replaced in its text (the upstream's spelling
 * of everything else kept: for compact JSON, what JSON.stringify of the stamped event writes), or
 * undefined when the text has no single message with a single id, or spans lines (several data
 * lines, joined by the client).
 */
function idSpliced(data: string, id: string): string | undefined {
  if (data.includes('\n')) return undefined;
  const event = topLevelMembers(data);
  const message = event && only(event.keys, 'message');
  if (message === undefined) return undefined;
  const [from, to] = event!.spans[message];
  const members = topLevelMembers(data.slice(from, to));
  const at = members && only(members.keys, 'id');
  if (at === undefined) return undefined;
  const [idFrom, idTo] = members!.spans[at];
  return `${data.slice(0, from + idFrom)}${JSON.stringify(id)}${data.slice(from + idTo)}`;
}

/** The event parsed, its message's id set and serialized again; undefined when it is not JSON with a message. */
function idSet(data: string, id: string): string | undefined {
  try {
    const e = JSON.parse(data) as { message?: Record<string, unknown> };
    if (!e.message) return undefined;
    e.message.id = id;
    return JSON.stringify(e);
  } catch {
    return undefined;
  }
}

/** Where `key` is in `keys` when it is there once. */
function only(keys: string[], key: string): number | undefined {
  const at = keys.indexOf(key);
  return at >= 0 && keys.indexOf(key, at + 1) < 0 ? at : undefined;
}

/** Where the event whose first line is `line` starts in `text` (events start it or follow a blank line), or -1. */
function eventAt(text: string, line: string): number {
  if (text.startsWith(line)) return 0;
  const at = text.indexOf(`\n\n${line}`);
  return at < 0 ? -1 : at + 2;
}
