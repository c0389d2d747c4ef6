import { deferredPrompt, listsPath, nothing, readsPath, searches } from './extract.js';
import { parseAnyPatch } from './patch-envelope.js';
import { argvCommand, obj, p, PATHS, str, type ToolInputs, type ToolProfile } from './types.js';

// The Codex CLI's tools (codex-rs/core/src/tools/spec.rs): `shell` takes an argv array
// (["bash","-lc","..."]), `apply_patch` the `*** Begin Patch` envelope, plus plans, images,
// web search, file reads and sub-agents.

const X = 'codex' as const;

/** `shell` is also the OpenAI Agents SDK's shell tool, whose argument is `commands: string[]`. */
export function shellInputs(a: Record<string, unknown>): ToolInputs {
  const action = obj(a.action);
  const argv = a.command ?? action.command ?? a.cmd ?? a.argv;
  const one = argvCommand(argv);
  const commands = one ? [one] : [];
  const many: unknown[] = Array.isArray(a.commands) ? a.commands : Array.isArray(action.commands) ? action.commands : [];
  for (const c of many) if (typeof c === 'string') commands.push(c);
  return { commands };
}

export function patchInputs(a: Record<string, unknown>): ToolInputs {
  const op = obj(a.operation ?? (typeof a.type === 'string' && a.path ? a : undefined));
  if (op.type && typeof op.path === 'string') {
    const kind = op.type === 'delete_file' ? 'delete' : op.type === 'create_file' ? 'write' : 'edit';
    const diff = str(op, 'diff') ?? '';
    const parsed = diff ? parseAnyPatch(diff) : [];
    const content = parsed.length ? parsed.map((w) => w.content ?? '').join('\n') : diff.split('\n').filter((l) => l.startsWith('+')).map((l) => l.slice(1)).join('\n') || diff;
    const removed = diff.split('\n').filter((l) => l.startsWith('-')).map((l) => l.slice(1)).join('\n') || undefined;
    const writes = [{ path: op.path, op: kind as 'write' | 'edit' | 'delete', content: kind === 'delete' ? undefined : content, removed }];
    if (typeof op.moveTo === 'string') writes.push({ path: op.moveTo, op: 'move' as never, content: undefined, removed: undefined });
    return { writes };
  }
  const text = str(a, 'input', 'patch', 'diff') ?? (typeof a.__raw === 'string' ? a.__raw : '');
  return { writes: parseAnyPatch(text) };
}

const read = (label: string, extract = nothing) => p(X, 'read', 'read_only', label, { extract, path_args: PATHS });

export const CODEX: Record<string, ToolProfile> = {
  shell: p(X, 'shell', 'local_edit', 'runs a command (argv)', { base_risk: 0.05, extract: shellInputs }),
  shell_command: p(X, 'shell', 'local_edit', 'runs a shell command', { base_risk: 0.05, extract: (a) => ({ commands: [str(a, 'command', 'cmd') ?? ''].filter(Boolean) }) }),
  exec_command: p(X, 'shell', 'local_edit', 'runs a shell command', { base_risk: 0.05, extract: (a) => ({ commands: [str(a, 'cmd', 'command') ?? ''].filter(Boolean) }) }),
  local_shell: p(X, 'shell', 'local_edit', 'runs a command (argv)', { base_risk: 0.05, extract: shellInputs }),
  write_stdin: p(X, 'shell', 'local_edit', 'types into a running command', {
    base_risk: 0.03,
    extract: (a) => {
      const chars = str(a, 'chars', 'input') ?? '';
      return chars.trim() ? { commands: [chars.trim()] } : {};
    },
  }),
  apply_patch: p(X, 'write', 'local_edit', 'applies a patch to files', { base_risk: 0.05, extract: patchInputs }),
  update_plan: p(X, 'generic', 'read_only', 'updates its plan', { base_risk: 0.01, extract: nothing }),
  view_image: read('looks at an image', readsPath('path')),
  list_dir: read('lists a directory', listsPath('dir_path', 'path')),
  grep_files: read('searches files', readsPath('path')),
  request_user_input: p(X, 'generic', 'read_only', 'asks the user', { base_risk: 0.01, extract: nothing }),
  get_memory: read('reads a memory'),
  spawn_agent: p(X, 'delegate', 'local_edit', 'starts a sub-agent', { base_risk: 0.05, extract: deferredPrompt('a sub-agent', 'message', 'prompt', 'goal', 'instructions', 'task') }),
  send_input: p(X, 'delegate', 'local_edit', 'sends input to a sub-agent', { base_risk: 0.05, extract: deferredPrompt('a sub-agent', 'message') }),
  wait: p(X, 'generic', 'read_only', 'waits for sub-agents', { base_risk: 0.01, extract: nothing }),
  close_agent: p(X, 'generic', 'local_edit', 'closes a sub-agent', { base_risk: 0.02, extract: nothing }),
  resume_agent: p(X, 'generic', 'local_edit', 'resumes a sub-agent', { base_risk: 0.02, extract: nothing }),
  list_mcp_resources: read('lists MCP resources'),
  list_mcp_resource_templates: read('lists MCP resource templates'),
  read_mcp_resource: read('reads an MCP resource'),
  web_search: p(X, 'web', 'read_only', 'searches the web', { base_risk: 0.03, extract: (a) => searches({ ...a, ...obj(a.action) }) }),
};
