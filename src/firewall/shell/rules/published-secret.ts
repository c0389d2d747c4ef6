import { SECRET_SHAPES } from '../../../store/redact.js';
import type { Rule } from './types.js';

// A credential a script writes into a file and then commits, pushes or publishes as a package: a
// README badge URL carrying `?private_token=glpat-…` or `circle-token=…`, a token pasted
// into docs. Once pushed or published it is readable by everyone the repository or the registry
// reaches, and rotating it is the only undo. A badge without a token, a placeholder
// (`token=<YOUR_TOKEN>`, `$CIRCLE_TOKEN`) and a script that takes the token out pass.

/** A token handed in a URL's query, the way private badges and status images carry it. */
const TOKEN_PARAM = /[?&](?:private_token|circle-token|access_token|auth_token|token|api_key|apikey)=(?![<$%{]|x{4,}|your|redacted)([A-Za-z0-9_.-]{16,})/i;
/** The script writes a file (a redirect, an in-place edit, tee) before it publishes. */
const WRITES_FILE = />>?\s*[\w./-]+|\bsed\s+(?:-\w+\s+)*-i|\btee\b|\bperl\s+-[a-z]*i/;

/**
 * The redactor's token shapes, not its `key=value` assignments (a script's own `token=[0-9a-f]*` sed
 * pattern is one) nor passwords in connection URLs (a local dev database's defaults in docs).
 */
const NOT_TOKENS = new Set(['a password or key assignment', 'a password in a URL', 'a key in a connection string']);
const TOKEN_SHAPES = SECRET_SHAPES.filter((t) => !NOT_TOKENS.has(t.name)).map((t) => ({ name: t.name, re: new RegExp(t.re.source, t.re.flags.replace('g', '')) }));

/** Which command publishes the files: git commit or push, a package publish. (A comment or PR body posted by gh is outbound text, read by the content detectors.) */
function publishes(program: string, words: string[]): boolean {
  return program === 'git' ? words.some((w) => w === 'commit' || w === 'push') : words.includes('publish');
}

export const publishedSecret: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (!publishes(f.program, words)) return;
  if (!WRITES_FILE.test(f.script)) return;
  const param = TOKEN_PARAM.exec(f.script);
  const shape = param ? undefined : TOKEN_SHAPES.find((t) => t.re.test(f.script));
  if (!param && !shape) return;
  const what = param ? `a token in a URL (${param[0].split('=')[0].slice(1)}=…)` : shape!.name;
  f.add(0.82, 'critical', false, 'secret_published', `${f.program} publishes a file written with ${what}: whoever reads the repository, package or page can use it`);
};
