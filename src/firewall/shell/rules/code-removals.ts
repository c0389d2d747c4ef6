import type { ShellWord } from '../parse.js';
import { deleteTargets } from './delete.js';
import type { CommandFacts } from './types.js';

// What inline code deletes, by the path it hands the removal call: `shutil.rmtree('/srv/shop/uploads')`
// is `rm -rf /srv/shop/uploads` and is judged by delete.ts as that command would be, so a cache or
// build folder inside the project stays routine and a service's data tree asks.

/** A removal call with its first argument a string: Python, Node and Ruby spellings. */
const REMOVAL_CALL = /\b(shutil\.rmtree|os\.(?:remove|unlink|rmdir|removedirs)|(?:fs|fsp|fs\.promises|fse)\.(?:rmSync|rm|rmdirSync|rmdir|unlinkSync|unlink|remove|removeSync|emptyDirSync|emptyDir)|rimraf(?:\.sync)?|FileUtils\.(?:rm_rf|rm_r|rm_f|rm|remove_dir|remove_entry_secure|remove_entry|remove)|File\.delete|Dir\.delete)\s*\(\s*(["'])([^"'\n]+)\2([^)]*)\)/g;
/** `Path('/x').unlink()`, `Path('/x').rmdir()`: pathlib's removal is a method of the path. */
const PATH_METHOD = /\bPath\s*\(\s*(["'])([^"'\n]+)\1\s*\)\s*\.\s*(unlink|rmdir)\s*\(/g;
/** A listing whose entries a loop then removes: `Path('/x').glob('*.pdf')`, `os.listdir('/x')`, `glob.glob('/x/*.log')`. */
const LISTING = /\b(?:Path\s*\(\s*(["'])([^"'\n]+)\1\s*\)\s*\.\s*(r?glob|iterdir)\s*\(\s*(?:(["'])([^"'\n]*)\4)?|(?:os\.listdir|os\.scandir|fs\.readdirSync|Dir\.children|Dir\.entries)\s*\(\s*(["'])([^"'\n]+)\6|(?:glob\.glob|glob\.sync|globSync|Dir\.glob)\s*\(\s*(["'])([^"'\n]+)\8)/g;
/** A removal whose argument is a loop variable rather than a written path. */
const REMOVES_EACH = /\.\s*unlink\s*\(\s*\)|\b(?:shutil\.rmtree|os\.(?:remove|unlink)|(?:fs|fsp)\.(?:rmSync|rm|unlinkSync|unlink)|FileUtils\.(?:rm_rf|rm_r|rm_f|rm)|File\.delete)\s*\(\s*[A-Za-z_(]/;
/** A loop over written paths: `for d in ['/a', '/b']:`, `['a', 'b'].forEach(…)`, `%w[a b].each`. */
const LISTED_LOOP = /\bfor\s+\w+\s+in\s*[[(]([^\])]*)[\])]|\[([^\]]*)\]\s*\.\s*(?:forEach|each)\b|%w[[(]([^\])]*)[\])]\s*\.\s*each\b/g;
const ALWAYS_RECURSIVE = /rmtree|rm_rf|rm_r\b|remove_dir|remove_entry|rimraf|removedirs|emptyDir|fse\.remove/;
/** A hosted code sandbox's working directory (OpenAI's code interpreter writes under /mnt/data): its files are the session's own. */
const SANDBOX_ROOT = /^\/mnt\/data(?:\/|$)/;
/** A folder whose name says it holds what people or the service put there: nothing rebuilds it. */
const DATA_FOLDER = /(?:^|\/)(?:uploads?|media|backups?|storage|invoices?|exports?|data|datasets?|attachments?|receipts?|customers?|records|archives?|documents|photos|db|database)(?:\/|$)/i;

function word(text: string): ShellWord {
  return { text, dynamic: false, glob: /[*?[]/.test(text), subst: [] };
}

/** The paths `code` removes and whether each removal takes a whole tree. */
export function codeRemovals(code: string): { path: string; recursive: boolean }[] {
  const out: { path: string; recursive: boolean }[] = [];
  for (const m of code.matchAll(REMOVAL_CALL)) out.push({ path: m[3], recursive: ALWAYS_RECURSIVE.test(m[1]) || /recursive\s*:\s*true/.test(m[4]) });
  for (const m of code.matchAll(PATH_METHOD)) out.push({ path: m[2], recursive: false });
  if (REMOVES_EACH.test(code)) {
    const recursive = /rmtree|rm_rf|rm_r\b|recursive\s*:\s*true|rimraf/.test(code);
    for (const m of code.matchAll(LISTED_LOOP)) {
      const items = m[3] !== undefined ? m[3].split(/\s+/).filter(Boolean) : [...(m[1] ?? m[2]).matchAll(/(["'])([^"'\n]+)\1/g)].map((x) => x[2]);
      for (const path of items) out.push({ path, recursive });
    }
    for (const m of code.matchAll(LISTING)) {
      // Only a listing the loop walks: `for p in …`, `….forEach(`, `….each`; not one printed afterwards.
      const before = code.slice(0, m.index);
      const after = code.slice(m.index + m[0].length);
      if (!/\bin\s+(?:sorted\s*\(\s*|list\s*\(\s*)?$/.test(before) && !/^[^\n]*?\)\s*\.\s*(?:forEach|each)\b/.test(after)) continue;
      const root = m[2] ?? m[7];
      // A recursive glob (`rglob('__pycache__')`) reaches every level below its root.
      if (root !== undefined) out.push({ path: `${root.replace(/\/$/, '')}/${m[5] || '*'}`, recursive: m[3] === 'rglob' });
      else out.push({ path: m[9], recursive: m[9].includes('**') });
    }
  }
  return out;
}

/** Judges what inline code removes as the `rm` of the same paths, and a data folder as data. */
export function judgeCodeRemovals(f: CommandFacts, code: string, via: string): void {
  for (const removed of codeRemovals(code)) {
    const path = removed.path.replace(SANDBOX_ROOT, './');
    const { recursive } = removed;
    const target = word(path);
    deleteTargets(f, [target], recursive, `${via} deletes`);
    const v = f.path(target);
    if (DATA_FOLDER.test(path.replace(/\/[^/]*[*?[][^/]*$/, '')) && v.level !== 'regenerable' && v.level !== 'scratch') {
      f.add(0.72, 'critical', false, 'destructive_file_op', `${via} deletes ${path}, which by its folder's name holds data nothing rebuilds`);
    }
  }
}
