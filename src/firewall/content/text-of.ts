// The text a call carries, whatever the tool's argument shape: the profile's content arguments
// first; for tools that send or whose shape is unknown, every string in the arguments (nested
// objects and arrays too: MCP payloads, `files.*.content`, `action.text`). Bounded in depth,
// count and total length so a huge payload costs no more than a long message.

// Deep enough for a Notion page's blocks (children[].paragraph.rich_text[].text.content is 7 down).
const MAX_DEPTH = 8;
const MAX_STRINGS = 64;
const MAX_TOTAL = 32_768;
/** Argument names that hold addresses, ids and options, not prose. */
const SKIP_KEYS = /^(?:id|ids|ref|uuid|url|urls|href|path|file_path|filepath|target|to|cc|bcc|from|channel|channel_id|chat_id|thread_ts|recipient_type|currency|language|model|role|type|format|mime_type|encoding|schedule|cron|timeout|timeout_ms|workdir|working_directory|cwd|x|y|public|auto_advance|limit)$/i;

export function textOf(args: Record<string, unknown>, keys: readonly string[], everything: boolean): string {
  const parts: string[] = [];
  let total = 0;
  const push = (s: string) => {
    if (total >= MAX_TOTAL || parts.length >= MAX_STRINGS || s.trim() === '') return;
    parts.push(s);
    total += s.length;
  };
  for (const k of keys) {
    const v = args[k];
    if (typeof v === 'string') push(v);
  }
  if (everything) {
    const walk = (v: unknown, key: string, depth: number) => {
      if (depth > MAX_DEPTH || total >= MAX_TOTAL) return;
      if (typeof v === 'string') {
        if (!SKIP_KEYS.test(key) && !(depth === 1 && keys.includes(key))) push(v);
      } else if (Array.isArray(v)) {
        for (const x of v) walk(x, key, depth + 1);
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k, depth + 1);
      }
    };
    walk(args, '', 0);
  }
  return parts.join('\n');
}

/**
 * The scalar fields of structured arguments as "name: value" lines (`salary: 61200`,
 * `routing_number: 021000021`, `service: payouts`): a bare value says little, its field name says
 * what it is. Empty unless there are at least two, so a single `text` field adds nothing.
 */
export function fieldsOf(args: Record<string, unknown>): string {
  const lines: string[] = [];
  const walk = (v: unknown, key: string, depth: number) => {
    if (depth > MAX_DEPTH || lines.length >= MAX_STRINGS) return;
    if ((typeof v === 'string' && v.length <= 200) || typeof v === 'number') {
      if (key && !SKIP_KEYS.test(key)) lines.push(`${key}: ${v}`);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, key, depth + 1);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k, depth + 1);
    }
  };
  walk(args, '', 0);
  return lines.length >= 2 ? lines.join('\n') : '';
}
