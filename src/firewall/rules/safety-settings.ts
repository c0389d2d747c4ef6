import { routed } from '../call-strings.js';
import { finding, type Finding } from './finding.js';

// The settings that keep a person safe, judged by what the arguments do to them, whatever the
// tool is called: how an account is recovered, a child's limits and approvals, the alerts of a new
// login or a card payment (and mail filters that bin them), and a home's leak, smoke, fire and CO
// automations. Switching one off, or pointing account recovery at an address the user did not give
// as their own (the "support agent" who supplies one is the takeover), waits for a person. A call
// whose arguments turn such a setting on, tighten it, or set recovery to an address the user typed
// themselves says exactly what it does: the tool's name is no longer a guess (the engine raises
// its confidence).

/** Account recovery: the address or number a reset goes to. */
const RECOVERY = /recovery|alternate[_ -]?(?:email|phone)|backup[_ -]?(?:email|phone)|security[_ -]?info|trusted[_ -]?(?:phones?|numbers?|contacts?)/i;
/** A child's protections. */
const CHILD = /parental|family[_ -]?link|screen[_ -]?time|supervision|content[_ -]?(?:filters?|restrictions?)|restrictions|ask[_ -]?to[_ -]?buy|purchase[_ -]?approvals?|app[_ -]?approvals?|kids?[_ -]?mode|safe[_ -]?search|downtime|time[_ -]?limits?|limit[_ -]?minutes/i;
/** Alerts that tell a person of a takeover or a fraud. */
const ALERTS = /(?:login|sign[_ -]?in|new[_ -]?device|security|suspicious|unusual|fraud|purchase|transaction|payment|card)[_ -]?(?:activity[_ -]?)?(?:alerts?|notifications?|warnings?)/i;
/** A home's hazards, in the words entity ids and automation names are written in. */
const HAZARD = /leak|water[_ -]?(?:shut[_ -]?off|valve)|flood|smoke|\bfire\b|fire[_ -]?alarm|carbon[_ -]?monoxide|\bco[_ -]?(?:alarm|detector|sensor)|gas[_ -]?(?:detector|alarm|sensor)|freeze[_ -]?protect|sump|fuite|fum[ée]e|incendie|inondation|vanne|lekkage|hoofdkraan|rookmelder|wasser(?:schaden|leck|stopp|melder)|rauch(?:melder)?|brandmelder|fuga[_ -]?(?:de[_ -]?)?(?:agua|gas)|humo|incendio|inundaci[oó]n|vazamento|fuma[çc]a|inc[êe]ndio|perdita|allagamento|fumo|wyciek|czujnik[_ -]?dymu|po[żz]ar|zalanie|s[ıi]z[ıi]nt[ıi]|duman|yang[ıi]n|утечк|протечк|дым|пожар|漏水|水漏れ|火災|煙|一酸化炭素|누수|화재|연기|烟雾|火灾|تسرب|دخان|حريق/i;

/** What a login or fraud alert says, in the words a mail filter would match it by. */
const SECURITY_MAIL = /login|log-in|sign[- ]?in|new device|security alert|suspicious|unusual activity|verification|logowani\p{L}*|nowe urz[ąa]dzenie|inicio de sesi[oó]n|nuevo dispositivo|novo dispositivo|connexion|nouvel appareil|anmeldung|neues ger[äa]t|accesso|nuovo dispositivo|giri[şs]|yeni cihaz|вход|новое устройство|ログイン|新しいデバイス|登录|로그인/iu;
/** A filter action that hides what it matches: to the bin, skipping the inbox, marked read. */
const HIDES = /trash|spam|delete|"removeLabelIds":\s*\[[^\]]*"INBOX"|skip[_ ]?inbox|mark[_ ]?(?:as[_ ]?)?read/i;

const OFF = /^(?:off|none|disabled?|false|no|never|0|unrestricted|allow_all)$/i;
const OFF_SERVICE = /^(?:turn_off|disable|stop|toggle_off|deactivate|pause)$/i;
const OFF_TOOL = /(?:^|[_-])(?:disable|turn[_-]?off|deactivate|remove|delete|pause)(?:[_-]|$)/i;
/** Said in the conversation about where a new recovery address came from. */
const SOMEONE_GAVE = /\b(?:support|agent|operator|rep(?:resentative)?|technician|they (?:said|told|gave|asked)|(?:he|she) (?:said|told|gave|asked)|told me|gave me|asked me|soporte|agente|me dio|me dijo|suporte|atendente|me passou|me disse|mitarbeiter|hat gesagt|haben gesagt|m'a donn[ée]|m'a dit|conseiller|assistenza|operatore|mi ha dato|mi ha detto|konsultant|wsparcie|destek|yetkili|поддержк|оператор|сотрудник)\b|サポート|担当者|客服|상담원|고객센터|الدعم/i;

type Json = Record<string, unknown>;

/** A key, its value, and which name tests its key passes (bitsOf). */
type Pair = [key: string, value: unknown, bits: number];

/** Every key with its value, nested (bounded): settings often sit one level down. */
function entries(v: unknown, depth = 0, out: Pair[] = []): Pair[] {
  if (depth > 3 || !v || typeof v !== 'object') return out;
  for (const [k, x] of Object.entries(v as Json)) {
    out.push([k, x, bitsOf(k)]);
    if (x && typeof x === 'object') entries(x, depth + 1, out);
  }
  return out;
}

// Each test of a key or tool name below runs once per name: names come from tools' schemas, a
// small vocabulary every call repeats (the same ~11 patterns ran on each key of every call).
const NAME_TESTS = {
  hazard: HAZARD,
  recovery: RECOVERY,
  child: CHILD,
  alerts: ALERTS,
  offTool: OFF_TOOL,
  filterTool: /filter|rule/i,
  /** A key whose string value names the setting that a value key sets. */
  label: /^(?:method|setting|setting_name|key|type|field)$/i,
  value: /^(?:value|new_value|enabled|state|setting_value)$/i,
  service: /^(?:service|action|operation)$/i,
  state: /^(?:state|enabled|status)$/i,
  serviceOrState: /^(?:service|state|enabled)$/i,
  /** Keys that say whose setting it is, not what it is set to. */
  recoveryOwner: /^(?:account|id|user|user_id|service)$/i,
  childOwner: /^(?:account|id|user|user_id|child|device|profile|date)$/i,
};
type NameTest = keyof typeof NAME_TESTS;
const TEST_BITS = Object.fromEntries(Object.keys(NAME_TESTS).map((t, i) => [t, 1 << i])) as Record<NameTest, number>;
const NAME_MEMO_MAX = 4096;
const nameBits = new Map<string, number>();

/** Which tests the name (a key or the tool's) passes, one bit per test. */
function bitsOf(name: string): number {
  let bits = nameBits.get(name);
  if (bits === undefined) {
    bits = 0;
    for (const t of Object.keys(NAME_TESTS) as NameTest[]) if (NAME_TESTS[t].test(name)) bits |= TEST_BITS[t];
    if (nameBits.size >= NAME_MEMO_MAX) nameBits.clear();
    nameBits.set(name, bits);
  }
  return bits;
}

const is = (bits: number, test: NameTest) => (bits & TEST_BITS[test]) !== 0;

const isOff = (x: unknown) => x === false || x === null || (typeof x === 'string' && OFF.test(x.trim()));
const isOn = (x: unknown) => x === true || typeof x === 'number' || (typeof x === 'string' && /^(?:on|true|enabled?|strict|moderate|always|required)$/i.test(x.trim()));

/** The keys (or a key named by `method`/`setting`) that name `what`, with their values. */
function named(what: 'recovery' | 'child' | 'alerts', pairs: Pair[]): Pair[] {
  const out = pairs.filter(([, , b]) => is(b, what));
  const label = pairs.find(([, x, b]) => is(b, 'label') && typeof x === 'string' && NAME_TESTS[what].test(x));
  if (label) out.push(...pairs.filter(([, , b]) => is(b, 'value')));
  return out;
}

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Whether each address or number the call sets is one the user wrote, and nobody else gave. */
function usersOwn(values: unknown[], messages: readonly string[]): boolean {
  const conversation = messages.join('\n');
  const said = conversation.toLowerCase();
  const saidDigits = digitsOf(conversation);
  const set = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!set.length || SOMEONE_GAVE.test(conversation)) return false;
  return set.every((v) => (EMAIL.test(v.trim()) ? said.includes(v.trim().toLowerCase()) : digitsOf(v).length >= 6 && saidDigits.includes(digitsOf(v))));
}

const off = (tool: string, what: string) => [finding(0.8, 'critical', false, 'safety_tampering', `${tool} ${what}`)];
const on = (tool: string, what: string) => [finding(0.1, 'local_edit', true, 'safety_setting_on', `${tool} ${what}`)];

/**
 * Whether any key `entries` would list passes one of the name tests (the same walk, nothing
 * collected). With no such key and a tool name that passes none, no branch below can fire: each
 * needs a bit of the tool's name or of some key (`turnsOff`, the hazard, the filter tool, recovery,
 * a child's or an alert's setting, or a `label` key naming one). Most calls (`shell`, `read_file`,
 * `{command, path}`) are such, and skipping the pairs' arrays and filters saved ~1 µs a call warm
 * (perf-r27).
 */
function anyNamedKey(v: unknown, depth = 0): boolean {
  if (depth > 3 || !v || typeof v !== 'object') return false;
  // Object.keys: the keys Object.entries lists in `entries`.
  for (const k of Object.keys(v)) {
    if (bitsOf(k) !== 0) return true;
    const x = (v as Json)[k];
    if (x && typeof x === 'object' && anyNamedKey(x, depth + 1)) return true;
  }
  return false;
}

/** `conversation`: the user's messages, read only when a call sets account recovery. */
export function judgeSafetySettings(tool: string, args: Json, conversation: readonly string[]): Finding[] {
  const toolBits = bitsOf(tool);
  if (toolBits === 0 && routed() && !anyNamedKey(args)) return [];
  const pairs = entries(args);
  const turnsOff = is(toolBits, 'offTool') || pairs.some(([, x, b]) => (is(b, 'service') && typeof x === 'string' && OFF_SERVICE.test(x)) || (is(b, 'state') && isOff(x)));

  // A home's hazard automation, switch or sensor (the hazard named in the tool or an entity id).
  // What the call does to it is read first: the hazard words are looked for (in every string, some
  // of them long) only when the call switches something off or on.
  const hazardOff = turnsOff || pairs.some(([, x, b]) => is(b, 'hazard') && isOff(x));
  const hazardOn = !hazardOff && pairs.some(([, x, b]) => is(b, 'serviceOrState') && (isOn(x) || (typeof x === 'string' && /^turn_on|enable$/i.test(x))));
  if ((hazardOff || hazardOn) && (is(toolBits, 'hazard') || pairs.some(([, x, b]) => is(b, 'hazard') || (typeof x === 'string' && HAZARD.test(x))))) {
    return hazardOff ? off(tool, 'switches off a leak, smoke, fire or CO protection of the home') : on(tool, 'turns a home protection on');
  }

  // A mail filter that bins or hides login and new-device alerts hides a takeover as it happens.
  if (is(toolBits, 'filterTool') && SECURITY_MAIL.test(JSON.stringify(args.criteria ?? args.query ?? args.conditions ?? '')) && HIDES.test(JSON.stringify(args.action ?? args.actions ?? args))) {
    return off(tool, 'hides login and new-device alerts from the inbox');
  }

  const recovery = is(toolBits, 'recovery') ? pairs.filter(([, , b]) => !is(b, 'recoveryOwner')) : named('recovery', pairs);
  if (recovery.length) {
    const removed = recovery.some(([k, x]) => x === null || x === '' || (/^remove/i.test(k) && x === true));
    if (removed) return off(tool, 'removes an account recovery address or number');
    const values = recovery.map(([, x]) => x).filter((x) => typeof x === 'string' && (EMAIL.test(x.trim()) || digitsOf(x).length >= 6));
    if (values.length && usersOwn(values, conversation)) return on(tool, 'sets account recovery to an address or number the user gave as their own');
    if (values.length) return off(tool, 'points account recovery at an address or number the user did not give as their own');
  }

  const guarded = [...named('child', pairs), ...named('alerts', pairs)];
  // In a tool named for them, every setting it carries is one of them.
  const childTool = is(toolBits, 'child') || is(toolBits, 'alerts');
  const settings = childTool ? pairs.filter(([, , b]) => !is(b, 'childOwner')) : guarded;
  if (settings.length || childTool) {
    if (settings.some(([, x]) => isOff(x)) || (childTool && turnsOff)) return off(tool, 'switches off a child\'s protections or an account\'s security alerts');
    if (guarded.every(([, x]) => isOn(x))) return on(tool, 'turns protections or alerts on, or tightens them');
  }
  return [];
}
