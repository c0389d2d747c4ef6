// The firewall's vocabulary. Assessment field names follow issue 4 exactly (snake_case), because
// the same object is the HTTP response, the JSONL output and the stored trace.

export type SideEffectClass = 'read_only' | 'local_edit' | 'external' | 'critical';
export type GatePattern = 'pre_execution_gate' | 'post_execution_review' | 'confidence_threshold';
export type Decision = 'allow' | 'ask' | 'deny';

export interface McpAnnotations {
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

export interface ToolCallInput {
  tool: string;
  args: Record<string, unknown>;
  /** MCP tool annotations, when the caller knows them (MCP proxy, gateway with MCP tool defs). */
  annotations?: McpAnnotations;
}

import type { SessionRisk } from './crisis/session.js';

export type { SessionRisk } from './crisis/session.js';

export interface AssessContext {
  /** The last user message this call answers. */
  user_message?: string;
  /** Earlier user messages, oldest first; crisis detection reads the last few. */
  user_messages?: string[];
  session_id?: string;
  cwd?: string;
  /** MCP tool annotations from the server's tools/list, when the caller has them (same as ToolCallInput.annotations). */
  mcp_annotations?: McpAnnotations;
  /**
   * What the firewall service remembers about this session. While active, every call that
   * reaches beyond this machine or cannot be undone is crisis-sensitive.
   */
  session_risk?: SessionRisk;
}

/** The crisis screen behind an assessment, kept for traces and for the session state. */
export interface CrisisDetail {
  crisis_sensitive: boolean;
  /** Combined cue score; >= 0.6 shows risk. */
  score: number;
  signals: string[];
  /** Where this call's own evidence reached the threshold: conversation, outbound, args. */
  evidence: string[];
  /** The person at risk seems to be someone other than the user. */
  third_person: boolean;
  /** The session's remembered risk made this call crisis-sensitive. */
  session_risk: boolean;
}

/** One thing that moved the score, kept for traces and `firewall explain`. */
export interface Factor {
  name: string; // tool_class | target | shell | reversibility | human_impact | crisis | clarity | ...
  risk: number; // 0..1, this factor's own risk
  reason: string;
}

export interface Assessment {
  tool_name: string;
  side_effect_class: SideEffectClass;
  risk_score: number;
  confidence: number;
  pattern: GatePattern;
  requires_human: boolean;
  decision: Decision;
  reasons: string[];
  reversible: boolean;
  crisis_sensitive: boolean;
  /** Where the tool's profile came from. */
  profile_source: 'hermes' | 'claude_code' | 'codex' | 'agents_sdk' | 'mcp' | 'config' | 'unknown';
  factors: Factor[];
  /** Set when the hard crisis rule forced the gate (no configuration can clear it). */
  crisis_rule: boolean;
  crisis_detail?: CrisisDetail;
}
