import { finding, type Finding } from './finding.js';

// Tools that change an agent's gate: its guardrails, which tools need a person's approval, the
// policy of the proxy or gateway in front of it. The labelling policy holds these in either
// direction, as it holds the agent's own settings files (rules/agent-settings.ts): the firewall
// cannot tell a real tightening from a loosening dressed as one. Reading the gate, asking for an
// approval and approving an expense are other things.

/** What the gate is called in tool names, dispatched operations and API paths. */
const GATE = /guardrail|approval(?!_?request)|tool[_-]?(?:polic|permission|gate)|agent[_-]?polic|proxy[_-]?polic|polic(?:y|ies)[_.-]?(?:set[_.-]?)?mode|polic(?:y|ies)[_.-]set\b|autonomy|auto[_-]?approv|gatekeeper|toolgate/i;
/** A generic policy, rule or settings tool is about the gate when its arguments name approvals or guardrails. */
const GENERIC = /polic|rule|setting|config/i;
const GATE_ARGS = /require_?(?:human_?)?approval|requireApproval|human_?approval|auto_?approve|tool_?approval|guardrail|require_?confirmation|always_allow|"action"\s*:\s*"(?:allow|ask|deny)"|"decision"\s*:\s*"(?:allow|ask|deny)"/i;
/** Verbs that change something; the rest (get, list, explain, evaluate, request) read or ask. */
const WRITE_VERB = /(?:^|[_.\-/])(?:set|update|put|patch|create|add|remove|delete|disable|enable|configure|change|apply|replace|toggle|edit|modify|grant|revoke|reset|clear|upsert|write)(?:$|[_.\-/A-Z])/i;
const READ_VERB = /(?:^|[_.\-/])(?:get|list|read|describe|show|explain|evaluate|check|request|search|fetch|view|status|history|events?|logs?)(?:$|[_.\-/])/i;
const APPROVAL_ARGS = /approv|confirm|allow|autonomy/i;
const ON = /"(?:enabled|active|on)"\s*:\s*true/i;
const OFF = /:\s*(?:false|\[\s*\]|"(?:off|none|never|disabled?|monitor\w*)")/i;
const WRITE_METHOD = /^(?:post|put|patch|delete)$/i;

/** `tool` is the tool's name; `args` its arguments. */
export function judgeGateTool(tool: string, args: Record<string, unknown>): Finding[] {
  const op = operationOf(args);
  const http = typeof args.method === 'string' && WRITE_METHOD.test(args.method) ? pathOf(args) : '';
  const names = [tool, op, http].filter(Boolean).join(' ');
  if (!GATE.test(names) && !(GENERIC.test(names) && GATE_ARGS.test(JSON.stringify(args)))) return [];
  const writes = (http !== '' && !READ_VERB.test(http.split(/[/?]/).filter(Boolean).pop() ?? '')) || [tool, op].some((n) => WRITE_VERB.test(n) && !READ_VERB.test(n));
  if (!writes) return [];
  // A guardrail (a filter on what goes in or out) switched on is a check added, like a person's
  // safety setting turned on; which calls need approval is the agent's gate in either direction.
  const json = JSON.stringify(args);
  if (!/approv|permission|polic/i.test(names) && !APPROVAL_ARGS.test(json) && ON.test(json) && !OFF.test(json)) return [];
  return [finding(0.85, 'critical', false, 'safety_tampering', `${tool}${op ? ` (${op})` : ''} changes an agent's guardrails or which calls need approval; asked in either direction`)];
}

/** The operation a dispatcher names (`invoke {function: "policy.set_mode"}`, a JSON-RPC method). */
function operationOf(args: Record<string, unknown>): string {
  for (const k of ['function', 'operation', 'op', 'method']) {
    const v = args[k];
    if (typeof v === 'string' && !WRITE_METHOD.test(v) && !/^(?:get|GET)$/.test(v) && /[._]/.test(v)) return v;
  }
  return '';
}

function pathOf(args: Record<string, unknown>): string {
  for (const k of ['url', 'path', 'endpoint', 'uri']) if (typeof args[k] === 'string') return args[k] as string;
  return '';
}
