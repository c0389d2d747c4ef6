import type { EngineConfig } from '../engine.js';
import { genericExtract } from '../profiles/extract.js';
import { profileFor, type ToolInputs, type ToolProfile } from '../profiles/index.js';
import { hostedMcpCall } from '../profiles/hosted-mcp.js';
import { analyzeShell } from '../shell/analyze.js';
import type { AssessContext, ToolCallInput } from '../types.js';
import type { GateCallView } from './gate-features.js';

// What the learned gate layer sees of a call, built the same way by the engine and the trainer.

/** Read-only tools (Read, Grep, Glob, searches) are never eligible: reads must stay instant. */
export function gateEligible(profile: Pick<ToolProfile, 'class'>): boolean {
  return profile.class !== 'read_only';
}

/** The user's last few messages, latest last. */
export function requestTurns(context: AssessContext): string[] {
  const said = context.user_messages ? context.user_messages.slice(-3) : [];
  if (context.user_message && said[said.length - 1] !== context.user_message) said.push(context.user_message);
  return said;
}

/** `cleared`: words of the call's commands the rules cleared (CommandFacts.clear), which the layer does not read. */
export function gateCallView(call: ToolCallInput, profile: Pick<ToolProfile, 'class' | 'kind'>, context: AssessContext, cleared: readonly string[]): GateCallView {
  return { tool: call.tool, sideEffectClass: profile.class, kind: profile.kind, args: call.args ?? {}, said: requestTurns(context), cleared };
}

/** The call the engine judges: a hosted MCP call is the call it makes on its server. */
function judged(call: ToolCallInput, config: EngineConfig): ToolCallInput {
  return hostedMcpCall(call, config.tools)?.call ?? call;
}

function resolve(asked: ToolCallInput, context: AssessContext, config: EngineConfig): { profile: ToolProfile; inputs: ToolInputs } {
  const call = judged(asked, config);
  const base = profileFor(call.tool, call.annotations ?? context.mcp_annotations, config.tools);
  const args = call.args && typeof call.args === 'object' ? call.args : {};
  const inputs = base.extract ? base.extract(args) : genericExtract(base, args);
  return { profile: inputs.profile ?? base, inputs };
}

/** The profile the engine judges a call by (an action argument may narrow the tool's profile). */
export function resolvedProfile(call: ToolCallInput, context: AssessContext, config: EngineConfig): ToolProfile {
  return resolve(call, context, config).profile;
}

/**
 * The layer's view of a call as the engine builds it, for code outside the engine (the trainer,
 * tests): the resolved profile, and the words the shell rules cleared in the call's commands.
 */
export function gateViewOf(call: ToolCallInput, context: AssessContext, config: EngineConfig): { profile: ToolProfile; view: GateCallView } {
  const { profile, inputs } = resolve(call, context, config);
  const commands = (inputs.commands ?? []).filter((c) => c.trim() !== '');
  const cleared = commands.flatMap((c) => analyzeShell(c, { sensitive_paths: config.sensitive_paths }).cleared);
  return { profile, view: gateCallView(judged(call, config), profile, context, cleared) };
}
