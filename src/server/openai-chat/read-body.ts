import type { ChatRequest } from '../../core/types.js';
import { textOf } from '../../core/types.js';
import type { JsonBody } from '../../core/json-body.js';
import type { Span } from '../../core/json-syntax.js';
import { lever } from '../../core/levers.js';
import { ClientNative } from '../../providers/client-native.js';
import type { NativeRequest } from '../../providers/types.js';
import { deferredRequest } from '../../routing/deferred-request.js';
import { userTextsOf } from '../../firewall/inline/decide.js';
import { chatBodyAroundMessages, chatMessages, chatRequestOf, parseChatBody, type ChatBody } from '../chat-schema.js';

// What POST /v1/chat/completions reads of its body before it knows how the request is served. A
// coding agent resends its whole conversation each turn (~80 KB: a system prompt, files, logs),
// and parsing all of it was the largest piece of the route's own work on a forwarded turn
// (docs/performance.md, "perf-r22"): the upstream gets the client's bytes, the store records them,
// and the firewall reads only the user messages. So a scanned body (src/core/json-syntax.ts) is
// validated as a skeleton, its messages' string contents written as "": the schema takes any
// string there, so the skeleton passes exactly when the body does. Each message is checked on its
// own (an array of chatMessage) and the body around them with the array written as one item
// (chatBodyAroundMessages): zod checks an object's fields and an array's items each on its own,
// so the two pass exactly when the whole schema does. A body that does not pass is parsed and
// validated whole, for the same 400 as before. The request is deferred
// (src/routing/deferred-request.ts): converted from the whole body only if something reads it;
// the user messages' texts are read from their own bytes.
// The `chatSkeletonBody` lever switches back to parsing every body whole (the bench's toggle).

export const chatSkeletonBody = lever('chatSkeletonBody');

const QUOTE = 0x22;
const EMPTY_STRING = Buffer.from('""');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

export interface ChatBodyRead {
  readonly request: ChatRequest;
  readonly metadata: Record<string, string> | undefined;
  readonly native: NativeRequest;
  /** stream_options.include_usage: the client asked for the usage chunk. */
  readonly includeUsage: boolean;
  /** textOf of each user message's content, in order (what the firewall's context reads). */
  userTexts(): string[];
}

/**
 * The body of a chat completions request (`bodyOf`: the request's parsed body), parsed whole
 * unless it was scanned (the lean path) and its skeleton validates.
 */
export function readChatBody(json: JsonBody | undefined, bodyOf: () => unknown): ChatBodyRead {
  return (chatSkeletonBody.on && json !== undefined && skeletonRead(json)) || parsedRead(json, bodyOf());
}

function parsedRead(json: JsonBody | undefined, body: unknown): ChatBodyRead {
  const p = parseChatBody(body);
  return {
    request: p.request,
    metadata: p.metadata,
    includeUsage: p.request.stream_options?.include_usage === true,
    native: { format: 'openai-chat', body: p.body, headers: {}, raw: json?.bytes, recordRaw: true },
    userTexts: () => userTextsOf(p.request),
  };
}

/**
 * Undefined when the body is parsed already, has no `messages` array, or its skeleton fails the
 * schema. (A scanned body spells no key with an escape, so each message's "content" span is the
 * last of that name, the one JSON.parse keeps.)
 */
function skeletonRead(json: JsonBody): ChatBodyRead | undefined {
  if (json.isParsed) return undefined;
  const items = json.items('messages');
  if (items === undefined) return undefined;
  const span = json.fields!.get('messages')!;
  const b = json.bytes;
  // Each message's string content, written as "" in its skeleton; undefined where it is not a string.
  const blanked: (Span | undefined)[] = [];
  // The messages as one array of skeletons: one parse and one check for them all.
  const pieces: Buffer[] = [OPEN];
  let at = -1;
  for (let i = 0; i < items.starts.length; i++) {
    const content = items.fields[i]?.get('content');
    const blank = content !== undefined && b[content[0]] === QUOTE ? content : undefined;
    blanked.push(blank);
    if (at >= 0) pieces.push(b.subarray(at, items.starts[i]));
    if (blank) pieces.push(b.subarray(items.starts[i], blank[0]), EMPTY_STRING), (at = blank[1]);
    else at = items.starts[i];
  }
  if (at >= 0) pieces.push(b.subarray(at, items.ends[items.ends.length - 1]));
  pieces.push(CLOSE);
  const added = chatMessages.safeParse(JSON.parse(Buffer.concat(pieces).toString('utf8')));
  if (!added.success) return undefined; // parsed and validated whole: the error names the field as before
  const messages = added.data;
  // The body around its messages, the array written as one item (or none): the same checks of every other field and of the count.
  const around = chatBodyAroundMessages.safeParse(JSON.parse(`${b.toString('utf8', 0, span[0])}${items.starts.length ? '[0]' : '[]'}${b.toString('utf8', span[1])}`));
  if (!around.success) return undefined;
  const skeleton = chatRequestOf({ ...around.data, messages } as ChatBody, {});
  const head = skeleton.request;
  const request = deferredRequest({ model: head.model, ...(head.stream ? { stream: true } : {}) }, () => parseChatBody(json.value).request);
  return {
    request,
    metadata: skeleton.metadata,
    includeUsage: head.stream_options?.include_usage === true,
    native: new ClientNative('openai-chat', json, {}),
    userTexts: () => {
      const out: string[] = [];
      head.messages.forEach((m, i) => {
        if (m.role !== 'user') return;
        const blank = blanked[i];
        out.push(blank ? (JSON.parse(b.toString('utf8', blank[0], blank[1])) as string) : textOf(m.content));
      });
      return out;
    },
  };
}
