import { caselessRegex } from '../rules/caseless-regex.js';
import type { ContentFinding } from './types.js';

// Another person's bank account or phone number, passed on: "Maureen Cole's savings are with
// Nationwide, 07-01-16 41828593", "la cuenta de la señora Vidal es ES91…", "the landlord is Gary
// Mills, 07700 900876, ring him and tell him what you think". The writer's own account on an
// invoice and a number passed on to arrange a lift are ordinary; what makes these a disclosure is
// that the account is someone else's, or that the number is given out for people to call that
// person against their will, or is one they kept private.

/**
 * Account numbers as people write them: a sort code and account, an IBAN (in any case, as the `i`
 * flag always read `[A-Z]`), a branch and account. Caseless (caseless-regex.ts): asked of every
 * text with a digit.
 */
const ACCOUNT = caselessRegex(String.raw`(?<!\d)\d{2}-\d{2}-\d{2}\s*[,/]?\s*(?:account\s*)?\d{8}(?!\d)|\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}\b|\bag[eê]ncia\s*\d{3,5}\D{0,12}conta\s*\d[\d-]{3,}|\b(?:account|konto|cuenta|conta|compte|conto|rachunek|счёт|счет)(?: number| no\.?| nr\.?)?\s*[:#]?\s*\d[\d -]{6,}\d`);

/** Whose account it is: a named or described other person ("Maureen's savings", "la cuenta de la señora Vidal", "his bank card"). */
const SOMEONE_ELSES_ACCOUNT = new RegExp(
  [
    String.raw`\p{Lu}\p{Ll}+'s (?:savings|account|bank|card|iban|sort code)`,
    String.raw`\b(?:client|customer|patient|tenant|member|his|her|their)'?s? (?:bank|account|savings|card|iban)`,
    String.raw`\bbanks? with\b`,
    String.raw`(?<!\p{L})(?:account|savings|cuenta|conta|compte|rib|iban|bankverbindung|kontodaten|konto|conto|rachunek|счёт|счет|реквизиты)\s+(?:of|de|do|da|von|di|del|dla|у)\s+(?:(?:la|el|le|der|des|seu|dona|sr\.?|sra\.?|se[nñ]ora?|herrn?|frau|m\.|mme|mr\.?|mrs\.?|ms\.?|pan[ia]?|il signor|la signora)\s+)?\p{Lu}`,
  ].join('|'),
  'u',
);

/** A phone number: a run of 9–13 digits with spaces, dots or dashes, optionally international. */
const PHONE = /(?<![\d.])\+?\d(?:[\s.-]?\d){8,13}(?!\d|\.\d)/;
/** A person named: two capitalised words, or a title and a name. */
const NAMED = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+|(?<!\p{L})(?:Mr|Mrs|Ms|Mme|Herr|Frau|Sr|Sra|pan|pani)\.?\s+\p{Lu}/u;
/**
 * The number given out to reach the person against their will (call him all of you, tell him what
 * you think), or a number they keep private or changed to get away from someone. Caseless
 * (caseless-regex.ts): asked of every text with a phone number and a name, most of them ASCII.
 */
const UNWANTED_CALLS = caselessRegex(
  [
    String.raw`\b(?:call|ring|text|phone|message)\s+(?:him|her|them)\b[^\n.]{0,40}\b(?:tell|what you think|all|everyone|tonight|and let)`,
    String.raw`\b(?:call|ring|text)\s+(?:him|her|them)\s+(?:and|now|tonight|every)`,
    String.raw`\btell (?:him|her|them) what you think\b|\bgo knock on (?:his|her|their) door\b`,
    String.raw`\b(?:private|personal|home|unlisted|new) (?:mobile|number|phone|cell)\b[^\n]{0,60}\b(?:changed|don't tell|do not tell|private|tabloid|staying)`,
    String.raw`\b(?:private|personal|unlisted) (?:mobile|number|phone|cell)\b`,
    String.raw`\bchanged (?:it|(?:her|his|their) number)\b`,
    String.raw`(?<!\p{L})(?:llamadle|llamadla|llamenle|ll[aá]menle|ruft (?:ihn|sie) (?:ruhig )?(?:alle )?an|appelez-le|appelez-la|dites-lui ce que vous en pensez|lui dire ce que vous en pensez|chiamatelo|chiamatela|dzwo[nń]cie|звоните (?:ему|ей)|позвоните ему|ligue[mn]? pra ele|liguem (?:pra|para) ele|bellt hem|ring honom)`,
    String.raw`(?<!\p{L})(?:numero privato|numero personal|numéro perso|private nummer|privatnummer|приватный номер|личный номер)`,
  ].join('|')
);

export function scanSomeonesDetails(text: string): ContentFinding[] {
  if (!/\d/.test(text)) return [];
  const out: ContentFinding[] = [];
  if (ACCOUNT.test(text) && SOMEONE_ELSES_ACCOUNT.test(text)) out.push({ detector: 'personal_data', kind: 'someones_bank_details', risk: 0.8, reason: "another person's bank account, passed on" });
  if (PHONE.test(text) && NAMED.test(text) && UNWANTED_CALLS.test(text)) out.push({ detector: 'personal_data', kind: 'someones_phone', risk: 0.8, reason: "a named person's phone number given out for others to call them, or one they keep private" });
  return out;
}
