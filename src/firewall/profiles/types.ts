import type { Finding } from '../rules/finding.js';
import type { SideEffectClass } from '../types.js';

// A tool profile says what a tool can do before its arguments are read (the floor), and how its
// argument shape maps onto what the engine judges: the shell command, files read and written,
// URLs, the message it sends and to whom, and work it defers to a schedule or another agent.

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

export type ProfileSource = 'hermes' | 'claude_code' | 'codex' | 'agents_sdk' | 'mcp' | 'config' | 'unknown';

export interface FileWrite {
  path: string;
  /** The text the file will contain (whole file or the new part of an edit). */
  content?: string;
  /** For edits: the text being replaced. */
  removed?: string;
  /** For patches: the unchanged lines shown around the change (what job or block it is in). */
  context?: string;
  op: 'write' | 'edit' | 'delete' | 'move';
}

export interface Deferred {
  /** "a scheduled job", "a sub-agent"... shown in reasons. */
  via: string;
  prompt?: string;
  command?: string;
  /** A handoff carries the conversation itself: the user's last request is what will be done. */
  fromConversation?: boolean;
  /** The chat the job's output is delivered to, when it is someone other than the user (Hermes `deliver: "telegram:-100…"`). */
  deliversTo?: string;
  /** An action the job will call, named with its arguments (profiles/scheduled.ts): judged as that call. */
  call?: { tool: string; args: Record<string, unknown> };
}

/** What one call will do, in the engine's terms. Every field is optional. */
export interface ToolInputs {
  /** A narrower profile picked by an action argument (`cronjob` list vs create). */
  profile?: ToolProfile;
  commands?: string[];
  code?: Array<{ code: string; language?: string }>;
  reads?: string[];
  /** Directories whose entries' names (not contents) the call reads: a secrets folder's names are no secret. */
  lists?: string[];
  writes?: FileWrite[];
  urls?: string[];
  sql?: Array<{ sql: string; where?: string }>;
  /** Text this call sends to people or types into the world; feeds the crisis and content layers. */
  outbound?: { text: string; recipient?: string; /** Names or paths of attached files. */ attachments?: string[] };
  deferred?: Deferred[];
  /** Other free text (queries, questions) that crisis screening reads. */
  texts?: string[];
  /** Profile-specific observations (an element labelled "Pay now", a public share). */
  findings?: Finding[];
  /**
   * What a browser call presses when its arguments do not say it as an element (a page script's
   * selectors and names, judged with the request as a click on that label); null when the call
   * presses nothing (a page script that only fetches or reads a secret).
   */
  presses?: string | null;
}

export type Extractor = (args: Record<string, unknown>) => ToolInputs;

export interface ToolProfile {
  source: ProfileSource;
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
  extract?: Extractor;
}

const BASE_RISK: Record<SideEffectClass, number> = { read_only: 0.03, local_edit: 0.15, external: 0.35, critical: 0.75 };

export function p(source: ProfileSource, kind: ToolKind, cls: SideEffectClass, label: string, extra: Partial<ToolProfile> = {}): ToolProfile {
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
    extract: extra.extract,
  };
}

export const PATHS = ['path', 'file_path', 'filepath', 'file', 'filename', 'notebook_path', 'dir', 'directory', 'target_path', 'dir_path'];

// str and strs read only the keys the object has. Arguments come in every shape, so `args[k]` is a
// megamorphic lookup, and one for a key the object lacks (most of the keys asked: a profile asks
// for every name a tool might use) missed V8's caches and took ~0.5 us each; a list of the
// object's own keys is read from its shape. The same values: arguments are plain data, and
// Object.prototype has no string or array property that a lookup could have found instead.

/** First string among the keys. */
export function str(args: Record<string, unknown>, ...keys: string[]): string | undefined {
  const own = Object.keys(args);
  for (const k of keys) {
    if (!own.includes(k)) continue;
    const v = args[k];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** Strings among the keys, arrays flattened. */
export function strs(args: Record<string, unknown>, ...keys: string[]): string[] {
  const out: string[] = [];
  const own = Object.keys(args);
  for (const k of keys) {
    if (!own.includes(k)) continue;
    const v = args[k];
    if (typeof v === 'string' && v !== '') out.push(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x !== '') out.push(x);
  }
  return out;
}

/** A JSON object (not an array, not null). */
export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export const obj = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** Objects a call nests its real arguments in (`{action: …}`, `{params: …}`): read as if they were top-level. */
export const CALL_WRAPPERS: readonly string[] = ['action', 'params', 'arguments', 'input'];

/** A copy of the arguments with the wrappers' contents lifted to the top level (a wrapper's key wins over the top's). */
export function unwrapped(args: Record<string, unknown>): Record<string, unknown> {
  let flat = { ...args };
  for (const k of CALL_WRAPPERS) if (isRecord(args[k])) flat = { ...flat, ...args[k] };
  return flat;
}

const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', '/bin/bash', '/bin/sh', '/bin/zsh', '/usr/bin/bash', 'powershell', 'pwsh']);

/** An argv array as the command line a shell would see: `["bash","-lc","x"]` is just `x`. */
export function argvCommand(argv: unknown): string | undefined {
  if (typeof argv === 'string') return argv;
  if (!Array.isArray(argv) || !argv.every((x) => typeof x === 'string') || argv.length === 0) return undefined;
  const a = argv as string[];
  if (SHELLS.has(a[0]) && a.length >= 3 && /^-[a-z]*c[a-z]*$|^-Command$/i.test(a[1])) return a.slice(2).join(' ');
  return a.map((w) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' ');
}
