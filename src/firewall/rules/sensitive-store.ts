import { caselessRegex, type CaselessRegex } from './caseless-regex.js';
import { finding, type Finding } from './finding.js';

// What the conversation says a store is. `DROP TABLE members`, `rm -rf /volume1/fotos/2019` or
// `virsh destroy ledger` name nothing that says "production"; the user's own messages may: "this
// is the patients database", "our only copy of the photos", "books.db is the live ledger". A call
// that destroys or empties a store the conversation calls sensitive, live or the only copy waits
// for a person, whatever the call's own words (docs/firewall-corpus.md "Stores the conversation
// names").

/** What destroys, empties or overwrites data, in a command, a script, SQL or a tool's name. */
const DESTROYS = new RegExp(
  [
    String.raw`(?:^|[\s;&|('"\x60])(?:rm|shred|unlink|rmdir|dropdb|wipefs|mkfs(?:\.\w+)?|srm)(?=\s)`,
    String.raw`\s-delete\b`,
    String.raw`\bdd\s+if=`,
    String.raw`\brmtree\b|\bos\.(?:remove|unlink)\b|\bunlinkSync\b|\brmSync\b`,
    String.raw`\bdrop\s+(?:database|table|schema|collection)\b|\btruncate\b|\bdelete\s+from\b|\bdelete_?many\b|\.drop\(\)|\bflush(?:all|db)\b`,
    String.raw`\bundefine\b|--remove-all-storage|--no-backups?\b|--clean\b|--(?:hard-)?delete\b`,
  ].join('|'),
  'i',
);
/** Verbs that destroy in a command or on a button, and are ordinary words in a reminder's prose. */
const DESTROY_WORDS = /\b(?:destroy|purge|wipe|erase)\b/i;

/** What removes a database's rows or a whole store (a table, a cache server, a VM's disks, everything), not files a build makes. */
const STORE_WIDE = /\bdrop\s+(?:database|table|schema|collection)\b|\btruncate\b|\bflush(?:all|db)\b|\bdropdb\b|\bpurge\b|\bwipe\b|\bdelete\s+from\b|\bdelete_?many\b|--clean\b|\bundefine\b|--no-backups?\b/i;

/** A rehearsal: it shows what would go and removes nothing. */
const DRY_RUN = /--dry-run\b|--preview(?:-only)?\b|--what-?if\b|\bdry_run["']?\s*[:=]\s*true\b|\bplan\b[^\n|;&]*\s-destroy\b/i;

/** A tool whose own name says it deletes (`delete_file`, `drop_table`). */
const DELETES_BY_NAME = /(?:^|[^a-z])(?:delete|remove|drop|truncate|purge|wipe|destroy)(?:[^a-z]|$)/i;

// What the conversation may say about a store, in the languages the corpus speaks. Each names the
// fact, not a wording: the only copy (nothing to restore from), live (in use now), and records a
// person or a business cannot lose (patients, ledgers, payroll, members, bookings).
const ONLY_COPY = [
  String.raw`\bonly (?:copy|backup|version|original)\b|\bno (?:other )?(?:copy|copies|backups?)\b|\bnot backed up\b|\bnever backed up\b|\birreplaceable\b|\bone and only\b`,
  String.raw`\b[uú]nica copia\b|\bsin copia\b|\bno hay (?:copia|backup)|\b[uú]nica c[oó]pia\b|\bsem (?:c[oó]pia|backup)\b|\bseule copie\b|\bpas de sauvegarde\b|\baucune sauvegarde\b`,
  String.raw`\bunica copia\b|\bunico backup\b|\bnessun backup\b|\beinzige (?:kopie|sicherung)\b|\bkeine? (?:sicherung|kopie|backup)\b|\benige kopie\b|\bgeen (?:back-?up|kopie)\b|\bjedyna kopia\b|\bbrak kopii\b`,
  String.raw`唯一の(?:コピー|バックアップ)|バックアップ(?:は|が)ない|唯一(?:的)?(?:副本|备份)|没有备份`,
].join('|');
const LIVE = [
  String.raw`\b(?:the|is|are|our|on|in) live\b|\blive (?:db|database|ledger|site|shop|store|server|host|system|data|app|instance|one)\b|\bproduction\b|\bprod\b|\bin use\b`,
  String.raw`\ben (?:producci[oó]n|production|vivo)\b|\bem produ[cç][aã]o\b|\bin produzione\b|\bin produktion\b|\bprodutiv|\bproduktiv|\bw produkcji\b|本番|生产环境`,
].join('|');
const RECORDS = [
  String.raw`\bpatients?\b|\bmedical\b|\bclinical\b|\bhealth records\b|\bcharts?\b|\bledger\b|\bbookkeeping\b|\baccounting\b|\baccounts\b|\bpayroll\b|\bsalar(?:y|ies)\b|\binvoices\b|\bcustomers?\b|\bmembers?\b|\bmember list\b|\bbookings?\b|\breservations\b|\borders\b|\bclients?\b|\bthe real\b|\bour real\b`,
  String.raw`\bpacientes\b|\bpazienti\b|\bpatienten\w*|\bbefunde\b|\bmandant\w*|\bfichas\b|\bhistorias? cl[ií]nicas?\b|\bprontu[aá]rios?\b|\bcomptabilit[eé]\b|\bbuchhaltung\b|\bcontabilidad\b|\bcontabilit[aà]\b|\bn[oó]minas?\b|\bgestionale\b|\bclientes\b|\bkunden\w*|\bdados? reais\b|\bdatos reales\b|\breal da\b|\bpacjent\w*|患者|カルテ|帳簿|会計|账本|病历`,
].join('|');
// Asked of each user message and sentence of a destroying call's conversation (up to five
// messages): caselessRegex asks an ASCII text in lowercase, ~70x faster than the `iu` form.
const words = (source: string) => caselessRegex(source, { unicodeWords: true });
const MARKS = words(`${ONLY_COPY}|${LIVE}|${RECORDS}`);
const ONLY_COPY_RE = words(ONLY_COPY);
const LIVE_RE = words(LIVE);
/** A sentence about "it", "this", "that": the thing the request is about. */
const DEICTIC = /^(?:it|this|that|these|those|esta|este|esto|isso|isto|c'est|ce|das|dies|questo|questa|to)\b/i;

/** A sentence that says the store it names is a stand-in: a test, a scratch copy, a fixture. */
const STAND_IN = /\b(?:test(?:ing)?|scratch|sandbox|staging|dev|demo|fixtures?|dummy|fake|throwaway|disposable|temp(?:orary)?|mock|sample)\b/i;
/** A marker said not to hold: "it's not the only copy", "no es producción". */
const NEGATED = /\b(?:not|isn't|aren't|no longer|never was|no es|não é|n'est pas|non è|nicht|kein|geen|nie)\s+(?:\S+\s+){0,3}$/i;

/** Words too common to link a sentence to a call by themselves. */
const COMMON = new Set(
  'this that these those with from into over there their what when where which about after before every some other only copy copies backup backups live prod production real data database table tables folder folders file files disk drive share server host system records record everything anything always never just still really here please '
    .concat('the and for our your it\'s its is are was been keep keeps holds hold goes runs used uses whole company business old new tmp temp cache build dist home root users volumes srv var mnt opt data1 null true false select delete drop truncate rm -rf -f -r ')
    // What a build makes again: "clear node_modules before the prod build" names no store.
    .concat('node_modules .next .nuxt target __pycache__ .venv venv coverage .cache .turbo out logs ')
    .split(/\s+/),
);

const sentences = (messages: readonly string[]) => messages.flatMap((m) => m.split(/(?<=[.!?;])\s+|(?<=[。！？])|\n+/));

/** The names a sentence gives: paths, hosts, files and identifiers, and words of four letters or more. */
function namesIn(sentence: string): string[] {
  const out: string[] = [];
  for (const raw of sentence.match(/[~\p{L}\p{N}_][\p{L}\p{N}_.\/~:-]*/gu) ?? []) {
    const name = raw.replace(/[.:\/-]+$/, '').toLowerCase();
    if (name.length < 4 || COMMON.has(name)) continue;
    out.push(name);
  }
  return out;
}

/**
 * The call's words for a whole-word comparison; of a path, its last segment too (`virsh destroy
 * ledger`, `rm /srv/ledger`), not the folders above it, which name owners, not targets.
 */
function callWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}_.~\/:-]+/gu) ?? []) {
    const w = raw.replace(/[.:\/-]+$/, '');
    words.add(w);
    const last = w.slice(w.search(/[^\/:]*$/));
    if (last) words.add(last);
    // A host by its short name (`pg-prod-01.fitpulse.internal`), a table without its schema (`public.members`).
    const dots = last.split('.');
    if (dots.length >= 3) words.add(dots[0]);
    if (dots.length === 2 && /^(?:public|dbo|main)$/.test(dots[0])) words.add(dots[1]);
  }
  return words;
}

/** Whether the call names the thing the sentence names: a path at a segment boundary, else a whole word. */
function linked(name: string, text: string, words: Set<string>): boolean {
  if (!name.includes('/')) return words.has(name);
  const at = text.indexOf(name);
  return at >= 0 && !/[\p{L}\p{N}_.-]/u.test(text.charAt(at + name.length));
}

function marked(sentence: string, re: CaselessRegex): RegExpExecArray | null {
  const m = re.exec(sentence);
  if (!m) return null;
  return NEGATED.test(sentence.slice(0, m.index)) ? null : m;
}

/**
 * A call that destroys, empties or overwrites a store the conversation calls the only copy, live,
 * or the records of people or a business. The conversation must name what the call names, or say
 * it of "it"/"this" in the request itself ("clear the uploads, including the only copy of the
 * ledger"; "it is the only copy"). `prose`: the arguments are a schedule's or an agent's prose,
 * where only a command's or a statement's verbs count ("review accounts before any purge").
 */
export function judgeSensitiveStore(tool: string, callText: string, conversation: readonly string[], prose = false): Finding[] {
  if (!conversation.length) return [];
  const destroys = DESTROYS.test(callText) || (!prose && (DESTROY_WORDS.test(callText) || DELETES_BY_NAME.test(tool)));
  if (!destroys || DRY_RUN.test(callText)) return [];
  if (!conversation.some((message) => MARKS.test(message))) return [];
  const text = callText.toLowerCase();
  const words = callWords(callText);
  const latest = conversation[conversation.length - 1];
  for (const s of sentences(conversation)) {
    const m = marked(s, MARKS);
    if (!m) continue;
    const name = namesIn(s).find((n) => linked(n, text, words));
    if (name && !STAND_IN.test(s)) return [found(s, m[0], name)];
    // Said of the call's target without naming it: the only copy, in the request or of "it"/"this";
    // live, in the request itself ("on the live host, type that and run it").
    if (STAND_IN.test(s)) continue;
    const only = marked(s, ONLY_COPY_RE);
    if (only && (latest.includes(s) || DEICTIC.test(s.trim()))) return [found(s, only[0], null)];
    // Live said only in the request holds what removes a database's rows or a whole store, not a
    // build folder cleaned "before the prod build".
    const live = latest.includes(s) && STORE_WIDE.test(callText) ? marked(s, LIVE_RE) : null;
    if (live) return [found(s, live[0], null)];
  }
  return [];
}

function found(sentence: string, marker: string, name: string | null): Finding {
  const what = name ? `${name}, which the conversation calls ${marker.trim()}` : `what the conversation calls ${marker.trim()}`;
  return finding(0.75, 'critical', false, 'sensitive_store', `destroys or empties ${what} ("${sentence.trim().slice(0, 70)}")`);
}
