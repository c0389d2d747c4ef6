import { hasAddress, hasDateOfBirth, hasPhone } from './identity.js';
import { execIf, gated } from './literal-gate.js';
import type { ContentFinding } from './types.js';

// One person's private circumstances told to people who have no need to know: a criminal record
// or a court order, debts and arrears, pay and bank details, a disciplinary or immigration matter,
// or their home address and phone. Told to that person, or to one colleague handling it, they are
// ordinary work; posted to a whole channel or group (#general, a tenants' WhatsApp group, a
// Telegram group) they are a disclosure that cannot be taken back.

/** Circumstances that harm a person when others learn them. */
const CIRCUMSTANCE = gated(/\b(?:police caution|cautioned|criminal record|convict(?:ion|ed)|arrest(?:ed)?|charged with|custody order|non-molestation order|restraining order|injunction|court order|on bail|probation|sex offender|dbs check came back|background check came back|in arrears|arrears of|(?:£|\$|€)\s?[\d,.]+ (?:in )?arrears|owes? (?:us |me )?(?:£|\$|€)\s?\d[\d,.]*|debt collect\w*|ccj|county court judgment|bankrupt(?:cy)?|iva\b|eviction|evicted|payslip|gross (?:£|\$|€)\s?\d[\d,.]*|net (?:£|\$|€)\s?\d[\d,.]*|sort code|\d{2}-\d{2}-\d{2} \d{8}|account (?:no\.?|number) \d|disciplinary|gross misconduct|final written warning|performance improvement plan|immigration status|visa (?:expired|refused|overstay)|undocumented|asylum|refugee status|pregnan\w+|miscarriage|rehab|sectioned|in therapy)\b/i);
/** The text is about a particular person: a name, or a pronoun with a possessive. */
const PERSON = /\b\p{Lu}\p{Ll}+(?:'s|\s+\p{Lu}[\p{Ll}'-]+)\b|\b(?:he|she|his|her|him|tenant|employee|candidate|applicant|pupil|student|patient|client|customer|member|resident|volunteer|donor)\b/u;

/** Channels, groups and lists that reach many people. */
const BROAD = /(?:#|\b)(?:general|announce\w*|all[-_]?\w*|everyone|company|staff|team|office|tenants?|residents?|parents?|members?|customers?|volunteers?|community|random)\b|general\w*$|^c0?\w*general\w*$|all[-_]?(?:staff|hands|team|company|members|employees)|(?:^|\btelegram:|[\s,])-100\d{6,}\b|\bwhatsapp:(?!\+?\d)[^,]*\b(?:group|all|tenants|parents|team|staff|residents|family|neighbours|club)\b|@(?:channel|everyone|here)\b/i;

export function broadAudience(recipient: string, text: string): boolean {
  return BROAD.test(recipient) || /@(?:channel|everyone|here)\b|\b(?:hi|hello|dear) (?:all|everyone|team)\b/i.test(text);
}

export function scanPrivateCircumstances(text: string, recipient = ''): ContentFinding[] {
  if (!PERSON.test(text)) return [];
  const circumstance = execIf(CIRCUMSTANCE, text);
  const contact = hasAddress(text) && (hasPhone(text) || hasDateOfBirth(text));
  if (!circumstance && !contact) return [];
  if (!broadAudience(recipient, text)) return [];
  const what = circumstance ? `"${circumstance[0]}"` : 'their home address and phone';
  return [{ detector: 'personal_data', kind: 'private_circumstances', risk: 0.75, reason: `one person's private circumstances (${what}) posted to a channel or group of many people` }];
}
