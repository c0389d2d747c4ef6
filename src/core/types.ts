// The normalized shapes every part of Switchyard speaks. Provider adapters translate to and from
// these; the server translates them to and from the client's wire format. They follow OpenAI's
// Chat Completions vocabulary because that is what most agents already send.

export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool';

export interface TextPart {
  type: 'text';
  text: string;
}

export interface ImagePart {
  type: 'image_url';
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}

/** A document (PDF or other file), in OpenAI's `file` part shape; `url` is for providers that fetch by URL. */
export interface FilePart {
  type: 'file';
  file: { file_data?: string; file_id?: string; filename?: string; url?: string };
}

export type ContentPart = TextPart | ImagePart | FilePart;

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: Role;
  content: string | ContentPart[] | null;
  name?: string;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  /** Earlier reasoning of an assistant turn (Anthropic thinking text); its signature is not kept. */
  reasoning?: string;
}

export interface ToolDefinition {
  type: 'function';
  function: {
    name: string;
    description?: string;
    parameters?: Record<string, unknown>;
    strict?: boolean;
  };
}

export type ToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type: 'function'; function: { name: string } };

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      json_schema: { name: string; schema?: Record<string, unknown>; strict?: boolean; description?: string };
    };

/** How much the model should think before answering (Anthropic thinking, OpenAI reasoning_effort, Gemini thinkingConfig). */
export interface ReasoningRequest {
  effort?: 'minimal' | 'low' | 'medium' | 'high';
  budget_tokens?: number;
}

export interface ChatRequest {
  /** The name the client asked for: a route or a model. Adapters receive the upstream model name instead. */
  model: string;
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  tool_choice?: ToolChoice;
  parallel_tool_calls?: boolean;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  max_tokens?: number;
  stop?: string | string[];
  response_format?: ResponseFormat;
  seed?: number;
  presence_penalty?: number;
  frequency_penalty?: number;
  user?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  reasoning?: ReasoningRequest;
  /** Provider-specific fields passed through untouched to OpenAI-compatible upstreams (e.g. OpenRouter's `provider`). */
  extra?: Record<string, unknown>;
  /**
   * What the client sent that this normalized form cannot carry (e.g. `cache_control`, thinking
   * signatures). Lost only when a target of another wire format serves the request; recorded then.
   */
  untranslatable?: string[];
}

export interface Usage {
  /** All input tokens, cached ones included (OpenAI's meaning; Anthropic's input_tokens + cache read + cache creation). */
  prompt_tokens: number;
  /** All output tokens, reasoning included. */
  completion_tokens: number;
  total_tokens: number;
  /** Input tokens served from the provider's prompt cache (Anthropic cache_read_input_tokens, OpenAI cached_tokens). */
  cached_input_tokens?: number;
  /** Input tokens written to the prompt cache (Anthropic cache_creation_input_tokens). */
  cache_creation_input_tokens?: number;
  /** Output tokens spent on reasoning (OpenAI reasoning_tokens). */
  reasoning_tokens?: number;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter';

export interface AssistantMessage {
  role: 'assistant';
  content: string | null;
  tool_calls?: ToolCall[];
  /** Reasoning text some providers return beside the answer (DeepSeek, OpenRouter, Anthropic thinking). */
  reasoning?: string;
}

export interface ChatResponse {
  /** The upstream's own response id, kept for tracing; clients see the inference id instead. */
  upstream_id?: string;
  /** The model that actually answered, as the upstream named it. */
  model: string;
  message: AssistantMessage;
  finish_reason: FinishReason;
  usage?: Usage;
}

export interface ToolCallDelta {
  index: number;
  id?: string;
  name?: string;
  arguments?: string;
}

/** One normalized piece of a streamed response. */
export type StreamChunk =
  | { type: 'delta'; content?: string; reasoning?: string; tool_calls?: ToolCallDelta[] }
  | { type: 'finish'; finish_reason: FinishReason }
  | { type: 'usage'; usage: Usage }
  | { type: 'meta'; model?: string; upstream_id?: string }
  /**
   * The upstream's own bytes for one event, on the same-format pass-through path only: the typed
   * chunks parsed from it come right before it. `tools` names the tool calls (by index) the event
   * belongs to and `final` marks the events that end the message, so the firewall can hold them.
   */
  | { type: 'raw'; data: string; tools?: number[]; final?: boolean };

export function textOf(content: ChatMessage['content']): string {
  if (content == null) return '';
  if (typeof content === 'string') return content;
  return content.map((p) => (p.type === 'text' ? p.text : '')).join('');
}

/** POST /v1/embeddings, normalized: `input` is always a list (of texts, or of token-id arrays). */
export interface EmbeddingRequest {
  /** A route or model name from the client; adapters receive the upstream model name instead. */
  model: string;
  input: string[] | number[][];
  /** Output dimensions, for models that can shorten their vectors. */
  dimensions?: number;
  /** How the client wants vectors encoded; adapters always return numbers, the server encodes. */
  encoding_format?: 'float' | 'base64';
  user?: string;
}

export interface EmbeddingResponse {
  /** The model that answered, as the upstream named it. */
  model: string;
  /** One vector per input, in input order. */
  vectors: number[][];
  usage?: { prompt_tokens: number; total_tokens: number };
  /** True when the upstream reports no token counts and usage is Switchyard's estimate. */
  usage_estimated?: boolean;
}
