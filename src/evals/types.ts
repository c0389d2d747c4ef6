import type { ChatMessage, ChatRequest, ChatResponse, ToolDefinition, Usage } from '../core/types.js';
import type { ContenderSpec, ToolExpectation } from './schema/eval-file.js';

/** One dataset row. Either `input` (rendered through the contender's template) or full `messages`. */
export interface EvalItem {
  id: string;
  input?: string;
  messages?: ChatMessage[];
  tools?: ToolDefinition[];
  vars?: Record<string, string>;
  expected?: string | { text?: string; tool_call?: ToolExpectation; [k: string]: unknown };
  category?: string;
}

/** One evaluator's verdict on one response: pass/fail (score 1 or 0) or a float in [0, 1]. */
export interface Score {
  pass?: boolean;
  score: number;
  explanation: string;
}

export interface ContenderResult {
  response: ChatResponse;
  latencyMs: number;
  usage?: Usage | null;
  costUsd: number | null;
}

/**
 * How the runner reaches a contender. Implementations: in-process over the gateway's own routing
 * (GatewayContenderClient) and over HTTP against a running gateway (HttpContenderClient).
 */
export interface ContenderClient {
  complete(contender: ContenderSpec, request: ChatRequest, signal?: AbortSignal): Promise<ContenderResult>;
  close?(): Promise<void>;
}
