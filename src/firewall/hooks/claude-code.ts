import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AssessContext, ToolCallInput } from '../types.js';
import type { Verdict } from './gate-client.js';

// Claude Code's PreToolUse hook protocol: the hook JSON arrives on stdin; the answer is
// {"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"allow|deny|ask",
// "permissionDecisionReason":"..."}} on stdout with exit 0. Exit 2 with a reason on stderr blocks
// the call; the hook uses it when it cannot reach a verdict, so a failure never lets a call through.

export const hookInputSchema = z.object({
  hook_event_name: z.string().min(1),
  tool_name: z.string().min(1).optional(),
  tool_input: z.record(z.string(), z.unknown()).default({}),
  session_id: z.string().optional(),
  transcript_path: z.string().optional(),
  cwd: z.string().optional(),
});

export type HookInput = z.output<typeof hookInputSchema>;

export class HookInputError extends Error {}

export function parseHookInput(text: string): HookInput {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new HookInputError(`hook input is not JSON: ${(err as Error).message}`);
  }
  const r = hookInputSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new HookInputError(`hook input ${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  if (r.data.hook_event_name === 'PreToolUse' && !r.data.tool_name) throw new HookInputError('hook input tool_name: required for PreToolUse');
  return r.data;
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
