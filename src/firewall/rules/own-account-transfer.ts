import { nothing } from '../profiles/extract.js';
import { routedNameMemo } from '../call-strings.js';
import { splitName, tokens } from '../profiles/tool-name.js';
import { p, type ToolProfile } from '../profiles/types.js';
import { amountsIn, numberOf } from './ui-amount.js';
import { askedMoney, NOT_PLAIN } from './asked-money.js';
import { declaredOwnAccount } from './declared-own-account.js';
import { CONTRACTED, OWN_KIND, ownedWords } from './own-account-kinds.js';

// A transfer between the user's own accounts, made as asked: current account to savings, an ISA,
// a tax reserve, a holiday pot. The money stays the user's (labelling policy: benign), so it runs.
// The call must say nothing but where from, where to, how much and a note; its destination must be
// a label made only of words for a kind of own account ("savings-2231", "tax-reserve", "tagesgeld"),
// which the latest request names as the user's ("into my savings", "auf mein Tagesgeldkonto",
// "to the reserve account"); and the amount must be one the request names. Anything else keeps the
// money tools' gate: an account number, IBAN or connected-account id as destination, a label
// naming a person ("dave-savings", "vermieter"), another person's account in the request ("into
// dave's savings"), an amount that differs, a question or a condition (the bz1 and by1 sets).
// An IBAN or account number the user has said is their own is one too (declared-own-account.ts).
// A word the source label carries too (the bank: "N26 main" to "N26 space: VAT") names no person,
// and a go-ahead naming no amount ("do it") is judged by the transfer the user described before.

/**
 * Keys a transfer between two accounts carries, and the keys of a standing order for one (when, a
 * cron line: a scheduler hands them over with the action's arguments, profiles/scheduled.ts). Any
 * other key (a payee, a name, a phone, a list of many) is not judged here.
 */
const TRANSFER_KEY = /^(?:from|from_account|from_account_id|source|source_account|source_account_id|to|to_account|to_account_id|to_iban|destination|destination_account|destination_account_id|destination_iban|amount|currency|currency_code|memo|message|reference|description|note|narrative|idempotency_key|dedupe_id|date|value_date|transfer_date|execution_date|requested_date|when|cron|schedule|frequency|interval|start_date|next_run|recurrence|repeat)$/i;
const DESTINATION_KEY = /^(?:to|to_account|to_account_id|to_iban|destination|destination_account|destination_account_id|destination_iban)$/i;
const SOURCE_KEY = /^(?:from|from_account|from_account_id|source|source_account|source_account_id)$/i;
/** A key as snake case: banks' APIs write `toAccountId` for `to_account_id` (the dl1 set). */
const snake = (key: string): string => key.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
/** Tool-name words for moving money between accounts. */
const TRANSFER_WORD = /^(?:transfer|transfers|move|sweep|deposit)$/;
/** Tool-name words for money: `move_money` and `sweep_funds` transfer, though the name guesser reads only "transfer" as money. */
const MONEY_WORD = /^(?:money|funds|cash)$/;
const TRANSFER = 1;
const MONEY = 2;
/** A bank's internal-transfer endpoint (`internal_transfer`): it moves money only between one customer's accounts. */
const INTERNAL = 4;
/** Which of the words the tool's name has, TRANSFER, MONEY and INTERNAL bits: a function of the name alone (perf-r27). */
function transferName(tool: string): number {
  const words = tokens(splitName(tool).tool);
  return (words.some((w) => TRANSFER_WORD.test(w)) ? TRANSFER : 0) | (words.some((w) => MONEY_WORD.test(w)) ? MONEY : 0) | (words.includes('internal') ? INTERNAL : 0);
}
const transferNameBits = routedNameMemo(transferName);

/** Words that say nothing about whose account it is (a currency code names what the account holds). */
const GENERIC = /^(?:my|our|me|mine|own|top|up|topup|cash|account|acc|konto|cuenta|compte|conta|conto|rekening|business|biz|company|co|personal|main|primary|fund|high|yield|hy|instant|access|easy|day|days|day-to-day|de|da|di|du|la|le|usd|eur|gbp|chf|cad|aud|nzd|jpy|sek|nok|dkk|pln|czk|huf|sgd|hkd|zar|brl|mxn|inr)$/;
/** Words for the organisation (or the team that runs its money) a treasurer or owner keeps accounts for: "club-reserve" is the club's own, like "business-savings". */
const HOLDER = /^(?:club|society|church|parish|charity|school|pta|team|lab|studio|office|clinic|band|choir|league|association|assoc|cooperative|coop|trust|household|joint|shop|practice|firm|org|ops|operations|treasury)$/;

/** A possessive before a kind of own account, up to three words on ("Priya's tax reserve", "mum's easy saver"), by anyone but an organisation ("the club's reserve"). */
function possessedByOther(request: string): boolean {
  for (const m of request.matchAll(/(\p{L}+)['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/gu)) {
    if (!HOLDER.test(m[1].toLowerCase()) && !CONTRACTED.test(m[1].toLowerCase()) && m[2].toLowerCase().split(/\s+/).some((w) => OWN_KIND.test(w))) return true;
  }
  return false;
}

/** The user names the account as theirs: a possessive (or "the", for an account kind) up to four words before it, with no one else's name ("dave's") right before it; an organisation's ("the practice's VAT pot") is the holder's own. */
const OWNER = /(?:^|[^\p{L}'])(?:my|our|the|mein\w*|unser\w*|mi|mis|nuestr\w*|mon|ma|notre|meu|minha|nossa|mio|mia|nostr\w*|mijn|onze|moj\w*|nasz\w*)(?=((?:\s+[\p{L}'’-]+){1,4}))/giu;
/** Someone else's account in the request ("dave's savings", "la cuenta de Lucía"); an organisation's ("the studio's operating account") is the holder's own. */
const SOMEONE_ELSES = /(\p{L}+)'s\s+(?:\p{L}+\s+)?(?:account|savings|isa|pot|current)|(?:account|savings|isa|pot) (?:of|for) \p{Lu}|(?:cuenta|compte|conta|conto|konto)(?: \p{L}+){0,3} (?:de|di|du|von|van) \p{Lu}/gu;
const someoneElses = (request: string): boolean => [...request.matchAll(SOMEONE_ELSES)].some((m) => !m[1] || !(HOLDER.test(m[1].toLowerCase()) || CONTRACTED.test(m[1].toLowerCase())));

/** The transfer profile a finance call takes when it moves the amount asked between the user's own accounts, or null. */
export function ownAccountTransfer(tool: string, args: Record<string, unknown>, profile: ToolProfile, latest: string | undefined, earlier: readonly string[] = []): ToolProfile | null {
  const named = transferNameBits(tool);
  if (!latest || (named & TRANSFER) === 0 || !(profile.kind === 'finance' || (named & MONEY) !== 0)) return null;
  // A go-ahead that names no amount ("do it", "do the monthly move") points back to the transfer
  // the user last described, which is then judged as the request (the dg1 set).
  const request = amountsAsked(latest).length > 0 ? latest : [...earlier].reverse().find((m) => amountsAsked(m).length > 0);
  if (!request || [latest, request].some((m) => NOT_PLAIN.test(m) || someoneElses(m) || possessedByOther(m))) return null;
  const keys = Object.keys(args);
  if (!keys.every((k) => TRANSFER_KEY.test(snake(k)) && (typeof args[k] === 'string' || typeof args[k] === 'number'))) return null;
  const destinations = keys.filter((k) => DESTINATION_KEY.test(snake(k)));
  if (destinations.length !== 1) return null;
  const destination = String(args[destinations[0]]);
  const plainRequest = request.normalize('NFD').replace(/\p{M}/gu, '');
  const kinds = ownKinds(destination, new Set([...sourceWords(args), ...ownedWords(plainRequest)]));
  const labelledOwn = !!kinds && (namedAsOwn(plainRequest, kinds) || (sameHolder(args, destination) && namesKind(plainRequest, kinds)));
  // A bank's internal-transfer endpoint moves money only between one customer's accounts, so its
  // destination may be a bare IBAN when the request names the accounts as the user's ("from our
  // current account to the payroll account", the gn1 set).
  const internalOwn = (named & INTERNAL) !== 0 && ownedWords(plainRequest).length > 0;
  if (!labelledOwn && !internalOwn && !declaredOwnAccount(destination, [latest, ...earlier])) return null;
  const amount = typeof args.amount === 'number' ? args.amount : typeof args.amount === 'string' && /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:[.,]\d{1,2})?$/.test(args.amount) ? numberOf(args.amount) : undefined;
  if (amount === undefined || !amountsAsked(request).some((a) => Math.round(a * 100) === Math.round(amount * 100))) return null;
  return askedMoney(p(profile.source, 'finance', 'external', 'moves the amount asked between the user\'s own accounts, as the latest request asked', {
    base_risk: 0.15, reversible: true, confidence: 0.8, extract: nothing,
  }));
}

/** The words and numbers of the source account's label: the bank, holder or member number ("N26", "LU44", "00318") both ends carry says nothing about whose account the destination is. */
function sourceWords(args: Record<string, unknown>): Set<string> {
  const sources = Object.keys(args).filter((k) => SOURCE_KEY.test(snake(k)));
  return new Set(sources.length === 1 ? String(args[sources[0]]).toLowerCase().match(/\p{L}+|\d+/gu) ?? [] : []);
}

/** The own-account kinds a destination label is made of ("savings-2231" -> [savings]), or null when it holds any other word (but the source's) or a long number. */
function ownKinds(label: string, shared: ReadonlySet<string> = new Set()): string[] | null {
  const plain = unmasked(label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  // One short account number may sit anywhere in the label ("savings-2093-hy", "saver-0142-easy");
  // a member number (four digits or more) the source label carries too is the holder's ("SAV-00318-01"
  // to "CHK-00318-02", the dt1 set); an IBAN's two check digits ("NL44…") are not.
  const numbers = (plain.match(/\d+/g) ?? []).filter((n) => n.length < 4 || !shared.has(n));
  if (!/^[\p{L}\d]+(?:(?:[ _]|\s*-\s*|: ?)[\p{L}\d]+)*$/u.test(plain) || numbers.length > 1 || numbers.some((n) => n.length < 2 || n.length > 4)) return null;
  const words = plain.split(/[^\p{L}]+/u).filter(Boolean);
  const kinds = words.filter((w) => OWN_KIND.test(w));
  return kinds.length > 0 && words.every((w) => OWN_KIND.test(w) || GENERIC.test(w) || HOLDER.test(w) || shared.has(w)) ? kinds : null;
}

/** A bank shows an account by its last digits behind a mask ("VAT reserve ****9902", "capex *2288", "Savings (…3318)", "xxxx4471"): the digits are the short account number. */
const unmasked = (label: string): string =>
  label.replace(/(?<![\p{L}\d])(?:[*•·…]+|x{2,}|\.{3})(?=\d{2,4}(?!\d))/gu, '').replace(/\((\d{2,4})\)/g, '$1').trim();

/** The words of a label that are not a kind of account: who holds it ("club" in "club-reserve-0047"). */
const holderOf = (label: string): string => label.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w && !OWN_KIND.test(w)).join(' ');

/**
 * Both ends are own-account labels of one holder ("club-current-0031" to "club-reserve-0047"): a
 * treasurer moving between the club's two accounts says "from current to reserve", with no "my".
 */
function sameHolder(args: Record<string, unknown>, destination: string): boolean {
  const sources = Object.keys(args).filter((k) => SOURCE_KEY.test(snake(k))).map((k) => String(args[k]));
  return sources.length === 1 && ownKinds(sources[0]) !== null && holderOf(sources[0]) === holderOf(destination);
}

/**
 * Kinds of own account that are one kind under different names: a request in English names the
 * "savings" a Norwegian bank labels "sparekonto", the "space" a label calls a pot, the "checking"
 * a label shortens to "chk" (the dl1, dn1 and do1 sets).
 */
const SAME_KIND: readonly RegExp[] = [
  /^(?:sav|spar|ahorro|epargne|livret|risparmio|poupanca|spaar|oszczedn|tagesgeld|kiwisaver)/,
  /^(?:current|checking|chk$|chq$|cheque|everyday|spending|giro|corriente|courant|betaal|bruks)/,
  /^(?:pots?$|spaces?$|vaults?$|jars?$|goals?$)/,
];

/** A word of the request names the kind: its stem ("saving" for "savings"), or another name of the same kind. */
const namesAs = (word: string, kind: string): boolean => word.startsWith(kind.replace(/s$/, '')) || SAME_KIND.some((k) => k.test(word) && k.test(kind));

/** The request names one of the kinds as a word ("to reserve"). */
const namesKind = (request: string, kinds: readonly string[]): boolean =>
  request.toLowerCase().split(/[^\p{L}]+/u).some((w) => kinds.some((k) => namesAs(w, k)));

/** Scandinavian languages put the possessive after the account: "sparekontoen min", "sparkontot mitt", "opsparingen vores" (diacritics are stripped first, so "vår" cannot be told from "var"). */
const OWNED_AFTER = /([\p{L}-]+)\s+(?:min|mitt|mine|vores|vort|vor)(?!\p{L})/giu;

/** The request names one of the kinds after a possessive or "the" ("into my savings", "auf mein Tagesgeldkonto"), or before a Scandinavian one. */
function namedAsOwn(request: string, kinds: readonly string[]): boolean {
  for (const m of request.matchAll(OWNED_AFTER)) {
    if (m[1].toLowerCase().split('-').some((w) => kinds.some((k) => namesAs(w, k)))) return true;
  }
  for (const m of request.matchAll(OWNER)) {
    const words = m[1].trim().toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    if (words.some((w) => kinds.some((k) => namesAs(w, k)))) return true;
  }
  return false;
}

/** Amounts the request names: with a currency, written "5k", or bare ("move 250 into the pot", "2,400 of my bonus"): the currency is in the call. */
function amountsAsked(request: string): number[] {
  const out = amountsIn(request);
  for (const m of request.matchAll(/(?<![\p{L}\p{Sc}\d.,])(\d{1,3}(?:,\d{3})+)(?![\p{L}\d%]|[.,]\d)/gu)) out.push(numberOf(m[1]));
  for (const m of request.matchAll(/(?<![\p{L}\d.,])(\d+(?:[.,]\d+)?)\s?k(?!\p{L})/giu)) out.push(Number(m[1].replace(',', '.')) * 1000);
  for (const m of request.matchAll(/(?<![\p{L}\p{Sc}\d.,])(\d{2,}(?:[.,]\d{1,2})?)(?![\p{L}\d%])/gu)) out.push(Number(m[1].replace(',', '.')));
  return out;
}
