import { newId } from '../../core/ids.js';
import { lever } from '../../core/levers.js';
import type { FirewallRepo } from '../../store/firewall-types.js';
import { assess, type EngineConfig } from '../engine.js';
import { redact } from '../redact.js';
import type { Assessment, AssessContext, ToolCallInput } from '../types.js';

// Observe mode: assess and store the trace, but open no approval. The call already went to the
// client, so an approval would only page a person about something nobody is waiting on. The
// trace goes to the store's batched writer (durable as inference rows are); the `batchedTraces`
// lever switches back to inserting it before the response goes on.

const batchedTraces = lever('batchedTraces');

export type Observed = { assessment: Assessment; trace_id: string };

/** Answers at once when the trace is queued (no promise to settle); waits only for a synchronous insert. */
export type Observer = (call: ToolCallInput, context: AssessContext) => Observed | Promise<Observed>;

export function traceObserver(repo: FirewallRepo, config: EngineConfig & { store_traces?: boolean }): Observer {
  return (call, context) => {
    const t0 = process.hrtime.bigint();
    // Reasons and factors quote the arguments: redact them like the input.
    const assessment = redact(assess(call, context, config)) as Assessment;
    const duration_us = Number(process.hrtime.bigint() - t0) / 1000;
    const trace_id = newId();
    if (config.store_traces !== false) {
      const trace = {
        id: trace_id,
        created_at: new Date().toISOString(),
        session_id: context.session_id ?? null,
        tool_name: call.tool,
        input: redact({ tool: call.tool, args: call.args, context }),
        assessment,
        risk_score: assessment.risk_score,
        decision: assessment.decision,
        approval_id: null,
        approval_outcome: assessment.decision === 'allow' ? null : 'observed',
        duration_us,
      };
      if (!batchedTraces.on) return repo.recordTrace(trace).then(() => ({ assessment, trace_id }));
      repo.queueTrace(trace);
    }
    return { assessment, trace_id };
  };
}
