import Database from 'better-sqlite3';
import type { ChatMessage, ToolCall } from '../../../core/types.js';
import type { ImportedEpisode, ImportedTurn } from '../../../store/hermes-import-types.js';

// Reads a Hermes SessionDB (hermes_state.py: tables `sessions` and `messages`) without ever
// writing to it. Columns are discovered, not assumed: Hermes has added many over time, so only
// the ids are required and every column Switchyard has no field for is kept in `extra`.

export interface RowProblem {
  table: 'sessions' | 'messages';
  id: string;
  reason: string;
}

const SESSION_FIELDS = new Set(['id', 'source', 'user_id', 'model', 'title', 'system_prompt', 'parent_session_id', 'started_at', 'ended_at', 'end_reason']);
const SESSION_STATS = [
  'message_count', 'tool_call_count', 'api_call_count', 'input_tokens', 'output_tokens', 'cache_read_tokens', 'cache_write_tokens', 'reasoning_tokens',
  'billing_provider', 'billing_base_url', 'billing_mode', 'estimated_cost_usd', 'actual_cost_usd', 'cost_status', 'cost_source', 'pricing_version', 'rewind_count',
];
const MESSAGE_FIELDS = new Set(['id', 'session_id', 'role', 'content', 'tool_call_id', 'tool_calls', 'tool_name', 'timestamp', 'token_count', 'finish_reason', 'reasoning']);
const ROLES = new Set(['system', 'user', 'assistant', 'tool']);

export class SessionDbError extends Error {
  constructor(file: string, reason: string) {
    super(`cannot read Hermes state database ${file}: ${reason}`);
    this.name = 'SessionDbError';
  }
}

/** Hermes stores times as Unix seconds (REAL); older rows may hold ISO text. */
function isoTime(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' && Number.isFinite(v)) {
    const d = new Date(v > 1e12 ? v : v * 1000);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof v === 'string') {
    if (/^\d+(\.\d+)?$/.test(v)) return isoTime(Number(v));
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  return null;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

function maybeJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return v;
  try {
    return JSON.parse(t);
  } catch {
    return v;
  }
}

/** OpenAI-style tool calls from Hermes's JSON text; throws with a reason when they are not. */
function parseToolCalls(text: unknown): ToolCall[] | undefined {
  if (text === null || text === undefined || text === '') return undefined;
  const raw = typeof text === 'string' ? JSON.parse(text) : text;
  if (raw === null) return undefined;
  if (!Array.isArray(raw)) throw new Error('tool_calls is not a JSON array');
  return raw.map((c: unknown, i: number): ToolCall => {
    const call = c as { id?: unknown; function?: { name?: unknown; arguments?: unknown }; name?: unknown; arguments?: unknown };
    const fn = call?.function ?? call;
    if (!fn || typeof fn.name !== 'string' || !fn.name) throw new Error(`tool_calls[${i}] has no function name`);
    const args = fn.arguments === undefined || fn.arguments === null ? '{}' : typeof fn.arguments === 'string' ? fn.arguments : JSON.stringify(fn.arguments);
    return { id: typeof call.id === 'string' && call.id ? call.id : `call_${i}`, type: 'function', function: { name: fn.name, arguments: args } };
  });
}

interface SessionDbReader {
  sessionCount: number;
  messageCount: number;
  /** Episodes (valid sessions) in start order. */
  episodes(problems: RowProblem[]): ImportedEpisode[];
  /** Messages of the given sessions, in batches, in (session, timestamp, id) order. */
  turns(sessionIds: Set<string>, problems: RowProblem[], batchSize: number): Generator<ImportedTurn[]>;
  close(): void;
}

export function openSessionDb(file: string): SessionDbReader {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('query_only = ON');
  } catch (err) {
    throw new SessionDbError(file, (err as Error).message);
  }
  const columns = (table: string): string[] => {
    try {
      return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    } catch (err) {
      db.close();
      throw new SessionDbError(file, (err as Error).message);
    }
  };
  const sessionCols = columns('sessions');
  const messageCols = columns('messages');
  if (!sessionCols.includes('id')) {
    db.close();
    throw new SessionDbError(file, sessionCols.length ? 'table sessions has no id column' : 'no sessions table (is this a Hermes state.db?)');
  }
  const hasMessages = ['id', 'session_id', 'role'].every((c) => messageCols.includes(c));
  // Newer Hermes keeps each distinct system prompt (and tool-name list) once, in system_prompts,
  // and points at it from sessions.system_prompt_hash / sessions.tool_names.
  const promptCols = columns('system_prompts');
  const promptByHash = ['hash', 'prompt'].every((c) => promptCols.includes(c)) ? db.prepare('SELECT prompt FROM system_prompts WHERE hash = ?') : null;
  const resolvePrompt = (hash: unknown): string | null => {
    if (!promptByHash || typeof hash !== 'string' || !hash) return null;
    const row = promptByHash.get(hash) as { prompt: unknown } | undefined;
    return row && typeof row.prompt === 'string' ? row.prompt : null;
  };
  const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  const order = sessionCols.includes('started_at') ? 'started_at, id' : 'id';
  const msgOrder = ['session_id', ...(messageCols.includes('timestamp') ? ['timestamp'] : []), 'id'].join(', ');

  return {
    sessionCount: count('sessions'),
    messageCount: hasMessages ? count('messages') : 0,
    episodes(problems) {
      const out: ImportedEpisode[] = [];
      for (const row of db.prepare(`SELECT * FROM sessions ORDER BY ${order}`).iterate() as Iterable<Record<string, unknown>>) {
        const id = str(row.id);
        if (!id || !id.trim()) {
          problems.push({ table: 'sessions', id: String(row.id), reason: 'empty session id' });
          continue;
        }
        const started = isoTime(row.started_at);
        if ('started_at' in row && !started) {
          problems.push({ table: 'sessions', id, reason: `started_at is not a time: ${JSON.stringify(row.started_at)}` });
          continue;
        }
        const stats: ImportedEpisode['stats'] = {};
        const extra: Record<string, unknown> = {};
        const prompt = str(row.system_prompt) ?? resolvePrompt(row.system_prompt_hash);
        const toolNames = resolvePrompt(row.tool_names);
        if (toolNames !== null) extra.tool_names = maybeJson(toolNames);
        for (const [k, v] of Object.entries(row)) {
          if (SESSION_FIELDS.has(k)) continue;
          if ((k === 'system_prompt_hash' && prompt !== null) || (k === 'tool_names' && toolNames !== null)) continue;
          if (SESSION_STATS.includes(k)) stats[k] = typeof v === 'number' || v === null ? (v as number | null) : String(v);
          else if (v !== null) extra[k] = maybeJson(v);
        }
        out.push({
          session_id: id,
          origin: 'hermes',
          platform: str(row.source),
          user_id: str(row.user_id),
          model: str(row.model),
          title: str(row.title),
          system_prompt: prompt,
          parent_session_id: str(row.parent_session_id),
          started_at: started ?? new Date(0).toISOString(),
          ended_at: isoTime(row.ended_at),
          end_reason: str(row.end_reason),
          stats,
          extra,
        });
      }
      return out;
    },
    *turns(sessionIds, problems, batchSize) {
      if (!hasMessages) return;
      let batch: ImportedTurn[] = [];
      let current = '';
      let seq = 0;
      for (const row of db.prepare(`SELECT * FROM messages ORDER BY ${msgOrder}`).iterate() as Iterable<Record<string, unknown>>) {
        const id = String(row.id);
        const sessionId = str(row.session_id);
        if (!sessionId || !sessionIds.has(sessionId)) {
          problems.push({ table: 'messages', id, reason: sessionId ? `session ${sessionId} was not imported` : 'no session_id' });
          continue;
        }
        if (sessionId !== current) {
          current = sessionId;
          seq = 0;
        }
        const role = str(row.role);
        if (!role || !ROLES.has(role)) {
          problems.push({ table: 'messages', id, reason: `unknown role ${JSON.stringify(row.role)}` });
          continue;
        }
        const created = 'timestamp' in row ? isoTime(row.timestamp) : null;
        if ('timestamp' in row && !created) {
          problems.push({ table: 'messages', id, reason: `timestamp is not a time: ${JSON.stringify(row.timestamp)}` });
          continue;
        }
        let toolCalls: ToolCall[] | undefined;
        try {
          toolCalls = parseToolCalls(row.tool_calls);
        } catch (err) {
          problems.push({ table: 'messages', id, reason: `tool_calls: ${(err as Error).message}` });
          continue;
        }
        const content = row.content === null || row.content === undefined ? null : String(row.content);
        const message: ChatMessage = { role: role as ChatMessage['role'], content };
        if (toolCalls?.length) message.tool_calls = toolCalls;
        if (role === 'tool') {
          const callId = str(row.tool_call_id);
          if (!callId) {
            problems.push({ table: 'messages', id, reason: 'tool result without tool_call_id' });
            continue;
          }
          message.tool_call_id = callId;
          if (row.tool_name) message.name = String(row.tool_name);
        }
        const extra: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) if (!MESSAGE_FIELDS.has(k) && v !== null) extra[k] = maybeJson(v);
        batch.push({
          source_id: `hermes:${sessionId}:${id}`,
          session_id: sessionId,
          seq: seq++,
          message,
          created_at: created ?? new Date(0).toISOString(),
          token_count: num(row.token_count),
          finish_reason: str(row.finish_reason),
          reasoning: str(row.reasoning),
          extra,
        });
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    },
    close: () => db.close(),
  };
}
