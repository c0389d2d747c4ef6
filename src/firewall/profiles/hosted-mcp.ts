import { own } from '../../core/own.js';
import type { DeclaredTool } from '../../config/firewall-schema.js';
import { finding, type Finding } from '../rules/finding.js';
import type { ToolCallInput } from '../types.js';
import { str } from './types.js';

// The OpenAI Agents SDK's hosted MCP tool is the Responses API's `mcp_call` (and
// `mcp_approval_request`): `{server_label, name, arguments}`, `arguments` a JSON string. What it
// does is what `name` does on the server the label names, so it is judged as that call,
// `mcp__<server_label>__<name>` with its arguments parsed: by the server's own profile when the
// firewall knows it (a playwright click, a GitHub merge), else by the unknown-tool classifier with
// the server's name as context (a stripe payout moves money). A `hosted_mcp` entry that names no
// tool (the tool's own configuration) keeps the profile in agents-sdk.ts.

export const HOSTED_MCP = 'hosted_mcp';

export interface HostedCall {
  /** The call the hosted server makes. */
  call: ToolCallInput;
  /** What the hosted tool's own configuration adds (`require_approval: "never"`). */
  findings: Finding[];
}

/** The call a hosted MCP call makes, or null when `call` is none (or the operator declared `hosted_mcp` in config). */
export function hostedMcpCall(call: ToolCallInput, declared: Record<string, DeclaredTool>): HostedCall | null {
  if (call.tool !== HOSTED_MCP || own(declared, call.tool)) return null;
  const a = call.args ?? {};
  const label = str(a, 'server_label', 'server');
  const name = str(a, 'name', 'tool_name', 'tool');
  if (!label || !name) return null;
  return { call: { tool: `mcp__${serverPart(label)}__${name}`, args: innerArgs(a.arguments ?? a.args ?? a.input), annotations: call.annotations }, findings: approvalFindings(a) };
}

/** A hosted MCP tool configured never to ask for approval lets every call of its server run unseen. */
export function approvalFindings(a: Record<string, unknown>): Finding[] {
  return str(a, 'require_approval') === 'never' ? [finding(0.5, 'external', true, 'safety_tampering', 'hosted MCP call configured never to ask')] : [];
}

/** A label as the `mcp__server__tool` convention can carry it: no `__`, nothing but name characters. */
function serverPart(label: string): string {
  return label.trim().replace(/[^\w-]+/g, '-').replace(/_{2,}/g, '_');
}

/** `arguments` as the Responses API sends it (a JSON string) or as an object; text that is not JSON stays readable. */
function innerArgs(raw: unknown): Record<string, unknown> {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) return raw as Record<string, unknown>;
  if (typeof raw !== 'string' || raw.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { arguments: raw };
  } catch {
    return { arguments: raw };
  }
}
