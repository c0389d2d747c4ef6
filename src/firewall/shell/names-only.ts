import type { ShellCommand, ShellWord } from './parse.js';

// Names of secrets are not secrets (labelling policy): a command that reads a secrets file or a
// secret object but prints only the part before `=` (or only the keys, or only the object names)
// puts no credential into the model's context. This file says which commands are such filters;
// analyze.ts takes back the secret read of the filter itself (`cut -d= -f1 .env`) and of the
// readers feeding it through a pipe (`cat .env | cut -d= -f1`, `kubectl get secret -o json | jq
// '.data | keys'`), as long as nothing else in between sees the values.

const base = (t: string) => t.slice(t.lastIndexOf('/') + 1);

/** Programs that pass lines through unchanged or drop whole lines: the values stay in the stream. */
const PASS_THROUGH = new Set(['cat', 'sort', 'uniq', 'head', 'tail', 'grep', 'egrep', 'rg', 'tac', 'column', 'tr', 'sudo']);

/** A delimiter argument of cut (`-d=`, `-d =`) or awk (`-F=`, `-F =`). */
function separator(args: ShellWord[], flag: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t === flag) return args[i + 1]?.text;
    if (t.startsWith(flag) && t.length > flag.length) return t.slice(flag.length);
    if (flag === '-d' && t.startsWith('--delimiter=')) return t.slice(12);
    if (flag === '-F' && t.startsWith('--field-separator=')) return t.slice(18);
  }
  return undefined;
}

/** The first whitespace column of `kubectl get …`'s table is the object's name. */
function namesFirstColumn(upstream: ShellCommand[]): boolean {
  const k = upstream[upstream.length - 1]?.argv.map((w) => w.text) ?? [];
  if (base(k[0] ?? '') !== 'kubectl' || !k.includes('get')) return false;
  const out = k.find((t, i) => /^(?:-o|--output)$/.test(k[i - 1] ?? '') || /^(?:-o|--output=)./.test(t))?.replace(/^(?:-o|--output=)/, '') ?? '';
  return out === '' || out === 'wide' || /^custom-columns=\w+:\.metadata\.name(?:,|$)/.test(out);
}

function cutNames(args: ShellWord[], upstream: ShellCommand[]): boolean {
  const d = separator(args, '-d');
  const fields = separator(args, '-f') ?? args.find((a) => a.text.startsWith('--fields='))?.text.slice(9);
  // A .pgpass line is host:port:database:user:password; the first four fields are its names.
  if (d === ':' && /^[1-4](?:-[1-4])?(?:,[1-4](?:-[1-4])?)*$/.test(fields ?? '') && [...args, ...upstream.flatMap((c) => c.argv)].some((a) => /(?:^|\/)\.pgpass$/.test(a.text))) return true;
  return fields === '1' && (d === '=' || (d === ' ' && namesFirstColumn(upstream)));
}

/** `kubectl get … -o custom-columns=NAME:.metadata.name,TYPE:.type,KEYS:.data`: each column's path. */
function customColumns(upstream: ShellCommand[]): string[] {
  const k = upstream[upstream.length - 1]?.argv.map((w) => w.text) ?? [];
  if (base(k[0] ?? '') !== 'kubectl') return [];
  const spec = k.find((t, i) => /^(?:-o|--output)$/.test(k[i - 1] ?? '') || /^(?:-o|--output=)custom-columns=/.test(t))?.replace(/^(?:-o|--output=)/, '') ?? '';
  return spec.startsWith('custom-columns=') ? spec.slice(15).split(',').map((c) => c.slice(c.indexOf(':') + 1)) : [];
}

function awkNames(args: ShellWord[], upstream: ShellCommand[]): boolean {
  const fs = separator(args, '-F');
  const program = args.find((a, i) => !a.text.startsWith('-') && !/^-F$/.test(args[i - 1]?.text ?? ''))?.text ?? '';
  // Columns of a kubectl table picked by number: names only when none of them is the data.
  const columns = fs === undefined ? customColumns(upstream) : [];
  const printed = [...program.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
  if (columns.length && printed.length && printed.every((n) => n >= 1 && columns[n - 1] !== undefined && !/\.(?:data|stringData)\b/.test(columns[n - 1])) && !/\$(?!\d)|\$0\b|\bprint\s*(?:[;}]|$)/.test(program)) return true;
  // Every field printed is $1; a bare `print` or `$0` prints the whole line, `$2`, `$NF` a value.
  const onlyFirst = /\bprint[f]?\b/.test(program) && /\$1\b/.test(program) && !/\$(?!1\b)/.test(program) && !/\bprint\s*(?:[;}]|$)/.test(program);
  return onlyFirst && (fs === '=' || (fs === undefined && namesFirstColumn(upstream)));
}

function sedNames(args: ShellWord[]): boolean {
  const scripts: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i].text === '-e' || args[i].text === '--expression') scripts.push(args[i + 1]?.text ?? '');
  if (!scripts.length) {
    const first = args.find((a) => !a.text.startsWith('-'));
    if (first) scripts.push(first.text);
  }
  // `s/=.*//`, `s|=.*$||p`: everything from the first `=` on is cut away.
  return scripts.length > 0 && scripts.every((s) => /^s(.)=\.\*\$?\1\1[gp]*$/.test(s)) && !args.some((a) => /^-[a-zA-Z]*i/.test(a.text));
}

/** `grep -o '^[A-Z_]*='`: only a name, anchored at the start of the line, can match; `grep -c` prints only a count. */
function grepNames(args: ShellWord[]): boolean {
  // `-c` prints a count, `-l`/`-L` file names, `-q` nothing: no line of the file reaches the output.
  if (args.some((a) => /^-[a-zA-Z]*[clLq][a-zA-Z]*$/.test(a.text) || /^--(?:count|files-with(?:out)?-match(?:es)?|quiet|silent)$/.test(a.text))) return true;
  if (!args.some((a) => /^-[a-zA-Z]*o[a-zA-Z]*$/.test(a.text) || a.text === '--only-matching')) return false;
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i].text === '-e' || args[i].text === '--regexp') patterns.push(args[i + 1]?.text ?? '');
  if (!patterns.length) {
    const first = args.find((a) => !a.text.startsWith('-'));
    if (first) patterns.push(first.text);
  }
  const NAME_ONLY = /^\^(?:export\s+|export\\s\+|export )?(?:(?:\[[A-Za-z0-9_-]*\]|\\w|[A-Za-z0-9_])(?:[*+?]|\{\d+(?:,\d*)?\})?)+=?$/;
  return patterns.length > 0 && patterns.every((p) => NAME_ONLY.test(p));
}

/** `jq keys`, `jq '.data | keys[]'`, `jq -r '.items[].metadata.name'`. */
function jqNames(args: ShellWord[]): boolean {
  const filter = args.find((a) => !a.text.startsWith('-'))?.text.replace(/\s+/g, '') ?? '';
  if (/^(?:\.[\w.]*\|)?keys(?:\[\])?$/.test(filter) || /^(?:\.items\[\]\|?)?\.metadata\.name$/.test(filter)) return true;
  // Each value replaced by some of its own fields (`with_entries(.value |= {sensitive, type})` of
  // `terraform output -json`): names and types, unless a field kept is the value itself.
  const kept = /^(?:with_entries\(\.value\|=\{([\w,]+)\}\)|map_values\(\{([\w,]+)\}\))$/.exec(filter);
  if (kept) return (kept[1] ?? kept[2]).split(',').every((f) => !/value|secret|password|token|key/i.test(f));
  // An object of names and metadata: `{keys: (.data | keys), created: .metadata.creationTimestamp}`.
  const rest = filter.replace(/\(?\.(?:data|stringData)\|keys(?:\[\])?\)?/g, '').replace(/\.(?:metadata(?:\.\w+)*|type|kind)\b/g, '');
  return rest !== filter && /^[{}\w:,[\]]*$/.test(rest);
}

/** Whether this command prints only the names of what it reads or is fed. */
export function printsNamesOnly(program: string, args: ShellWord[], upstream: ShellCommand[]): boolean {
  switch (program) {
    case 'cut':
      return cutNames(args, upstream);
    case 'awk':
    case 'gawk':
    case 'mawk':
      return awkNames(args, upstream);
    case 'sed':
      return sedNames(args);
    case 'grep':
    case 'egrep':
      return grepNames(args);
    case 'jq':
      return jqNames(args);
    default:
      return false;
  }
}

/** The readers whose secret reads a names-only filter takes back: only if every command between them passes lines through. */
export function readersFeeding(upstream: ShellCommand[]): ShellCommand[] | null {
  return upstream.length && upstream.every((c) => c.argv.length > 0) ? upstream : null;
}

export const passesThrough = (c: ShellCommand): boolean => PASS_THROUGH.has(base(c.argv[0]?.text ?? ''));
