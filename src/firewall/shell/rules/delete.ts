import { normalizePath } from '../../paths.js';
import type { ShellWord } from '../parse.js';
import { has, lit, operands, shortFlags, writeTargets, type CommandFacts, type Rule } from './types.js';

// Deleting files: rm and friends, find -delete/-exec, truncate. Targets are judged by path
// sensitivity, so `rm -rf ./node_modules` and `rm -rf ~` end up far apart.

/** The user's own documents, photos and synced folders: nothing regenerates them. */
const PERSONAL_FILES = /^~\/(?:documents|desktop|pictures|photos|music|movies|videos|dropbox|onedrive|google drive|icloud drive|library\/mobile documents)(?:\/|$)/i;

export function deleteTargets(f: CommandFacts, targets: ShellWord[], recursive: boolean, verb: string, secure = false): void {
  if (targets.length === 0) {
    f.add(0.6, 'critical', false, 'destructive_file_op', `${verb} files named only at run time`);
    return;
  }
  for (const t of targets) {
    if (t.dynamic) f.dynamicSeen();
    const v = f.path(t);
    let risk = v.write_risk + (recursive ? 0.05 : 0);
    // A whole directory tree outside the project (or a project in home) is not a cache.
    if (recursive && (v.level === 'outside_project' || v.level === 'home')) risk = Math.max(risk, 0.65);
    if (t.glob && (v.level === 'home' || v.level === 'outside_project')) risk += 0.2;
    if (v.level === 'home' && PERSONAL_FILES.test(normalizePath(t.text))) risk = Math.max(risk, 0.62);
    // Shredding leaves nothing for a trash folder or an undelete tool to bring back.
    if (secure && v.level !== 'regenerable' && v.level !== 'scratch') risk += 0.15;
    risk = Math.min(1, Math.max(risk, v.level === 'project' ? 0.3 : 0));
    const reversible = v.level === 'regenerable' || v.level === 'scratch';
    f.add(reversible ? Math.min(risk, 0.1) : risk, risk >= 0.7 ? 'critical' : 'local_edit', reversible, 'destructive_file_op',
      `${verb}${recursive ? ' recursively' : ''} ${t.text}: ${v.reason}`);
  }
}

export const rm: Rule = (f) => {
  const flags = shortFlags(f.args);
  const recursive = /[rR]/.test(flags) || has(f.args, '--recursive');
  const verb = f.program === 'shred' || f.program === 'srm' ? 'shreds' : 'deletes';
  deleteTargets(f, operands(f.args), recursive || f.program === 'rmdir', verb, verb === 'shreds');
};

const FIND_FILTERS = new Set(['-name', '-iname', '-path', '-ipath', '-regex', '-iregex', '-type', '-mtime', '-mmin', '-newer', '-size', '-empty', '-user', '-perm', '-wholename']);

/** What find's matches look like: a filtered search under `.` touches some project files, not `.` itself. */
function matchWord(root: ShellWord, filtered: boolean, f: CommandFacts): ShellWord {
  const v = f.path(root);
  if (!filtered || root.dynamic) return root;
  if (v.level === 'broad' && /^(\/|~|\/home|\/users|\/root)\/?$/i.test(root.text)) return root;
  return lit(`${root.text.replace(/\/$/, '')}/match`, false);
}

export const find: Rule = (f) => {
  const roots: ShellWord[] = [];
  let i = 0;
  while (i < f.args.length && !/^[-(!]/.test(f.args[i].text)) roots.push(f.args[i++]);
  if (roots.length === 0) roots.push(lit('.'));
  const filtered = f.args.some((a) => FIND_FILTERS.has(a.text));
  // Files of one kind older than some age ("*.dmg" not touched in 90 days) is a clean-up, not a tree.
  const aged = filtered && f.args.some((a) => /^-(i?name|i?path)$/.test(a.text)) && f.args.some((a) => /^-(mtime|mmin|atime|amin|newer)$/.test(a.text));
  const matches = roots.map((r) => matchWord(r, filtered, f));
  for (; i < f.args.length; i++) {
    const t = f.args[i].text;
    if (t === '-delete') deleteTargets(f, matches, !aged, aged ? 'find -delete removes old matching files under' : 'find -delete removes matches under');
    if (t === '-exec' || t === '-execdir' || t === '-ok' || t === '-okdir') {
      const words: ShellWord[] = [];
      for (i++; i < f.args.length && f.args[i].text !== ';' && f.args[i].text !== '+'; i++) {
        const w = f.args[i];
        words.push(w.text.includes('{}') ? matches[0] : w);
      }
      if (words.length) f.judgeArgv(words, `find ${t}`);
    }
    if (t === '-fprint' || t === '-fls') {
      const target = f.args[i + 1];
      if (target) writeTargets(f, [target], 'find writes');
    }
  }
};

export const truncate: Rule = (f) => {
  for (const t of operands(f.args)) {
    const v = f.path(t);
    f.add(Math.max(0.35, v.write_risk), v.write_risk >= 0.7 ? 'critical' : 'local_edit', false, 'destructive_file_op', `truncate empties ${t.text}: ${v.reason}`);
  }
};
