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
    try {
      const e = JSON.parse(text.slice(dataAt + 6, stop)) as { message?: Record<string, unknown> };
      if (!e.message) return text;
      e.message.id = this.inferenceId;
      return `${text.slice(0, dataAt)}data: ${JSON.stringify(e)}${text.slice(stop)}`;
    } catch {
      return text;
    }
  }
}

/** Where the event whose first line is `line` starts in `text` (events start it or follow a blank line), or -1. */
function eventAt(text: string, line: string): number {
  if (text.startsWith(line)) return 0;
  const at = text.indexOf(`\n\n${line}`);
  return at < 0 ? -1 : at + 2;
}
