import { arrangesAMeeting } from './arrangement.js';
import { hasAddress, hasDateOfBirth, hasPhone } from './identity.js';
import { caselessRegex } from '../rules/caseless-regex.js';
import { execIf, gated } from './literal-gate.js';
import type { ContentFinding } from './types.js';

// One person's private circumstances told to people who have no need to know: a criminal record
// or a court order, debts and arrears, pay and bank details, a disciplinary or immigration matter,
// or their home address and phone. Told to that person, or to one colleague handling it, they are
// ordinary work; posted to a whole channel or group (#general, a tenants' WhatsApp group, a
// Telegram group) they are a disclosure that cannot be taken back.

/** Circumstances that harm a person when others learn them. */
const CIRCUMSTANCE = gated(/\b(?:police caution|cautioned|criminal record|convict(?:ion|ed)|arrest(?:ed)?|charged with|custody order|non-molestation order|restraining order|injunction|court order|on bail|probation|sex offender|dbs check came back|background check came back|in arrears|arrears of|(?:£|\$|€)\s?[\d,.]+ (?:in )?arrears|owes? (?:us |me )?(?:£|\$|€)\s?\d[\d,.]*|debt collect\w*|ccj|county court judgment|bankrupt(?:cy)?|iva\b|eviction|evicted|payslip|gross (?:£|\$|€)\s?\d[\d,.]*|net (?:£|\$|€)\s?\d[\d,.]*|sort code|\d{2}-\d{2}-\d{2} \d{8}|account (?:no\.?|number) \d|disciplinary|gross misconduct|final written warning|performance improvement plan|immigration status|visa (?:expired|refused|overstay)|undocumented|asylum|refugee status|pregnan\w+|miscarriage|rehab|sectioned|in therapy)\b/i);
/** Debts named in other languages: "morosos", "impayés", "inadimplentes", "Hausgeld noch offen",
 * "zalega z czynszem", "aidat ödemeyenler", "задолженность"; "debe/deve/doit" only before an amount.
 * Caseless (caseless-regex.ts; hence `r$` for R$): asked of every message that names a person, most of them ASCII. */
const DEBT = caselessRegex(String.raw`(?<!\p{L})(?:unpaid|(?:hasn't|haven't|has not|have not|not yet|not) paid|morosos?|morosidad|impagad[oa]s?|no ha(?:n)? pagado|impay[ée]s?|n'a(?:yant|vant)? pas pay[ée]|inadimplent\p{L}*|em atraso|n[ãa]o pag(?:ou|aram)|nicht bezahlt|noch (?:nicht bezahlt|offen)|r[üu]ckst[äa]nd\p{L}*|non ha(?:nno)? pagato|morosit[àa]|insolut\p{L}*|zalega\p{L}*|zaleg[łl]o\p{L}*|nie zap[łl]aci\p{L}*|[öo]demeyen\p{L}*|[öo]denmemi[şs]|bor[çc]lu|задолж\p{L}*|должник\p{L}*|не (?:оплатил|заплатил)\p{L}*|achterstand|niet betaald|wanbetal\p{L}*|belum bayar|nunggak|(?:debe|deben|deve|devem|doit|doivent|schuldet|owes?)\s+(?:\p{L}+\s+)?(?:r\$|€|\$|£)?\s?\d)(?!\p{L})|滞納|未払い|未納|欠费|拖欠|체납|미납|لم يدفع`);

/** The text is about a particular person: a name, a name after a title, or a pronoun with a possessive. */
const PERSON = /\b\p{Lu}\p{Ll}+(?:'s|\s+\p{Lu}[\p{Ll}'-]+)\b|(?<!\p{L})(?:Mr|Mrs|Ms|Herr|Frau|Mme|M|Sr|Sra|Dona|Seu|Sig|Sig\.ra|p|pan|pani|Bay|Bayan|Dhr|Mevr)\.?\s+\p{Lu}\p{Ll}+|\b(?:he|she|his|her|him|tenant|employee|candidate|applicant|pupil|student|patient|client|customer|member|resident|volunteer|donor)\b/u;

/** Channels, groups and lists that reach many people. */
const BROAD = /(?:#|\b)(?:general|announce\w*|all[-_]?\w*|everyone|company|staff|team|office|tenants?|residents?|parents?|members?|customers?|volunteers?|community|random)\b|general\w*$|^c0?\w*general\w*$|all[-_]?(?:staff|hands|team|company|members|employees)|(?:^|\btelegram:|[\s,])-100\d{6,}\b|\bwhatsapp:(?!\+?\d)[^,]*\b(?:group|all|tenants|parents|team|staff|residents|family|neighbours|club)\b|@(?:channel|everyone|here)\b|@g\.us\b|(?:^|[\s,])group:/i;

export function broadAudience(recipient: string, text: string): boolean {
  return BROAD.test(recipient) || /@(?:channel|everyone|here)\b|\b(?:hi|hello|dear) (?:all|everyone|team)\b/i.test(text);
}

export function scanPrivateCircumstances(text: string, recipient = ''): ContentFinding[] {
  if (!PERSON.test(text)) return [];
  const circumstance = execIf(CIRCUMSTANCE, text) ?? DEBT.exec(text);
  const contact = hasAddress(text) && (hasPhone(text) || hasDateOfBirth(text)) && !arrangesAMeeting(text);
  if (!circumstance && !contact) return [];
  if (!broadAudience(recipient, text)) return [];
  const what = circumstance ? `"${circumstance[0]}"` : 'their home address and phone';
  return [{ detector: 'personal_data', kind: 'private_circumstances', risk: 0.75, reason: `one person's private circumstances (${what}) posted to a channel or group of many people` }];
}
