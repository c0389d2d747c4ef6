import { bsnValid, cardValid, cpfValid, dniValid, ibanValid, mrzCheck, myNumberValid, nirValid, ssnValid, nhsValid } from './checksums.js';
import { hasAddress, hasDateOfBirth, hasEmail, hasPhone, namedBirthDates } from './identity.js';
import { arrangesAMeeting } from './arrangement.js';
import { aboutAHealthTopic, aboutSomeonesHealth } from './health-record.js';
import { findNationalIds } from './national-ids.js';
import { careNote } from './care-note.js';
import { paysTheWriter } from './own-account.js';
import { tail4, type ContentFinding } from './types.js';
import { matchesOf, NONE } from './matches.js';
import { execIf, gated, gatedMatches, testIf } from './literal-gate.js';

// Personal data in outbound text: card numbers, bank accounts (IBAN), national ids with their
// check digits (US SSN format rules, Spanish DNI/NIE letter, Dutch BSN 11-check, Brazilian CPF,
// French NIR, Japanese My Number), passport machine-readable zones, health details about a person.
// A number that fails its checksum is only reported when a label says what it is.

// A leading + is an international phone number (+55 11 98877-6655): cards are never written so.
const CARD = /(?<![\d.+-])(?:\d[ -]?){12,18}\d(?![\d-])/g;
const CARD_WITH_CVC = gated(/(?<![\d.+-])((?:\d[ -]?){12,18}\d)(?![\d-])[^\n\d]{0,20}\b(?:0[1-9]|1[0-2])\/(?:20)?\d{2}\b[^\n\d]{0,20}\b(?:cvc|cvv|cv2|csc|security code)\b/i);
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const SSN = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g;
const SSN_LABELLED = gated(/\b(?:ssn|social security(?: number| no\.?)?)\s*(?:#|:|is|number)?\s*(\d{3})[ -]?(\d{2})[ -]?(\d{4})\b/gi);
const DNI = /\b([XYZ]?\d{7,8}[ -]?[A-Z])\b/g;
const BSN = gated(/\b(?:bsn|burgerservicenummer)["']?\s*(?:#|:|=|is|nummer)?\s*["']?(\d{9}|\d{4}\.\d{2}\.\d{3})\b/gi);
const CPF = gated(/(?<!\d)(\d{3}\.\d{3}\.\d{3}-\d{2})(?!\d)|\bcpf\s*(?::|é|e|is)?\s*(\d{11})\b/gi);
const NIR = /(?<!\d)([12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2})(?!\d)/g;
const NIR_LABEL = gated(/\b(?:nir|n° de s[ée]cu\w*|num[ée]ro de s[ée]cu\w*|s[ée]cu\b|s[ée]curit[ée] sociale|carte vitale)/i);
/** UK NHS number, labelled (ten digits are too common to flag alone); mod-11 check digit. */
const NHS = gated(/\bnhs(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*(\d{3}[ -]?\d{3}[ -]?\d{4})\b/gi);
const MY_NUMBER = gated(/(?:マイナンバー|個人番号|my ?number)\s*[:：]?\s*(\d{4} ?\d{4} ?\d{4})/gi);
const MRZ = /\bP[A-Z<][A-Z]{3}[A-Z<]{5,39}\s*\n?\s*([A-Z0-9<]{9})(\d)([A-Z]{3})(\d{6})(\d)[MF<](\d{6})(\d)/g;
export const HEALTH = gated(/\b(?:diagnos(?:is|ed|e)|dx:|chemo(?:therapy)?|chimio(?:th[ée]rapie)?|quimio(?:terapia)?|stage [1-4]\b|hiv(?:\+| positive)|bipolar|schizophreni\w*|psychosis|cancer|c[áa]ncer|cancro|krebs|tumou?r|dementia|alzheimer'?s|miscarriage|pregnan\w*|enceinte|embarazada|schwanger|incinta|gr[áa]vida|zwanger|rehab|psychiatric|ptsd|epilep\w*|lithium|antidepressants?|insulin|metformin|dialysis|ckd|hiv|aids|hepatitis|diabetes|diab[èe]te|diabete|cukrzyc\w*|chlamydia|gonorrh\w*|syphilis|sexually transmitted|depression|d[ée]pression|depresi[oó]n|depressione|anxiety disorder|anorexia|bulimia|autis\w*|adhd|asthma|epipen|anaphyla\w*|(?:severe|life-threatening) \w+ allerg\w*|allergic to|sick leave for|overdose|self-harm|suicide attempt|opioid|methadone|hiv-positive|diagnostiserats|diagnostiziert|diagnosticad[oa]|diagnostiqu[ée]e?|diagnosticat[oa]|zdiagnozowan\w*|suivie? pour|in cura per|en tratamiento|in behandlung|dialy[sz]e|di[áa]lisis|dialisi|hemodi[áa]lise|insuline|insulina|chimioth[ée]rapie|quimioterapia|chemioterapia|chemotherapie|d[ée]pressi[fv]e?|schizophr[èe]ne|esquizofrenia|schizofrenia|[ée]pilepsie|epilepsia|diab[ée]tique|diab[ée]tico|alzheimer|parkinson|vih|s[ée]ropositi[fv]e?|sieropositiv[oa]|embarazo|grossesse|schwangerschaft|gravidanza|gravidez|off sick with|signed off (?:sick|with)|in hospital (?:with|for|after)|hospitali[sz]ed|(?:had|having|needs?|recovering from) (?:surgery|an operation|a (?:stroke|heart attack|breakdown|miscarriage))|recovering from|treatment for|therapy for|medication for|(?:anxiety|physio(?:therapy)?|counsel+ing|therapy|fertility|ivf|psychiatr\w*|psycholog\w*) (?:treatment|appointments?|sessions?)|prescribed|pneumonia|covid|long covid|burnout|mental health|rehab for|addiction|alcoholism|eating disorder)\b|\b\d{2,4} ?mg\b/i);
const PERSON_MARKER = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Pp]atient|[Pp]aciente|[Pp]atiente|[Cc]aller|[Ee]mployee|[Cc]lient|[Cc]liente|[Cc]ustomer|[Mm]r|[Mm]rs|[Mm]s|[Hh]on|[Hh]an|[Ee]lle|[Ee]lla|[Ee]le|[Ee]la|[Ss]ie|[Ll]ei|[Ll]ui|[Zz]ij|[Hh]ij|[Oo]na|[Mm]a m[èe]re|[Mm]on p[èe]re|[Mm]i (?:madre|padre|hij[oa])|[Mm]inha m[ãa]e|[Mm]eu pai|[Mm]ia madre|[Mm]io padre|[Mm]eine (?:Mutter|Frau|Tochter)|[Mm]ein (?:Vater|Mann|Sohn)|[Mm]aman|[Pp]apa|[Mm]y (?:mum|mom|dad|mother|father|wife|husband|son|daughter|sister|brother)|[A-Z][a-z]+ (?:is|has|was|started|shared|tested|said|told|takes|carries)|[A-Z][a-z]+ [A-Z][a-z]+ \(|[A-Z][a-z]+ [A-Z][a-z]+, (?:DOB|born|age))\b/;
/** Role nouns that name no one: "if an employee is off sick", "any patient", the Employee Assistance Programme. */
/**
 * Someone named the way rosters and notices to a group name people, in any Latin-script language:
 * a first name and an initial ("Noah W. (", "Ethan B -"), an initial and a surname ("J. Okafor"),
 * two "Name - …" entries of a list, or a first name with a third-person verb ("Lucía está",
 * "Jana ist", "Karim est"). German capitalises nouns too ("Die Schulung ist"): only with a health
 * word that is not a talk's or a course's topic does it count (scanPersonalData).
 */
const NAMED_IN_NOTICE = new RegExp(
  String.raw`(?<!\p{L})\p{Lu}\p{Ll}+ \p{Lu}\.?(?=\s*[-–(:,]|\s+(?:is|has|was)\b)` +
    String.raw`|(?<![\p{L}\p{N}.])\p{Lu}\. (?!(?:The|This|That|These|It|We|I|You|He|She|They|A|An|Our|My|Please|Thanks)\b)\p{Lu}\p{Ll}{2,}` +
    String.raw`|(?<!\p{L})\p{Lu}\p{Ll}+ [-–] [^,;\n]{2,60}[,;\n]\s*\p{Lu}\p{Ll}+(?: \p{Lu}\.?)? [-–] ` +
    String.raw`|(?<!\p{L})\p{Lu}\p{Ll}+ (?:est[aá]|tiene|sufre|padece|ist|hat|leidet|est|souffre|[eè]|soffre|tem|sofre|jest|ma|choruje)(?!\p{L})`,
  'u',
);
const GENERIC_ROLE = /\b(?:[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach|[Nn]o)\s+(?:patient|paciente|patiente|caller|employee|client|cliente|customer)\b|\b[Ee]mployee [Aa]ssistance\b/g;
/** A character in a book, film or series: their health is the story's, not a real person's. */
const STORY = gated(/\b(?:chapter|novel|book club|episode|season finale|protagonist|narrator|the (?:main )?character)\b/i);
/** A record's health field with a value ("medical_notes": "whiplash…"): the record's person's health, whatever the words. */
/** A health field with a value; "None" or "N/A" says there is nothing to tell. */
const HEALTH_FIELD = gated(/\b(?:medical|health|clinical)[_ ]?(?:notes?|history|conditions?|info)["']?\s*[:=]\s*["']?(?!(?:none|n\/?a|nil|no)\b)\w|\b(?:diagnosis|medications?|conditions)["']?\s*[:=]\s*["']?(?!(?:none|n\/?a|nil|no)\b)\w/i);
/** Record fields with values ("home_address": "…", salary=64000): a row about a person. */
const RECORD_FIELDS = gated(/\b(home[_ ]?address|date[_ ]of[_ ]birth|dob|salary|passport[_ ]?(?:no|number)|national[_ ]id|driver'?s[_ ]licen[cs]e)["']?\s*[:=]\s*["']?[\w£$€]/gi);
/** Named people with amounts in one line ("Maria Lopez $12,500; Devon Hart $9,000"). */
const PERSON_AMOUNT_INLINE = /\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+| \p{Lu}\.?){1,2}[\s:,–-]+[$€£]?\s?(?:\d{1,3}(?:[,. ]\d{3})+(?:\.\d\d)?|\d{2,3}k)(?=\s*(?:[;,]|$|\n|\.\s|\.$))/gmu;
/** A list of people with amounts under a pay heading: individual salaries. */
const PAY_HEADING = gated(/\b(?:salar(?:y|ies)|pay(?:roll| bands?| rises?| review)?|wages?|bonus(?:es)?|compensation|remuneration|sueldos?|salarios?|salaires?|geh[äa]lter|gehalt|stipendi|sal[áa]rios?|pensj[ae]|l[öo]n(?:er)?)\b/i);
const PERSON_AMOUNT = /^[-*•\s]*\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+){1,2}[\s:,–-]+[$€£]?\s?\d{1,3}(?:[,. ]\d{3})+(?:\.\d\d)?\b|^[-*•\s]*\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+){1,2}[\s:,–-]+[$€£]?\s?\d{2,3}k\b/gmu;

/** Processors' published test numbers (Stripe, Braintree, Adyen docs): they charge nobody. */
const TEST_CARDS = new Set(['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3056930009020004', '36227206271667', '3566002020360505', '6200000000000005', '4111111111111111', '4012888888881881', '4000000000000002', '4000000000009995']);

/** An address at a domain kept for examples and tests reaches nobody. */
const PLACEHOLDER_EMAIL = /@(?:[\w-]+\.)*(?:example|test|invalid|localhost)(?:\.[a-z]{2,})?\b/i;
const ROW_EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/;
const ROW_PHONE = /(?<![\d.])\+?\d(?:[\s-]?\d){9,13}(?![\d.])/;
const ROW_DATE = /\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}\b/;

/**
 * Rows about people (CSV lines, `;`-separated lists, URL-encoded payloads): each a real email
 * with a phone, a street address or a date beside it. One such row is someone's contact card; two
 * or more are a list of people's records, which is what a pasted export or a leaked client list is.
 */
function recordsOfPeople(text: string): number {
  let decoded = text;
  if (/%[0-9A-F]{2}/i.test(text)) {
    try { decoded = decodeURIComponent(text.replace(/\+/g, ' ')); } catch { /* not URL-encoded after all */ }
  }
  let rows = 0;
  for (const row of decoded.split(/[\n;]/)) {
    const email = row.match(ROW_EMAIL);
    if (!email || PLACEHOLDER_EMAIL.test(email[0])) continue;
    if (ROW_PHONE.test(row) || ROW_DATE.test(row) || hasAddress(row)) rows++;
  }
  return rows;
}

/**
 * The card number in a run of digit groups. The run can swallow what follows a card typed in one
 * line ("4539 1488 0343 6467 09 29"): when the whole run is no card, its leading groups are tried.
 */
function cardIn(run: string): string | null {
  const whole = run.replace(/[ -]/g, '');
  if (cardValid(whole)) return whole;
  const groups = run.split(/[ -]/);
  let digits = '';
  for (let i = 0; i < groups.length - 1; i++) {
    digits += groups[i];
    if (digits.length > 19) break;
    if (digits.length >= 13 && cardValid(digits)) return digits;
  }
  return null;
}

/** `hints` is the user's request, read only for the label of a short typed value ("enter my SIN"). */
/**
 * `message`: the text is a message to people, where a role noun with "a"/"any" and a story's
 * characters name no one. Files written into published places keep the stricter reading (a
 * support macro's "if a customer mentions…" is how such files address everyone they reach).
 */
export function scanPersonalData(text: string, hints = '', message = false): ContentFinding[] {
  const out: ContentFinding[] = [];
  // Every number shape below (cards to passports) has a digit in each match: most messages have
  // none, and skip them all.
  const digits = /\d/.test(text);
  const numbers = (re: RegExp, s: string) => (digits ? matchesOf(re, s) : NONE);
  const labelled = (re: RegExp, s: string) => (digits ? gatedMatches(re, s) : NONE);
  for (const m of numbers(CARD, text)) {
    const digits = cardIn(m[0]);
    if (digits && !TEST_CARDS.has(digits)) out.push({ detector: 'personal_data', kind: 'card_number', risk: 0.85, reason: `a payment card number (Luhn-valid, ending ${tail4(digits)})` });
  }
  // Card data as people write it to someone: the number with its expiry and security code, whatever its checksum.
  const written = digits && execIf(CARD_WITH_CVC, text);
  if (written && !out.length && !TEST_CARDS.has(written[1].replace(/[ -]/g, ''))) out.push({ detector: 'personal_data', kind: 'card_number', risk: 0.85, reason: `a payment card number with its expiry and security code (ending ${tail4(written[1])})` });
  const upper = digits ? text.toUpperCase() : text;
  const ownAccount = digits && paysTheWriter(text);
  for (const m of ownAccount ? NONE : numbers(IBAN, upper)) {
    const iban = m[0].replace(/ /g, '');
    if (ibanValid(iban)) out.push({ detector: 'personal_data', kind: 'iban', risk: 0.6, reason: `a bank account number (IBAN, checksum valid, ending ${tail4(iban)})` });
  }
  for (const m of numbers(SSN, text)) {
    if (ssnValid(m[1], m[2], m[3])) out.push({ detector: 'personal_data', kind: 'ssn', risk: 0.85, reason: `a US social security number (ending ${m[3]})` });
  }
  for (const m of labelled(SSN_LABELLED, text)) {
    if (!out.some((f) => f.kind === 'ssn') && ssnValid(m[1], m[2], m[3])) out.push({ detector: 'personal_data', kind: 'ssn', risk: 0.85, reason: `a labelled US social security number (ending ${m[3]})` });
  }
  for (const m of numbers(DNI, upper)) {
    const id = m[1].replace(/[ -]/g, '');
    if (dniValid(id)) out.push({ detector: 'personal_data', kind: 'national_id', risk: 0.8, reason: `a Spanish DNI/NIE (check letter valid, ending ${tail4(id)})` });
  }
  for (const m of labelled(BSN, text)) {
    const id = m[1].replace(/\./g, '');
    out.push({ detector: 'personal_data', kind: 'national_id', risk: bsnValid(id) ? 0.8 : 0.65, reason: `a Dutch BSN (${bsnValid(id) ? '11-check valid' : 'labelled, checksum fails'}, ending ${tail4(id)})` });
  }
  for (const m of labelled(CPF, text)) {
    const id = (m[1] ?? m[2]).replace(/[.-]/g, '');
    if (cpfValid(id)) out.push({ detector: 'personal_data', kind: 'national_id', risk: 0.8, reason: `a Brazilian CPF (check digits valid, ending ${tail4(id)})` });
    else if (m[2]) out.push({ detector: 'personal_data', kind: 'national_id', risk: 0.65, reason: 'a labelled Brazilian CPF (check digits fail)' });
  }
  for (const m of numbers(NIR, upper)) {
    const id = m[1].replace(/ /g, '');
    const valid = nirValid(id);
    if (valid || testIf(NIR_LABEL, text)) out.push({ detector: 'personal_data', kind: 'national_id', risk: valid ? 0.8 : 0.65, reason: `a French social security number (NIR, ${valid ? 'key valid' : 'labelled, key fails'})` });
  }
  for (const m of labelled(NHS, text)) {
    const id = m[1].replace(/[ -]/g, '');
    out.push({ detector: 'personal_data', kind: 'national_id', risk: nhsValid(id) ? 0.8 : 0.65, reason: `a UK NHS number (${nhsValid(id) ? 'mod-11 check valid' : 'labelled, check digit fails'}, ending ${tail4(id)})` });
  }
  for (const m of labelled(MY_NUMBER, text)) {
    const id = m[1].replace(/ /g, '');
    out.push({ detector: 'personal_data', kind: 'national_id', risk: myNumberValid(id) ? 0.8 : 0.65, reason: `a Japanese My Number (${myNumberValid(id) ? 'check digit valid' : 'labelled, check digit fails'})` });
  }
  for (const m of numbers(MRZ, upper)) {
    const valid = mrzCheck(m[1]) === Number(m[2]) && mrzCheck(m[4]) === Number(m[5]) && mrzCheck(m[6]) === Number(m[7]);
    out.push({ detector: 'personal_data', kind: 'passport', risk: 0.8, reason: `a passport machine-readable zone (${valid ? 'check digits valid' : 'passport layout'})` });
  }
  for (const id of findNationalIds(text, hints)) {
    if (!out.some((f) => f.kind === 'national_id' && f.reason.includes(tail4(id.id)))) out.push({ detector: 'personal_data', kind: 'national_id', risk: 0.8, reason: `${id.name} (ending ${tail4(id.id)})` });
  }
  const dob = digits && hasDateOfBirth(text);
  const health = (testIf(HEALTH, text) && !(message && testIf(STORY, text)) && (PERSON_MARKER.test(message ? text.replace(GENERIC_ROLE, ' ') : text) || dob || (message && NAMED_IN_NOTICE.test(text) && !aboutAHealthTopic(text)))) || (testIf(HEALTH_FIELD, text) && (hasEmail(text) || hasPhone(text) || dob)) || (message && !testIf(STORY, text) && aboutSomeonesHealth(text));
  // Allergies and the doses to give, told to whoever looks after a child or an animal (care-note.ts).
  if (health && !careNote(text)) out.push({ detector: 'personal_data', kind: 'health', risk: dob ? 0.8 : 0.7, reason: `health details about a person${dob ? ', with their date of birth' : ''}` });
  const fields = new Set(gatedMatches(RECORD_FIELDS, text).map((m) => m[1].toLowerCase().replace(/[_ ]/g, '')));
  if (fields.size >= 2) out.push({ detector: 'personal_data', kind: 'personal_record', risk: 0.7, reason: `a personal record (${[...fields].slice(0, 3).join(', ')})` });
  // Identity parts are read lazily: a birth date first, then what could make it identifying.
  if (dob && !out.some((f) => f.kind === 'personal_record' || f.kind === 'health')) {
    const parts = [hasAddress(text) && 'address', hasPhone(text) && 'phone', hasEmail(text) && 'email'].filter(Boolean);
    if (parts.length || out.length) out.push({ detector: 'personal_data', kind: 'personal_record', risk: 0.75, reason: `a date of birth with other identifying details (${parts.join(', ') || 'an identifier'})` });
  } else if (!dob && digits && hasPhone(text) && hasAddress(text) && !arrangesAMeeting(text)) {
    // Contact details alone are what people give shops and couriers; published or broadcast they are not.
    out.push({ detector: 'personal_data', kind: 'contact_details', risk: 0.45, reason: 'a home address and phone number' });
  }
  const people = recordsOfPeople(text);
  if (people >= 2 && !out.some((f) => f.kind === 'personal_record')) out.push({ detector: 'personal_data', kind: 'personal_record', risk: 0.75, reason: `records of ${people} people (an email with a phone, address or date each)` });
  const born = digits ? namedBirthDates(text) : 0;
  if (born >= 2 && !out.some((f) => f.kind === 'personal_record')) out.push({ detector: 'personal_data', kind: 'personal_record', risk: 0.75, reason: `dates of birth of ${born} named people` });
  if (testIf(PAY_HEADING, text)) {
    const rows = text.match(PERSON_AMOUNT) ?? text.match(PERSON_AMOUNT_INLINE) ?? [];
    if (rows.length >= 2) out.push({ detector: 'personal_data', kind: 'salaries', risk: 0.75, reason: `individual pay of ${rows.length} named people` });
  }
  return out;
}
