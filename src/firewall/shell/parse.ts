import { decodeAnsiC } from './ansi-c.js';
import { parseFile } from './parse-file.js';
import { lexShell } from './parse-simple.js';
import { Walker } from './walk.js';

export { decodeAnsiC };

// Turns a shell script into the flat list of simple commands it would run: the simple lexer
// (parse-simple.ts) for most agent commands, else mvdan/sh's bash parser (parse-file.ts) and a
// walk of its tree (walk.ts). Quoting is resolved the way the shell resolves it, so `r''m`, `\rm`
// and `"rm"` all read as rm; a word whose value depends on run time is marked dynamic.

export interface ShellWord {
  text: string;
  dynamic: boolean;
  /** Unquoted glob characters remain (`*`, `?`, `[`). */
  glob: boolean;
  /** Commands run to compute this word ($(...), backticks, <(...)). */
  subst: ShellCommand[];
}

export interface ShellRedirect {
  op: string;
  fd: string | null;
  target: ShellWord;
}

export interface ShellCommand {
  argv: ShellWord[];
  redirects: ShellRedirect[];
  /** stdin comes from the previous command of a pipeline. */
  pipe_in: boolean;
  /** The commands earlier in the same pipeline (what feeds stdin). */
  upstream: ShellCommand[];
  /** How this command was reached: '' at top level, '$(...)', 'bash -c', 'eval', 'xargs'... */
  via: string;
  /** A function calling itself (the fork-bomb shape). */
  self_call?: boolean;
}

export interface ParsedShell {
  ok: boolean;
  error?: string;
  commands: ShellCommand[];
}

const MAX_SCRIPT_CHARS = 64 * 1024;

export function parseShell(src: string, via = '', env: Map<string, string> = new Map()): ParsedShell {
  if (src.length > MAX_SCRIPT_CHARS) return { ok: false, error: `script longer than ${MAX_SCRIPT_CHARS} characters`, commands: [] };
  // Most agent commands are simple (words, quotes, substitutions, assignments, pipes, &&,
  // redirections): read those without the parser's fixed cost and garbage. The lexer starts from
  // no known variables, so it applies only while `env` is empty (always, from analyze.ts), and
  // leaves in it what the parser's walker would.
  return (env.size === 0 ? lexShell(src, via, env) : null) ?? parseWithParser(src, via, env);
}

/** The full bash parser, always; `parseShell` uses it for whatever `parseSimple` declines. */
export function parseWithParser(src: string, via = '', env: Map<string, string> = new Map()): ParsedShell {
  let file;
  // A syntax error surfaces as a Go panic turned into a JS exception; capturing its stack trace
  // costs more than the parse itself, and we only need the message.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    file = parseFile(src);
  } catch (err) {
    return { ok: false, error: parseErrorText(err), commands: [] };
  } finally {
    Error.stackTraceLimit = limit;
  }
  const out: ShellCommand[] = [];
  const walker = new Walker(out, via, env);
  try {
    walker.stmts(file.Stmts, null);
  } catch (err) {
    return { ok: false, error: `unsupported shell construct: ${String((err as Error).message ?? err)}`, commands: out };
  }
  return { ok: true, commands: out };
}

function parseErrorText(err: unknown): string {
  const e = err as { Error?: () => string; message?: string };
  if (typeof e?.Error === 'function') return String(e.Error());
  return String(e?.message ?? err);
}
