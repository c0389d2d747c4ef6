import type { McpAnnotations } from '../types.js';
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

/** Verbs that put one's own items away and bring them back: each is undone in a click. */
const PUTS_AWAY = /^(?:archive|unarchive|snooze|unsnooze|mute|unmute|hide|unhide|trash|untrash|restore|unpin|pin)$/;
/** What is put away: a person's own messages, threads, tasks, pages, channels or repositories. */
const OWN_ITEM = /^(?:emails?|mail|messages?|threads?|conversations?|chats?|dms?|notifications?|inbox|items?|issues?|tickets?|cards?|tasks?|todos?|projects?|pages?|notes?|docs?|documents?|files?|channels?|groups?|repos?|repositor(?:y|ies)|boards?|cycles?|sprints?|lists?|reminders?|posts?|drafts?|trash|bin|archived?|from|to|my|all)$/;
/** Alerts, monitors and incidents are not put away: silencing them hides a live problem (tampering). */
const SAFETY_ITEM = /^(?:alerts?|alarms?|monitors?|incidents?|pagers?|paging|oncall|checks?|rules?|sensors?|detectors?|accounts?|users?|members?|customers?|subscriptions?)$/;

/**
 * Archiving, snoozing, muting or trashing one's own mail, chats, issues, pages or repositories:
 * the item is kept and comes back with a click. Not when the name empties the trash or the
 * arguments say the removal is permanent, hits everything ("*"), or is for everyone.
 */
export function putsAway(words: string[], flat: Record<string, unknown>, hints?: McpAnnotations): boolean {
  const verb = words.findIndex((w) => PUTS_AWAY.test(w));
  if (verb < 0 || words.some((w) => /^(?:empty|purge|permanent(?:ly)?|forever|delete|destroy|wipe|expunge)$/.test(w) || SAFETY_ITEM.test(w))) return false;
  if (Object.values(flat).includes('*') || flat.permanent === true || flat.hard_delete === true || flat.for_everyone === true) return false;
  // A whole tree (a page with its children) goes with it; a server that marks its archive
  // destructive, or a "read-only" archive, says the archive is not the undoable kind. Moving to the
  // trash is marked destructive by most servers and stays restorable.
  if (flat.include_children === true || flat.recursive === true || hints?.readOnlyHint === true) return false;
  if (hints?.destructiveHint === true && !/^(?:trash|untrash|restore)$/.test(words[verb])) return false;
  return words.slice(verb + 1).every((w) => OWN_ITEM.test(w));
}
