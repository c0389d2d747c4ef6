import type { FirewallTrace } from './firewall-types.js';

// Firewall traces on their way to the store's batched writer (observe mode records one per tool
// call). Inputs and assessments are already redacted by the firewall; the row is the column
// values in TRACE_COLUMNS order with the JSON columns serialized, cheap to hand to a writer thread.

export const TRACE_COLUMNS = ['id', 'created_at', 'session_id', 'tool_name', 'input', 'assessment', 'risk_score', 'decision', 'approval_id', 'approval_outcome', 'duration_us'] as const;

export type TraceWrite = unknown[];

export function toTraceWrite(t: FirewallTrace): TraceWrite {
  return [t.id, t.created_at, t.session_id, t.tool_name, JSON.stringify(t.input), JSON.stringify(t.assessment), t.risk_score, t.decision, t.approval_id, t.approval_outcome, Math.round(t.duration_us)];
}

/** The store's batched trace writer: queue a row; flush before reading so a reader sees its writes. */
export interface TraceQueue {
  push(row: TraceWrite): void;
  flush(): Promise<void>;
}
