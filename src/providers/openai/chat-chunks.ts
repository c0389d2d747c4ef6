import { CHAT_TAIL, LIT, STR, chatHead, literalText } from '../text-delta.js';

// The chat stream's three chunks that are not plain text, read without parsing the whole event, as
// text-delta.ts reads the content chunks (its header says what an exact shape guarantees): the
// first (the role, the first text, the stream's id and model), the finish and the usage chunk.
// Every stream has each once; their three JSON.parse were ~2 µs of a 10-chunk stream's mapping
// (docs/performance.md, perf-sse). Anything else returns undefined and the mapper parses the event
// whole.

// OpenAI's first chunk: {"role":"assistant","content":"","refusal":null}; others send the first text in it.
const FIRST = new RegExp(
  `${chatHead(`(${STR})`, `(${STR})`)},"choices":\\[\\{"index":0,"delta":\\{"role":"assistant","content":${LIT}(?:,"refusal":null)?\\}(?:,"logprobs":null)?,"finish_reason":null\\}\\]${CHAT_TAIL}`,
);
const FINISH = new RegExp(`${chatHead()},"choices":\\[\\{"index":0,"delta":\\{\\}(?:,"logprobs":null)?,"finish_reason":(${STR})\\}\\]${CHAT_TAIL}`);
// The usage object is captured whole and parsed alone: what parses is one JSON value, so the event
// is the JSON the full parse reads, with this value as its `usage` and no key beside the shape's.
const USAGE = new RegExp(`${chatHead()},"choices":\\[\\],"usage":(\\{.*\\})(?:,"obfuscation":${STR})?\\}$`);

/** A STR's value: its text between the quotes (it has no escapes). */
const valueOf = (str: string) => str.slice(1, -1);

/** The first chunk's id, model and text (the role is `assistant`), or undefined. */
export function chatFirstChunk(data: string): { id: string; model: string; text: string } | undefined {
  const m = FIRST.exec(data);
  const text = m ? literalText(m[3]) : undefined;
  return text === undefined ? undefined : { id: valueOf(m![1]), model: valueOf(m![2]), text };
}

/** The finish reason of a chunk with an empty delta, or undefined. */
export function chatFinishReason(data: string): string | undefined {
  const m = FINISH.exec(data);
  return m ? valueOf(m[1]) : undefined;
}

/** The `usage` object of a usage-only chunk (`choices: []`), or undefined. */
export function chatUsage(data: string): Record<string, unknown> | undefined {
  const m = USAGE.exec(data);
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
