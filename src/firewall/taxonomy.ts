import type { DeclaredTool } from '../config/firewall-schema.js';
import type { McpAnnotations, SideEffectClass } from './types.js';
import { own } from '../core/own.js';

// What each known tool can do, before looking at its arguments. The argument-level analysis
// (paths, shell, content) refines these; the profile is the floor.

export type ToolKind =
  | 'shell' // a command string run by a shell
  | 'code' // source code executed by an interpreter
  | 'read' // reads files or data
  | 'write' // writes or edits files
  | 'message' // sends text to people
  | 'web' // fetches from the network
  | 'browser' // drives a browser
  | 'schedule' // creates or removes scheduled work
  | 'delegate' // hands work to another agent
  | 'process' // manages running processes
  | 'finance' // moves money
  | 'generic';

export interface ToolProfile {
  source: 'hermes' | 'claude_code' | 'mcp' | 'config' | 'unknown';
  class: SideEffectClass;
  base_risk: number;
  reversible: boolean;
  outbound: boolean;
  kind: ToolKind;
  /** Confidence that this profile describes the tool. */
  confidence: number;
  command_arg?: string;
  code_arg?: string;
  path_args: string[];
  content_args: string[];
  label: string;
}

const BASE_RISK: Record<SideEffectClass, number> = { read_only: 0.03, local_edit: 0.15, external: 0.35, critical: 0.75 };

function p(source: ToolProfile['source'], kind: ToolKind, cls: SideEffectClass, label: string, extra: Partial<ToolProfile> = {}): ToolProfile {
  return {
    source,
    kind,
    class: cls,
    label,
    base_risk: extra.base_risk ?? BASE_RISK[cls],
    reversible: extra.reversible ?? cls !== 'critical',
    outbound: extra.outbound ?? false,
    confidence: extra.confidence ?? 0.9,
    path_args: extra.path_args ?? [],
    content_args: extra.content_args ?? [],
    command_arg: extra.command_arg,
    code_arg: extra.code_arg,
  };
}

const PATHS = ['path', 'file_path', 'filepath', 'file', 'filename', 'notebook_path', 'dir', 'directory', 'target_path'];

const H = 'hermes' as const;
const C = 'claude_code' as const;

const BUILTIN: Record<string, ToolProfile> = {
  // Hermes agent tool set
  read_file: p(H, 'read', 'read_only', 'reads a file', { path_args: PATHS }),
  search_files: p(H, 'read', 'read_only', 'searches files', { path_args: PATHS }),
  write_file: p(H, 'write', 'local_edit', 'writes a file', { path_args: PATHS, base_risk: 0.12 }),
  patch: p(H, 'write', 'local_edit', 'edits a file', { path_args: PATHS, base_risk: 0.1 }),
  terminal: p(H, 'shell', 'local_edit', 'runs a shell command', { command_arg: 'command', base_risk: 0.05 }),
  execute_code: p(H, 'code', 'local_edit', 'executes code', { code_arg: 'code', base_risk: 0.2 }),
  process: p(H, 'process', 'local_edit', 'manages background processes', { base_risk: 0.15 }),
  browser_navigate: p(H, 'browser', 'read_only', 'opens a page', { base_risk: 0.08 }),
  browser_snapshot: p(H, 'browser', 'read_only', 'reads the page'),
  browser_vision: p(H, 'browser', 'read_only', 'looks at the page'),
  browser_console: p(H, 'browser', 'read_only', 'reads the browser console', { base_risk: 0.05 }),
  browser_get_images: p(H, 'browser', 'read_only', 'lists page images'),
  browser_scroll: p(H, 'browser', 'read_only', 'scrolls the page'),
  browser_back: p(H, 'browser', 'read_only', 'goes back'),
  browser_close: p(H, 'browser', 'read_only', 'closes the browser'),
  browser_click: p(H, 'browser', 'external', 'clicks on a page', { base_risk: 0.2 }),
  browser_type: p(H, 'browser', 'external', 'types into a page', { base_risk: 0.2, content_args: ['text'] }),
  browser_press: p(H, 'browser', 'external', 'presses a key on a page', { base_risk: 0.15 }),
  web_search: p(H, 'web', 'read_only', 'searches the web', { base_risk: 0.03, content_args: ['query'] }),
  web_extract: p(H, 'web', 'read_only', 'fetches web pages', { base_risk: 0.05 }),
  send_message: p(H, 'message', 'external', 'sends a message to people', {
    outbound: true,
    reversible: false,
    base_risk: 0.3,
    content_args: ['message', 'text', 'content', 'body'],
  }),
  text_to_speech: p(H, 'generic', 'local_edit', 'synthesizes speech', { content_args: ['text'] }),
  cronjob: p(H, 'schedule', 'external', 'schedules recurring agent work', { base_risk: 0.35, content_args: ['prompt'] }),
  delegate_task: p(H, 'delegate', 'external', 'delegates to another agent', { base_risk: 0.2, content_args: ['goal', 'context'] }),
  todo: p(H, 'generic', 'local_edit', 'updates the task list', { base_risk: 0.01 }),
  memory: p(H, 'generic', 'local_edit', 'updates agent memory', { base_risk: 0.08 }),
  session_search: p(H, 'read', 'read_only', 'searches past sessions'),
  clarify: p(H, 'generic', 'read_only', 'asks the user a question'),
  skills_list: p(H, 'read', 'read_only', 'lists skills'),
  skill_view: p(H, 'read', 'read_only', 'reads a skill'),
  skill_manage: p(H, 'write', 'local_edit', 'creates or edits skills', { base_risk: 0.15 }),
  image_generate: p(H, 'generic', 'external', 'generates an image', { base_risk: 0.08, reversible: true }),
  vision_analyze: p(H, 'read', 'read_only', 'analyzes an image'),
  mixture_of_agents: p(H, 'generic', 'read_only', 'asks several models', { base_risk: 0.05 }),
  ha_list_entities: p(H, 'read', 'read_only', 'lists smart-home devices'),
  ha_get_state: p(H, 'read', 'read_only', 'reads a smart-home device'),
  ha_call_service: p(H, 'generic', 'external', 'actuates a smart-home device', { base_risk: 0.45, reversible: false }),

  // Claude Code tools
  Bash: p(C, 'shell', 'local_edit', 'runs a shell command', { command_arg: 'command', base_risk: 0.05 }),
  BashOutput: p(C, 'read', 'read_only', 'reads background shell output'),
  KillShell: p(C, 'process', 'local_edit', 'stops a background shell', { base_risk: 0.1 }),
  KillBash: p(C, 'process', 'local_edit', 'stops a background shell', { base_risk: 0.1 }),
  Read: p(C, 'read', 'read_only', 'reads a file', { path_args: PATHS }),
  NotebookRead: p(C, 'read', 'read_only', 'reads a notebook', { path_args: PATHS }),
  Glob: p(C, 'read', 'read_only', 'lists files', { path_args: PATHS }),
  Grep: p(C, 'read', 'read_only', 'searches files', { path_args: PATHS }),
  LS: p(C, 'read', 'read_only', 'lists a directory', { path_args: PATHS }),
  Write: p(C, 'write', 'local_edit', 'writes a file', { path_args: PATHS, base_risk: 0.12 }),
  Edit: p(C, 'write', 'local_edit', 'edits a file', { path_args: PATHS, base_risk: 0.1 }),
  MultiEdit: p(C, 'write', 'local_edit', 'edits a file', { path_args: PATHS, base_risk: 0.1 }),
  NotebookEdit: p(C, 'write', 'local_edit', 'edits a notebook', { path_args: PATHS, base_risk: 0.1 }),
  WebFetch: p(C, 'web', 'read_only', 'fetches a URL', { base_risk: 0.05 }),
  WebSearch: p(C, 'web', 'read_only', 'searches the web', { base_risk: 0.03, content_args: ['query'] }),
  Task: p(C, 'delegate', 'external', 'starts a sub-agent', { base_risk: 0.15, content_args: ['prompt'] }),
  TodoWrite: p(C, 'generic', 'local_edit', 'updates the task list', { base_risk: 0.01 }),
  TodoRead: p(C, 'generic', 'read_only', 'reads the task list'),
  ExitPlanMode: p(C, 'generic', 'read_only', 'leaves plan mode'),
  SlashCommand: p(C, 'generic', 'local_edit', 'runs a slash command', { base_risk: 0.2, confidence: 0.6 }),
};

/** Name fragments that mean money moves; such tools are critical whatever else we know. */
const FINANCE = /(^|[_\-.])(pay|payment|transfer|wire|purchase|buy|checkout|order|trade|withdraw|refund|invoice)([_\-.]|$)/i;
const DESTRUCTIVE_NAME = /(^|[_\-.])(delete|remove|drop|destroy|purge|wipe|truncate|kill|terminate|revoke|erase)([_\-.]|$)/i;
const OUTBOUND_NAME = /(^|[_\-.])(send|post|email|mail|sms|message|notify|publish|tweet|call|dial|reply)([_\-.]|$)/i;
const READ_NAME = /(^|[_\-.])(get|list|read|search|find|fetch|view|show|describe|query|lookup|status)([_\-.]|$)/i;

export function profileFor(tool: string, annotations: McpAnnotations | undefined, declared: Record<string, DeclaredTool>): ToolProfile {
  const fromConfig = own(declared, tool);
  if (fromConfig) {
    return p('config', fromConfig.kind, fromConfig.class, fromConfig.description ?? `declared in config as ${fromConfig.class}`, {
      base_risk: fromConfig.base_risk,
      reversible: fromConfig.reversible,
      outbound: fromConfig.outbound,
      command_arg: fromConfig.command_arg,
      path_args: fromConfig.path_args.length ? fromConfig.path_args : PATHS,
      content_args: fromConfig.content_args,
      confidence: 0.85,
    });
  }
  const builtin = own(BUILTIN, tool);
  if (builtin) return builtin;
  if (annotations) return fromMcp(tool, annotations);
  return unknownProfile(tool);
}

// MCP annotations are hints from the server, not guarantees; the spec's defaults (absent hint)
// are the cautious ones: not read-only, destructive, open-world.
function fromMcp(tool: string, a: McpAnnotations): ToolProfile {
  const name = bareName(tool);
  if (FINANCE.test(name)) return p('mcp', 'finance', 'critical', 'MCP tool that moves money', { reversible: false, confidence: 0.7, outbound: true });
  if (a.readOnlyHint === true) {
    return p('mcp', 'read', 'read_only', 'MCP tool annotated read-only', { base_risk: 0.05, confidence: 0.75, path_args: PATHS });
  }
  const destructive = a.destructiveHint !== false;
  const openWorld = a.openWorldHint !== false;
  const cls: SideEffectClass = openWorld ? 'external' : 'local_edit';
  const base = destructive ? 0.62 : openWorld ? 0.35 : 0.15;
  const label = `MCP tool annotated ${destructive ? 'destructive' : 'non-destructive'}${openWorld ? ', open-world' : ', closed-world'}`;
  return p('mcp', 'generic', cls, label, {
    base_risk: base,
    reversible: !destructive,
    outbound: openWorld && OUTBOUND_NAME.test(name),
    confidence: 0.7,
    path_args: PATHS,
    content_args: ['message', 'text', 'body', 'content'],
  });
}

function unknownProfile(tool: string): ToolProfile {
  const name = bareName(tool);
  if (FINANCE.test(name)) return p('unknown', 'finance', 'critical', 'unknown tool whose name says it moves money', { reversible: false, confidence: 0.5, outbound: true });
  if (DESTRUCTIVE_NAME.test(name)) return p('unknown', 'generic', 'critical', 'unknown tool whose name says it destroys something', { base_risk: 0.7, reversible: false, confidence: 0.4, path_args: PATHS });
  if (OUTBOUND_NAME.test(name)) {
    return p('unknown', 'message', 'external', 'unknown tool whose name says it sends something', {
      base_risk: 0.5, reversible: false, outbound: true, confidence: 0.4, content_args: ['message', 'text', 'body', 'content'],
    });
  }
  // Unknown tools are not waved through: a middling risk with weak confidence asks by default.
  const readish = READ_NAME.test(name);
  return p('unknown', 'generic', readish ? 'read_only' : 'external', readish ? 'unknown tool (name suggests a read)' : 'unknown tool', {
    base_risk: readish ? 0.3 : 0.45,
    reversible: readish,
    confidence: 0.35,
    path_args: PATHS,
    content_args: ['message', 'text', 'body', 'content'],
  });
}

/** `mcp__server__tool` (Claude Code's MCP naming) -> `tool`. */
export function bareName(tool: string): string {
  const i = tool.lastIndexOf('__');
  return i >= 0 ? tool.slice(i + 2) : tool;
}
