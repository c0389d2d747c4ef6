import { argStrings } from '../arg-strings.js';
import { VERB } from './tool-name.js';

// Stopping or clearing what is made to end: a cache of rendered or fetched copies (fetched again
// from the origin), the user's own session (signing out), one job, process, query or upload of
// theirs (rerun from where it came). Each loses nothing that is not made again. What holds state
// beyond copies keeps its reading: a cache server named as a cluster (Redis holds sessions and
// queues), originals purged with the copies, everything at once in production, every user's
// sessions, a job in production.

const CACHE = /^(?:cache|caches|cdn)$/;
const SESSION = /^session$/;
const JOB = /^(?:job|process|query|render|print|upload|build|worker|sandbox|program)$/;
/** Keys that say the state behind the copies goes too, or name a server that keeps state. */
const STATEFUL_KEY = /original|source|backup|persist|database|^db$|cluster|redis|memcache|keyspace|include_api_tokens|all_devices|all_users|service_accounts/i;
const ID_KEY = /^(?:(?:job|process|query|upload|sandbox|worker|run|task|render|print|session)_?id|job|pid|session|print|render)$/i;
const EVERYTHING = /^(?:\*|\/\*|all|all_keys|everything|all_users|global)$/i;
const LIVE = /\b(?:prod|production|live)\b/i;

/** What the call ends, when it is made to end (`a cache`, `the user's own session`, `one job`), or null. */
export function endsEphemeral(words: readonly string[], args: Record<string, unknown>): string | null {
  const verb = words.findIndex((w) => VERB.destroy.test(w));
  if (verb < 0 || words.includes('all')) return null;
  const object = words.slice(verb + 1);
  const strings = argStrings(args);
  if (Object.entries(args).some(([k, v]) => STATEFUL_KEY.test(k) && v !== false && v !== 0)) return null;
  const everything = strings.some((s) => EVERYTHING.test(s)) || Object.entries(args).some(([k, v]) => /everything|^all$/i.test(k) && v === true);
  const live = strings.some((s) => LIVE.test(s.replace(/[_-]/g, ' ')));
  if (object.some((w) => CACHE.test(w)) || words.slice(0, verb).some((w) => CACHE.test(w))) return everything && live ? null : 'clears a cache (its copies are fetched or rendered again)';
  if (everything || live) return null;
  const ids = Object.entries(args).filter(([k, v]) => ID_KEY.test(k) && (typeof v === 'string' || typeof v === 'number'));
  if (object.some((w) => SESSION.test(w)) && ids.length === 1 && (!('user' in args) || /^(?:self|me)$/i.test(String(args.user)))) return "ends one session of the user's (signing out)";
  if (object.some((w) => JOB.test(w)) && ids.length >= 1) return 'stops one running job, process or query (it can be run again)';
  return null;
}
