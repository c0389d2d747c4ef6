// The text of a streamed text-delta event, read without parsing the whole event: a long answer is
// hundreds of these, and the record needs every one's text. Each pattern matches one event shape
// exactly as the provider writes it (keys in its order, no whitespace, nothing else present) and
// captures the text as its JSON string literal, which JSON.parse then decodes (escapes, surrogate
// pairs). Other strings in the shape take no escapes and no control characters, numbers are JSON
// numbers: whatever matches is valid JSON the full parse would read the same way. Anything else
// (another shape, a key more, an error) returns undefined and the mapper parses the event whole.

// A JSON string literal (the captured text) and a string without escapes (ids, model names): its
// value is its text between the quotes.
export const LIT = '("(?:[^"\\\\\\u0000-\\u001f]|\\\\.)*")';
export const STR = '"[^"\\\\\\u0000-\\u001f]*"';
const UINT = '(?:0|[1-9][0-9]*)';

// Anthropic Messages: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"…"}}
const ANTHROPIC = new RegExp(`^\\{"type":"content_block_delta","index":${UINT},"delta":\\{"type":"text_delta","text":${LIT}\\}\\}$`);

// Chat Completions, a chunk's keys before `choices` and after them (OpenAI adds service_tier,
// system_fingerprint, logprobs, usage: null and obfuscation; compatible servers leave some out).
// `id` and `model` are the patterns of the two values (openai/chat-chunks.ts captures them).
export const chatHead = (id = STR, model = STR) =>
  `^\\{"id":${id},"object":"chat\\.completion\\.chunk","created":${UINT},"model":${model}(?:,"service_tier":${STR})?(?:,"system_fingerprint":(?:${STR}|null))?`;
export const CHAT_TAIL = `(?:,"usage":null)?(?:,"obfuscation":${STR})?\\}$`;

// A content-only chunk.
const CHAT = new RegExp(`${chatHead()},"choices":\\[\\{"index":0,"delta":\\{"content":${LIT}\\}(?:,"logprobs":null)?,"finish_reason":null\\}\\]${CHAT_TAIL}`);

// Responses API: {"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_…","output_index":0,"content_index":0,"delta":"…","logprobs":[],"obfuscation":"…"}
const RESPONSES = new RegExp(
  `^\\{"type":"response\\.output_text\\.delta","sequence_number":${UINT},"item_id":${STR},"output_index":${UINT},"content_index":${UINT},"delta":${LIT}(?:,"logprobs":\\[\\])?(?:,"obfuscation":${STR})?\\}$`,
);

function capture(pattern: RegExp, data: string): string | undefined {
  const m = pattern.exec(data);
  return m ? literalText(m[1]) : undefined;
}

/** The text of a string literal LIT matched; undefined for an invalid escape. */
export function literalText(literal: string): string | undefined {
  // Plain text (the common case) needs no decoding; escapes are decoded by JSON.parse, and an
  // invalid one (\q, a short \u) sends the event to the full parse, which rejects it as before.
  if (!literal.includes('\\')) return literal.slice(1, -1);
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

/** The text of an Anthropic `content_block_delta` / `text_delta` event, or undefined. */
export const anthropicTextDelta = (data: string) => capture(ANTHROPIC, data);

/** The `delta.content` text of a content-only Chat Completions chunk, or undefined. */
export const chatTextDelta = (data: string) => capture(CHAT, data);

/** The text of a Responses `response.output_text.delta` event, or undefined. */
export const responsesTextDelta = (data: string) => capture(RESPONSES, data);
