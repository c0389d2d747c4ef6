import type { FileWrite } from './types.js';

// The `*** Begin Patch` envelope used by Codex's apply_patch and Hermes's patch (mode "patch"):
// which files it adds, updates, deletes or moves, and the lines it adds and removes in each,
// so each file is judged like an edit.

export function parsePatchEnvelope(text: string): FileWrite[] {
  const out: FileWrite[] = [];
  let cur: { w: FileWrite; added: string[]; removed: string[]; context: string[] } | null = null;
  const flush = () => {
    if (!cur) return;
    if (cur.w.op !== 'delete') cur.w.content = cur.added.join('\n');
    if (cur.removed.length) cur.w.removed = cur.removed.join('\n');
    if (cur.context.length) cur.w.context = cur.context.join('\n');
    out.push(cur.w);
    cur = null;
  };
  for (const line of text.split(/\r?\n/)) {
    const head = /^\*\*\* (Add|Update|Delete) File:\s*(.+?)\s*$/.exec(line);
    if (head) {
      flush();
      const op = head[1] === 'Add' ? 'write' : head[1] === 'Delete' ? 'delete' : 'edit';
      cur = { w: { path: head[2], op }, added: [], removed: [], context: [] };
      continue;
    }
    const move = /^\*\*\* Move to:\s*(.+?)\s*$/.exec(line);
    if (move && cur) {
      out.push({ path: move[1], op: 'move', content: undefined });
      continue;
    }
    if (!cur || line.startsWith('*** ') || line.startsWith('@@')) continue;
    if (line.startsWith('+')) cur.added.push(line.slice(1));
    else if (line.startsWith('-')) cur.removed.push(line.slice(1));
    else if (line.startsWith(' ')) cur.context.push(line.slice(1));
  }
  flush();
  return out;
}

/** A unified diff (`--- a/x` / `+++ b/x`), as some agents send to apply-patch tools. */
export function parseUnifiedDiff(text: string): FileWrite[] {
  const out: FileWrite[] = [];
  let cur: { w: FileWrite; added: string[]; removed: string[]; context: string[] } | null = null;
  const flush = () => {
    if (cur) out.push({ ...cur.w, content: cur.added.join('\n'), removed: cur.removed.join('\n') || undefined, context: cur.context.join('\n') || undefined });
    cur = null;
  };
  for (const line of text.split(/\r?\n/)) {
    const to = /^\+\+\+ (?:b\/)?(.+?)\s*$/.exec(line);
    if (to) {
      flush();
      cur = to[1] === '/dev/null' ? null : { w: { path: to[1], op: 'edit' }, added: [], removed: [], context: [] };
      continue;
    }
    if (!cur || line.startsWith('--- ') || line.startsWith('@@')) continue;
    if (line.startsWith('+')) cur.added.push(line.slice(1));
    else if (line.startsWith('-')) cur.removed.push(line.slice(1));
    else if (line.startsWith(' ')) cur.context.push(line.slice(1));
  }
  flush();
  return out;
}

export function parseAnyPatch(text: string): FileWrite[] {
  return text.includes('*** Begin Patch') || /^\*\*\* (Add|Update|Delete) File:/m.test(text) ? parsePatchEnvelope(text) : parseUnifiedDiff(text);
}
