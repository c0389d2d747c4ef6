import { createHash } from 'node:crypto';
import type { ChatMessage, ToolCall, ToolDefinition } from '../../../core/types.js';
import type { ImportedDatapoint } from '../../../store/hermes-import-types.js';

// Hermes batch-runner trajectories (batch_runner.py, ShareGPT style): `conversations` of
// {from, value} with from in system/human/gpt/tool, tool calls inside <tool_call> tags and results
// inside <tool_response> tags. Each record becomes a datapoint: the conversation up to the final
// reply as input, that reply as the reference output, the run facts as metadata.

export const TRAJECTORY_DATASET = 'hermes-trajectories';

const ROLE: Record<string, ChatMessage['role']> = { system: 'system', human: 'user', user: 'user', gpt: 'assistant', assistant: 'assistant', tool: 'tool', function: 'tool' };
const TOOL_CALL = /<tool_call>\s*([\s\S]*?)\s*<\/tool_call>/g;
const TOOL_RESPONSE = /<tool_response>\s*([\s\S]*?)\s*<\/tool_response>/g;
const TOOLS = /<tools>\s*([\s\S]*?)\s*<\/tools>/;

class TrajectoryError extends Error {}

function toolsFrom(system: string): ToolDefinition[] | null {
  const m = TOOLS.exec(system);
  if (!m || !m[1].trim()) return null;
  try {
    const raw = JSON.parse(m[1]) as unknown;
    const list = Array.isArray(raw) ? raw : [raw];
    const tools = list
      .map((t) => (t && typeof t === 'object' && 'function' in t ? (t as { function: ToolDefinition['function'] }).function : (t as ToolDefinition['function'])))
      .filter((f) => f && typeof f.name === 'string')
      .map((f): ToolDefinition => ({ type: 'function', function: f }));
    return tools.length ? tools : null;
  } catch {
    return null;
  }
}

function trajectoryToDatapoint(record: unknown, where: string): ImportedDatapoint {
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new TrajectoryError('not a JSON object');
  const r = record as Record<string, unknown>;
  const conv = r.conversations;
  if (!Array.isArray(conv) || conv.length === 0) throw new TrajectoryError('no conversations');
  const messages: ChatMessage[] = [];
  let tools: ToolDefinition[] | null = null;
  const pending: string[] = []; // ids of calls waiting for their <tool_response>
  let callSeq = 0;
  conv.forEach((turn, i) => {
    const t = turn as { from?: unknown; value?: unknown };
    const role = typeof t?.from === 'string' ? ROLE[t.from] : undefined;
    if (!role) throw new TrajectoryError(`conversations[${i}].from is ${JSON.stringify(t?.from)}`);
    const value = typeof t.value === 'string' ? t.value : t.value == null ? '' : JSON.stringify(t.value);
    if (role === 'system') {
      tools ??= toolsFrom(value);
      messages.push({ role, content: value });
    } else if (role === 'assistant') {
      const calls: ToolCall[] = [];
      for (const m of value.matchAll(TOOL_CALL)) {
        let parsed: { name?: unknown; arguments?: unknown };
        try {
          parsed = JSON.parse(m[1]);
        } catch {
          throw new TrajectoryError(`conversations[${i}] has a <tool_call> that is not JSON`);
        }
        if (typeof parsed?.name !== 'string') throw new TrajectoryError(`conversations[${i}] has a <tool_call> without a name`);
        const id = `call_${callSeq++}`;
        pending.push(id);
        calls.push({ id, type: 'function', function: { name: parsed.name, arguments: typeof parsed.arguments === 'string' ? parsed.arguments : JSON.stringify(parsed.arguments ?? {}) } });
      }
      const text = value.replace(TOOL_CALL, '').trim();
      messages.push(calls.length ? { role, content: text || null, tool_calls: calls } : { role, content: value });
    } else if (role === 'tool') {
      const responses = [...value.matchAll(TOOL_RESPONSE)].map((m) => m[1]);
      for (const body of responses.length ? responses : [value]) {
        let content = body;
        let name: string | undefined;
        try {
          const parsed = JSON.parse(body) as { name?: unknown; content?: unknown };
          if (typeof parsed?.name === 'string') name = parsed.name;
          if (parsed && 'content' in parsed) content = typeof parsed.content === 'string' ? parsed.content : JSON.stringify(parsed.content);
        } catch {
          /* plain text result */
        }
        const id = pending.shift() ?? `call_${callSeq++}`;
        messages.push({ role: 'tool', content, tool_call_id: id, ...(name ? { name } : {}) });
      }
    } else messages.push({ role, content: value });
  });
  const last = messages[messages.length - 1];
  const output = last.role === 'assistant' ? messages.pop()! : null;
  const { conversations: _c, ...facts } = r;
  const meta = (r.metadata && typeof r.metadata === 'object' ? r.metadata : {}) as Record<string, unknown>;
  const tags: Record<string, string> = { source: 'hermes-trajectory' };
  for (const k of ['prompt_index', 'completed', 'partial', 'api_calls'] as const) if (r[k] !== undefined && r[k] !== null) tags[k] = String(r[k]);
  if (typeof meta.model === 'string') tags.model = meta.model;
  if (Array.isArray(r.toolsets_used)) tags.toolsets_used = r.toolsets_used.join(',');
  const hash = createHash('sha256').update(JSON.stringify(record)).digest('hex');
  return {
    source_id: `hermes-trajectory:${hash}`,
    dataset: TRAJECTORY_DATASET,
    messages,
    output,
    tools,
    tags,
    metadata: { ...facts, source: where },
    created_at: new Date().toISOString(),
  };
}

interface ParsedLine {
  line: number;
  datapoint?: ImportedDatapoint;
  error?: string;
}

/** One result per non-blank line of a JSONL file. */
export function parseTrajectoryLines(text: string, file: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const line = i + 1;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      out.push({ line, error: 'not valid JSON' });
      return;
    }
    try {
      out.push({ line, datapoint: trajectoryToDatapoint(record, `${file}:${line}`) });
    } catch (err) {
      if (!(err instanceof TrajectoryError)) throw err;
      out.push({ line, error: err.message });
    }
  });
  return out;
}
