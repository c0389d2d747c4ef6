// Shapes of the gateway's JSON responses the console reads. Written from the route outputs
// (src/server/routes/*); the console never imports server modules.

export type Role = 'admin' | 'approver';
export interface Me {
  roles: Role[];
  name: string | null;
  expires_at: string;
}

export interface Factor {
  name: string;
  risk: number;
  reason: string;
}
export interface Assessment {
  tool_name: string;
  side_effect_class: string;
  risk_score: number;
  confidence: number;
  decision: 'allow' | 'ask' | 'deny';
  reasons: string[];
  reversible: boolean;
  crisis_sensitive: boolean;
  crisis_rule: boolean;
  profile_source: string;
  factors: Factor[];
}

export interface Approval {
  id: string;
  trace_id: string | null;
  created_at: string;
  expires_at: string;
  session_id: string | null;
  tool_name: string;
  args: unknown;
  assessment: Assessment | null;
  pattern: string;
  status: 'pending' | 'approved' | 'denied' | 'expired';
  answer: 'once' | 'session' | 'always' | 'deny' | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface ApprovalRule {
  id: string;
  created_at: string;
  created_by: string;
  tool_name: string;
  pattern: string;
  session_id: string | null;
  approval_id: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface Trace {
  id: string;
  created_at: string;
  session_id: string | null;
  tool_name: string;
  input: { tool?: string; args?: unknown; context?: { user_message?: string; user_messages?: string[]; session_id?: string; cwd?: string } } | null;
  assessment: Assessment | null;
  risk_score: number;
  decision: string;
  approval_id: string | null;
  approval_outcome: string | null;
  duration_us: number;
}

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}
export type ContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } } | { type: string; [k: string]: unknown };
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool' | 'developer';
  content: string | ContentPart[] | null;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  name?: string;
  reasoning?: string;
}

export interface Attempt {
  id: string;
  seq: number;
  created_at: string;
  provider: string;
  upstream_model: string;
  target_index: number;
  retry: number;
  outcome: 'ok' | 'error' | 'skipped';
  status_code: number | null;
  error_kind: string | null;
  error: string | null;
  latency_ms: number;
  ttft_ms: number | null;
  next_reason: string | null;
}

export interface Feedback {
  id: string;
  metric_name: string;
  value: number | null;
  raw: unknown;
  target_type?: string;
  created_at: string;
  [k: string]: unknown;
}

export interface Inference {
  id: string;
  created_at: string;
  session_id: string | null;
  route: string | null;
  model: string | null;
  variant: string | null;
  provider: string | null;
  upstream_model: string | null;
  stream: boolean;
  status: 'ok' | 'error' | 'aborted' | 'interrupted';
  error: string | null;
  request: { messages: ChatMessage[]; tools?: unknown[]; [k: string]: unknown };
  /** The assistant's answer as recorded (model, message, finish_reason, usage). */
  response: { model?: string; message?: ChatMessage; finish_reason?: string | null; [k: string]: unknown } | null;
  usage: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | null;
  latency_ms: number;
  ttft_ms: number | null;
  attempts_count: number;
  cost_usd: number | null;
  tags: Record<string, string> | null;
  routing: Record<string, unknown> | null;
  attempts?: Attempt[];
  feedback?: Feedback[];
}

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}
export interface Guardrail {
  metric: string;
  verdict: string;
  candidate: number | null;
  control: number | null;
  margin: Interval | null;
  limit: string;
  summary: string;
}
export interface ExperimentEvent {
  id: string;
  created_at: string;
  action: string;
  actor: string;
  reason: string;
  candidate_weight: number;
}
export interface ArmSummary {
  variant: string;
  sessions: number;
  requests: number;
  error_rate: Interval | null;
  latency_ms: { p50: number | null; p95: number | null };
}
export interface ExperimentReport {
  name: string;
  status: string;
  candidate: string;
  control: string;
  step: number;
  steps: number[];
  candidate_weight: number;
  weights: Record<string, number>;
  started_at: string;
  step_started_at: string;
  auto: boolean;
  analysis: {
    arms: { candidate: ArmSummary; control: ArmSummary };
    guardrails: Guardrail[];
    srm: { verdict: string; expected_share: number; observed_share: number | null; units: number; summary: string };
  };
  next: { action: string; reason: string };
  events: ExperimentEvent[];
}
export interface SeriesPoint {
  at: string;
  samples: number;
  guardrails: Record<string, { estimate: number; lower: number; upper: number } | null>;
}
export interface ExperimentSeries {
  name: string;
  points: SeriesPoint[];
}
