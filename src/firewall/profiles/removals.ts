import { VERB } from './tool-name.js';
import { PATHS, strs } from './types.js';

// Removals that lose nothing, read from an unknown tool's name and arguments: one named file
// (judged by its path, as rm is), and what is undone in a click (a label, a reaction, an unsent
// draft, items moved to the trash, temporary or cached files).

/** Destroy verbs whose object does not survive (unlike archive, close, disable, suspend). */
export const REMOVES = /^(?:delete|del|remove|rm|drop|destroy|purge|wipe|truncate|erase|terminate|cancel|revoke|uninstall|nuke|unlink|ban|deprovision)$/;

/** The one path a `delete_file`/`remove_file` call names, with nothing recursive, forced or globbed. */
export function fileDeletion(words: string[], flat: Record<string, unknown>): string | null {
  if (words.length !== 2 || !REMOVES.test(words[0]) || words[1] !== 'file') return null;
  // A file in someone's repository or drive (owner, repo, branch, bucket) is not a file on this machine.
  if (Object.entries(flat).some(([k, v]) => (/^(?:recursive|force|all|pattern|glob)$/i.test(k) && v !== false) || /^(?:owner|repo|repository|branch|bucket|drive_?id|file_?id|project)$/i.test(k))) return null;
  const paths = strs(flat, ...PATHS);
  // A database kept in a file (`bookings.sqlite`) is a database, not a file to tidy away.
  return paths.length === 1 && !/[*?]/.test(paths[0]) && !/\.(?:sqlite3?|db|mdb|accdb|kdbx)$/i.test(paths[0]) ? paths[0] : null;
}

/** Objects whose removal loses nothing: markers on something else, and drafts nobody has received. */
const MARKER_OBJECT = /^(?:label|labels|reaction|reactions|emoji|star|stars|bookmark|bookmarks|draft|drafts)$/;

/** The name removes a marker or a draft, the arguments say the items go to the trash, or the targets are temporary or cached files. */
export function undoableRemoval(words: string[], flat: Record<string, unknown>): boolean {
  if (Object.values(flat).includes('*')) return false;
  if (flat.permanent === true || flat.hard_delete === true || flat.for_everyone === true) return false;
  const verb = words.findIndex((w) => VERB.destroy.test(w));
  const object = words.slice(verb + 1);
  if (verb >= 0 && object.length > 0 && object.every((w) => MARKER_OBJECT.test(w) || /^(?:email|mail|message|issue|pr|post|item|my)$/.test(w)) && object.some((w) => MARKER_OBJECT.test(w))) return true;
  if (flat.permanent === false || flat.hard_delete === false || flat.to_trash === true || flat.trash === true) return true;
  // Temporary files and caches are rebuilt by whatever made them; `..` can climb out of them.
  const paths = strs(flat, ...PATHS, 'paths');
  return paths.length > 0 && paths.every((x) => DISPOSABLE_DIR.test(x) && !/(^|\/)\.\.(\/|$)/.test(x) && !/[*?]/.test(x));
}

/** A tmp or cache directory, in the project or the home directory, holding the target (not the directory itself). */
const DISPOSABLE_DIR = /(^|\/)(tmp|temp|\.tmp|cache|\.cache|caches|__pycache__|\.pytest_cache|\.parcel-cache)\/[^/]/i;
