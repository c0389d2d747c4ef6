import { readFileSync } from 'node:fs';
import type { AssessContext, ToolCallInput } from '../types.js';
import type { Verdict } from './gate-remote.js';

// Claude Code's PreToolUse hook protocol: the hook JSON arrives on stdin; the answer is
// {"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"allow|deny|ask",
// "permissionDecisionReason":"..."}} on stdout with exit 0. Exit 2 with a reason on stderr blocks
// the call; the hook uses it when it cannot reach a verdict, so a failure never lets a call through.
// The input is checked by hand rather than with zod: this runs once per tool call in a fresh
// process, and loading the schema library would cost more than the whole assessment.

export interface HookInput {
  hook_event_name: string;
  tool_name?: string;
  tool_input: Record<string, unknown>;
  session_id?: string;
  transcript_path?: string;
  cwd?: string;
}

export class HookInputError extends Error {}

const OPTIONAL_STRINGS = ['tool_name', 'session_id', 'transcript_path', 'cwd'] as const;

export function parseHookInput(text: string): HookInput {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new HookInputError(`hook input is not JSON: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new HookInputError('hook input body: expected a JSON object');
  const r = raw as Record<string, unknown>;
  if (typeof r.hook_event_name !== 'string' || r.hook_event_name === '') throw new HookInputError('hook input hook_event_name: expected a non-empty string');
  for (const k of OPTIONAL_STRINGS) {
    if (r[k] !== undefined && typeof r[k] !== 'string') throw new HookInputError(`hook input ${k}: expected a string`);
  }
  if (r.tool_name === '') throw new HookInputError('hook input tool_name: expected a non-empty string');
  const ti = r.tool_input ?? {};
  if (!ti || typeof ti !== 'object' || Array.isArray(ti)) throw new HookInputError('hook input tool_input: expected an object');
  if (r.hook_event_name === 'PreToolUse' && !r.tool_name) throw new HookInputError('hook input tool_name: required for PreToolUse');
  return {
    hook_event_name: r.hook_event_name,
    tool_name: r.tool_name as string | undefined,
    tool_input: ti as Record<string, unknown>,
    session_id: r.session_id as string | undefined,
    transcript_path: r.transcript_path as string | undefined,
    cwd: r.cwd as string | undefined,
  };
}

/** The last user messages of the transcript (JSONL), for crisis detection; best effort. */
export function lastUserMessages(transcriptPath: string | undefined, n = 5): string[] {
  if (!transcriptPath) return [];
  let text: string;
  try {
    text = readFileSync(transcriptPath, 'utf8');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as { type?: string; message?: { role?: string; content?: unknown } };
      if (e.type !== 'user' || e.message?.role !== 'user') continue;
      const c = e.message.content;
      const t = typeof c === 'string' ? c : Array.isArray(c) ? c.filter((p) => p?.type === 'text').map((p) => String(p.text ?? '')).join('\n') : '';
      if (t.trim()) out.push(t);
    } catch {
      // A torn or foreign line: skip it, the transcript is written while we read.
    }
  }
  return out.slice(-n);
}

export function callOf(input: HookInput): { call: ToolCallInput; context: AssessContext } {
  const users = lastUserMessages(input.transcript_path);
  return {
    call: { tool: input.tool_name!, args: input.tool_input },
    context: { session_id: input.session_id, cwd: input.cwd, user_message: users.at(-1), user_messages: users },
  };
}

export function hookOutput(v: Verdict): string {
  return JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: v.decision, permissionDecisionReason: v.reason } });
}
