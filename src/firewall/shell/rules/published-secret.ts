import { SECRET_SHAPES } from '../../../store/redact.js';
import type { Rule } from './types.js';

// A credential a script writes into a file and then commits, pushes, publishes as a package or
// posts: a README badge URL carrying `?private_token=glpat-…` or `circle-token=…`, a token pasted
// into docs. Once pushed or published it is readable by everyone the repository or the registry
// reaches, and rotating it is the only undo. A badge without a token, a placeholder
// (`token=<YOUR_TOKEN>`, `$CIRCLE_TOKEN`) and a script that takes the token out pass.

/** A token handed in a URL's query, the way private badges and status images carry it. */
const TOKEN_PARAM = /[?&](?:private_token|circle-token|access_token|auth_token|token|api_key|apikey)=(?![<$%{]|x{4,}|your|redacted)([A-Za-z0-9_.-]{16,})/i;
/** The script writes a file (a redirect, an in-place edit, tee) before it publishes. */
const WRITES_FILE = />>?\s*[\w./-]+|\bsed\s+(?:-\w+\s+)*-i|\btee\b|\bperl\s+-[a-z]*i/;

/** The redactor's token shapes, not its `key=value` assignments: a script's own `token=[0-9a-f]*` sed pattern is one. */
const TOKEN_SHAPES = SECRET_SHAPES.filter((t) => t.name !== 'a password or key assignment').map((t) => ({ name: t.name, re: new RegExp(t.re.source, t.re.flags.replace('g', '')) }));

/** Which command publishes: git commit or push, a package publish, a GitHub comment, issue, PR or release. */
function publishes(program: string, words: string[]): boolean {
  if (program === 'git') return words.some((w) => w === 'commit' || w === 'push');
  if (program === 'gh') return words.some((w) => /^(?:comment|create|edit)$/.test(w));
  return words.includes('publish');
}

export const publishedSecret: Rule = (f) => {
  const words = f.args.map((a) => a.text);
  if (!publishes(f.program, words)) return;
  const inArgs = f.program === 'gh';
  if (!inArgs && !WRITES_FILE.test(f.script)) return;
  const text = inArgs ? words.join(' ') : f.script;
  const param = TOKEN_PARAM.exec(text);
  const shape = param ? undefined : TOKEN_SHAPES.find((t) => t.re.test(text));
  if (!param && !shape) return;
  const what = param ? `a token in a URL (${param[0].split('=')[0].slice(1)}=…)` : shape!.name;
  f.add(0.82, 'critical', false, 'secret_published', `${f.program} ${inArgs ? 'posts' : 'publishes a file written with'} ${what}: whoever reads the repository, package or page can use it`);
};
