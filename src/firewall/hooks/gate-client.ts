import { assess, type EngineConfig } from '../engine.js';
import type { AssessContext, ToolCallInput } from '../types.js';
import { summary, type Verdict } from './gate-remote.js';

// How an enforcement point outside the gateway (agent hook, MCP proxy) gets a verdict for one
// tool call: from a running gateway (gate-remote.ts), or locally from the same policy when no
// gateway is configured (here: this module is what loads the engine).

export { GatewayUnavailableError, remoteVerdict, type RemoteGate, type Verdict } from './gate-remote.js';

export function localVerdict(call: ToolCallInput, context: AssessContext, config?: EngineConfig): Verdict {
  const a = config ? assess(call, context, config) : assess(call, context);
  const reason = a.decision === 'allow' ? `Switchyard firewall allows ${summary(a)}` : a.decision === 'deny' ? `Switchyard firewall denies ${summary(a)}` : `Switchyard firewall: a person must confirm ${summary(a)}`;
  return { decision: a.decision, reason, assessment: a, approval_id: null, outcome: a.decision === 'ask' ? 'local_ask' : a.decision === 'allow' ? 'allowed' : 'policy_denied' };
}
