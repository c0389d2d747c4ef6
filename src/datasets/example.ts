import type { ChatMessage, ToolDefinition } from '../core/types.js';
import type { Datapoint, DatapointInput } from '../store/dataset-types.js';
import type { FeedbackRecord } from '../store/feedback-types.js';
import type { InferenceRecord } from '../store/types.js';

// The unit every exporter consumes: an input conversation, the tools offered, the output that was
// (or should have been) produced, and for preference data the output that should not.

export interface Example {
  id: string;
  messages: ChatMessage[];
  tools: ToolDefinition[] | null;
  output: ChatMessage | null;
  /** The dispreferred output (preference/DPO data). */
  rejected?: ChatMessage | null;
  tags: Record<string, string> | null;
  source_inference_id?: string | null;
  source_session_id?: string | null;
}

/** The assistant message of a stored response, or null when there is none. */
function responseMessage(response: unknown): ChatMessage | null {
  // Stored responses are the normalized ChatResponse ({message}); OpenAI-shaped ones ({choices}) also work.
  const r = response as { message?: Partial<ChatMessage>; choices?: { message?: Partial<ChatMessage> }[] } | null;
  const msg = r?.message ?? r?.choices?.[0]?.message;
  if (!msg) return null;
  const out: ChatMessage = { role: 'assistant', content: msg.content ?? null };
  if (msg.tool_calls?.length) out.tool_calls = msg.tool_calls.map((t) => ({ id: t.id, type: 'function', function: { name: t.function.name, arguments: t.function.arguments } }));
  if (out.content === null && !out.tool_calls) return null;
  return out;
}

/** The newest demonstration among an inference's feedback, as an assistant message. */
function demonstrationOf(feedback: FeedbackRecord[]): ChatMessage | null {
  const demos = feedback.filter((f) => f.metric_name === 'demonstration');
  return demos.length ? (demos[demos.length - 1].raw as ChatMessage) : null;
}

export function exampleFromInference(inf: InferenceRecord, feedback: FeedbackRecord[] = [], opts: { useDemonstrations?: boolean } = {}): Example {
  const actual = responseMessage(inf.response);
  const demo = demonstrationOf(feedback);
  const tags: Record<string, string> = { ...(inf.tags ?? {}) };
  if (inf.route) tags.route = inf.route;
  if (inf.variant) tags.variant = inf.variant;
  // Embedding inferences have no conversation: they yield an example with no messages and no output.
  const chat = 'messages' in inf.request ? inf.request : undefined;
  return {
    id: inf.id,
    messages: chat?.messages ?? [],
    tools: chat?.tools ?? null,
    output: opts.useDemonstrations && demo ? demo : actual,
    // What the model said is the dispreferred answer only when a demonstration replaces it.
    rejected: opts.useDemonstrations && demo ? actual : null,
    tags,
    source_inference_id: inf.id,
    source_session_id: inf.session_id,
  };
}

export function exampleFromDatapoint(d: Datapoint): Example {
  return { id: d.id, messages: d.messages, tools: d.tools, output: d.output, tags: d.tags, source_inference_id: d.source_inference_id, source_session_id: d.source_session_id };
}

export function datapointInput(e: Example): DatapointInput {
  return { messages: e.messages, tools: e.tools, output: e.output, tags: e.tags, source_inference_id: e.source_inference_id ?? null, source_session_id: e.source_session_id ?? null };
}
