// What inline code that opens a credential file prints: names are not secrets (the labelling
// policy), so code that prints only a file's keys, its non-secret fields (`creds['project_id']`,
// `client_email`), counts and types puts no credential into the model's context. Printing the
// loaded object, its raw text, a secret-named field or anything not recognised is read as printing
// the secret.

const SECRET_FIELD = /key|password|passwd|pass|pwd|secret|token|credential|auth|cookie|session|pin|seed/i;

/** The top-level comma-separated parts of an argument list. */
function topLevel(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      out.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(args.slice(start).trim());
  return out.filter(Boolean);
}

/** The argument text of each print(…) / console.log(…), up to its closing parenthesis. */
function printed(code: string): string[] | null {
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:print|console\.log)\s*\(/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const from = i;
    for (; i < code.length && depth > 0; i++) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')') depth--;
    }
    if (depth > 0) return null;
    out.push(...topLevel(code.slice(from, i - 1)));
  }
  return out;
}

/** Names bound to a dict's keys by a loop (`for k in d`, `for k, v in d.items()`, `for k in d.keys()`). */
function keyNames(code: string): Set<string> {
  return new Set([...code.matchAll(/\bfor\s+(\w+)(?:\s*,\s*\w+\s+in\s+[\w.]+\.items\(\)|\s+in\s+[\w.]+(?:\.keys\(\))?\s*:)/g)].map((m) => m[1]));
}

function safe(expr: string, keys: Set<string>): boolean {
  const e = expr.trim();
  if (/^(?:"[^"{}]*"|'[^'{}]*')$/.test(e) || keys.has(e) || /^sep\s*=/.test(e)) return true;
  const cond = /^(.+?)\s+if\s+.+?\s+else\s+(.+)$/.exec(e);
  if (cond) return safe(cond[1], keys) && safe(cond[2], keys);
  // Keys, counts and types: sorted(d), list(d.keys()), len(d), type(v).__name__.
  if (/^(?:sorted|list|set|len)\(\s*[\w.]+(?:\.keys\(\))?\s*\)$|^[\w.]+\.keys\(\)$|^type\([\w.]+\)\.__name__$/.test(e)) return true;
  // A named field that is not a secret: creds['project_id'], creds.get("client_email").
  const field = /^[\w.]+(?:\[\s*["'](\w+)["']\s*\]|\.get\(\s*["'](\w+)["']\s*\))$/.exec(e);
  return !!field && !SECRET_FIELD.test(field[1] ?? field[2]);
}

/** Code that loads a file's contents to look at them (not a client library handed a token file). */
const LOADS = /\b(?:json|yaml|toml|tomllib)\.(?:safe_)?loads?\(\s*open\(|\bopen\([^)]*\)\.read\(\)/;

/** Whether code loads a file and prints only its names and non-secret fields (and prints something). */
export function printsOnlyNames(code: string): boolean {
  if (!LOADS.test(code)) return false;
  const exprs = printed(code);
  if (!exprs?.length) return false;
  const keys = keyNames(code);
  return exprs.every((e) => safe(e, keys));
}
