import type { ProviderAdapter, ProviderTarget } from '../../src/providers/types.js';

// What the conformance suite asks an upstream to do, independent of any wire format. Each mock
// server renders a scenario in its provider's real format; the simulated harness maps it to config.

export interface ScriptedCall {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

export type Scenario =
  | {
      kind: 'reply';
      text?: string;
      reasoning?: string;
      calls?: ScriptedCall[];
      usage?: { input: number; output: number };
      finish?: 'stop' | 'length';
    }
  | {
      kind: 'error';
      status: number;
      error: 'rate_limited' | 'server' | 'auth' | 'context_length' | 'bad_request';
      retryAfter?: string;
    }
  /** 200 with a body that is not the wire format (not even JSON). */
  | { kind: 'malformed' }
  /** 200 in the right format with no content and no tool calls. */
  | { kind: 'empty' }
  /** Accept the request and never answer. */
  | { kind: 'hang' }
  /** Stream: send the first piece of `text`, then go silent. */
  | { kind: 'stall_stream'; text: string }
  /** Stream: send some text, then an in-band error event. */
  | { kind: 'stream_error'; text: string };

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. /v1/chat/completions */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export type CaseName =
  | 'plain chat'
  | 'system prompt'
  | 'multi-turn with tool results'
  | 'tools + tool_choice'
  | 'parallel tool calls'
  | 'image input'
  | 'reasoning text'
  | 'streaming text'
  | 'streaming tool calls'
  | 'streamed usage'
  | 'json_object'
  | 'json_schema'
  | 'extra fields pass through'
  | 'target params';

export type WireCheck = (rec: RecordedRequest) => void;

export interface Harness {
  name: string;
  adapter: ProviderAdapter;
  /** The target for the current scenario. */
  target(): ProviderTarget;
  /** The API key the target carries (the suite checks it never leaks into errors). */
  apiKey?: string;
  /** True when the upstream answers exactly what the scenario scripts (mock servers). */
  scripted: boolean;
  /** Set what the upstream does next; returns a reason when this harness cannot do it. */
  setScenario(s: Scenario): string | undefined;
  /** TCP connections the upstream accepted so far (mock servers only). */
  connections?(): number;
  /** The last request the upstream received (mock servers only). */
  lastRequest?(): RecordedRequest | undefined;
  /** Assertions on the wire format the upstream received, per case. Required for every case a mock harness runs. */
  wire?: Partial<Record<CaseName, WireCheck>>;
  /** Set (to the reason) when the wire format streams each tool call whole instead of splitting its arguments. */
  wholeToolCalls?: string;
  /** Cases that do not apply, with the reason. */
  skip?: Partial<Record<CaseName | string, string>>;
  /** A target whose upstream refuses connections, or a reason it has none. */
  refusedTarget(): Promise<ProviderTarget | string>;
  close(): Promise<void>;
}
