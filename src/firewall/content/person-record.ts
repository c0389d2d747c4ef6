import { normalize } from '../crisis/normalize.js';
import { GREETING } from './greeting.js';
import { hasAddress, hasDateOfBirth, hasPhone } from './identity.js';
import { arrangesAMeeting } from './arrangement.js';
import { HEALTH } from './personal-data.js';
import { careNote } from './care-note.js';
import { execIf, gated, testIf } from './literal-gate.js';
import type { ContentFinding } from './types.js';

// A record about an identifiable person, in any language: someone named (or "she", "the tenant",
// a passport number) together with what harms them when it leaves to others: health, a criminal
// or court matter, an identity document's number, immigration status, where they now live or
// stay, being a journalist's source (strong, one is enough), or a birth date, address, pay and
// debts, children, grades, a divorce or custody (weak, two are needed). No single checksum or
// label decides it: the combination does. Told to the person themselves ("Hi Jonas, your
// review…") or about the writer ("my name is…, I was diagnosed…") it is ordinary.

// Attribute patterns run on normalize()d text: lower case, accents removed.
const STRONG: Array<[kind: string, re: RegExp]> = [
  ['health', gated(/\b(?:multiple sclerosis|multipler? sklerose|sclerose en plaques|esclerosis multiple|sclerosi multipla|esclerose multipla|heart failure|hjartsvikt|herzinsuffizienz|insuffisance cardiaque|infart\w*|infarct\w*|heart attack|herzinfarkt|depress\w*|depresj\w*|depresy\w*|dyslexi\w*|dislessi\w*|dislexi\w*|alcohol (?:dependence|abuse|addiction)|alkoholabh\w*|drug test|drogentest|diagnos\w*|diagnoz\w*|leidet (?:an|seit|unter)|souffre d[e']|sufre de|soffre di|sofre de|treated for|in treatment for|behandelt wegen|ricoverat\w*|ingresad[oa]|internad[oa]|krankgeschrieben|sick leave|sickness absences?|occupational health|fit notes?|gp notes?|arret maladie|baja medica|afastad[oa] por|hiv|cancer|krebs|chemo\w*|psychiatr\w*|psiquiatr\w*|f\d{2}\.\d)\b/)],
  ['legal', gated(/\b(?:convict\w*|conviction|criminal record|court case|on trial|charged with|arrested|probation|restraining order|police caution|dui|dwi|verurteilt|vorstraf\w*|strafverfahren|condamne\w*|casier judiciaire|antecedentes penales|condenad[oa]|condannat[oa]|precedenti penali|processo penale|ficha criminal)\b/)],
  ['id_number', gated(/\b(?:passports?|passeport|pasaporte|passaporto|passaporte|reisepass|paszport|paspoort|pass(?:nummer|nr)|ausweis\w*|id card|identity card|carte d'identite|amka|pesel|codice fiscale|steuer-?id|steueridentifikationsnummer|tax id|national insurance|ni number|aadhaar|personnummer|fodselsnummer|henkilotunnus|rodne cislo|tc kimlik|ssn(?: last ?4| ending)?|social security)\b[^\n\d]{0,80}?\b[a-z]{0,2} ?\d[\d ]{4,}\d\b/)],
  ['immigration', gated(/\b(?:visa|asylum|refugee|residence permit|temporary protection|undocumented|immigration status|work permit|aufenthalt\w*|duldung|asyl\w*|titre de sejour|sans[- ]papiers|permiso de residencia|asilo|permesso di soggiorno|rifugiat\w*|refugiad[oa]|deport\w*)\b/)],
  ['source', gated(/\b(?:(?:our|my|the) (?:source|informant|whistleblower|tipster)|(?:nuestra|la) fuente|(?:unsere|die) quelle|(?:notre|la) source)\b/)],
];
const WEAK: Array<[kind: string, re: RegExp]> = [
  ['finance', gated(/\b(?:salary|salario|salaire|gehalt|stipendio|salario|nomina|loon|lon|pay)\b[^\n]{0,20}\d|\b(?:pre-?approved|mortgage|debt|deuda|schulden|dette|divida|debito|arrears|universal credit|on benefits|burgergeld|sozialhilfe|credit score|bankrupt\w*|card ending \d{4}|card last ?4)\b/)],
  ['children', gated(/\b(?:kids?|children|son|daughter|kinder|tochter|sohn|enfants?|fille|fils|hij[oa]s|figli[oa]?|filh[oa]s)\b[^\n]{0,40}(?:\(\d{1,2}\)|\b(?:school|primary|escuela|colegio|ecole|schule|scuola|escola)\b)/)],
  ['grades', gated(/\b\d{1,2}(?:[.,]\d)?\/20\b|\b(?:grades?|gpa|moyenne|calificaciones|noten|voti|iep|ehcp)\b/)],
  ['private_life', gated(/\b(?:divorc\w*|separated|separad[oa]s|parents separes|getrennt|custody|garde (?:chez|alternee)|custodia|sorgerecht|affair|sexual orientation)\b/)],
];
/** Where someone now lives or stays, with a sign that they moved or a routine to find them. */
const LOCATION = gated(/\broom \d+\b|\bstaying (?:at|with)\b|\bat (?:her|his|their) (?:sister|brother|mother|mum|mom|father|dad|parents|friend)'?s\b/);
const WHEREABOUTS_CUE = gated(/\b(?:new (?:address|number|flat|home|place)|moved (?:in|to|out|house)|changed (?:her|his|their) number|staying (?:at|with)|now lives|lives at|(?:usually|always) (?:back|home|gets home|comes home)|gets home (?:around|at|by)|nueva direccion|se mudo|nouvelle adresse|a demenage|neue adresse|umgezogen|wohnt jetzt|nuovo indirizzo|si e trasferit\w*|novo endereco|mudou-se)\b/);

/**
 * Someone the text is about: a titled name, or a full name that a record or a sentence about
 * them follows ("Petr Novak, DOB…", "Karen Whitlow (07700…", "Tomasz Wójcik was…"), which
 * course titles and book names ("Mental Health First Aid course") are not.
 */
const NAMED = /\b\p{Lu}\p{Ll}+(?:(?:\s+(?:de|da|van|von|del|di|dos|der|la|le))?\s+\p{Lu}[\p{Ll}'-]+){1,2}(?=\s*[,(:;]|\s+(?:was|is|has|had|lives|works|failed|got|says|said|told|born|n[ée]e?|nat[oa]|nacid[oa]|nascid[oa]|geb|f[öo]dd|ist|est|es|è|é)\b)|\b(?:Mr|Mrs|Ms|Miss|Dr|Frau|Herr|Mme|Mlle|Sr|Sra|Sig(?:nor|\.ra)?|il signor|la signora)\.?\s+\p{Lu}/u;
const THIRD_PERSON = gated(/\b(?:he|she|his|her|him|hers|the ex|elle|ella|ele|ela|dele|dela|lei|hij|zij|hon|han|patient\w*|paciente|paziente|tenant|inquilin[oa]|locataire|mieter\w*|employee|empleado|funcionari[oa]|mitarbeiter\w*|salarie|dipendente|pupil|student|eleve|alumn[oa]|schuler\w*|driver|client|cliente|customer|kunde|resident|applicant|candidate|buyers?)\b/);
/** The writer's own details ("my name is", "I was diagnosed") or the reader's ("your payslip"). */
const FIRST_PERSON = gated(/\b(?:my name is|i (?:was|have been|am being) (?:diagnosed|treated)|my (?:new |current |mailing |home |postal |billing )?(?:date of birth|dob|address|passport|diagnosis)|my own (?:details|particulars|data|info)|(?:we|i) (?:have )?moved|our new address|je m'appelle|me llamo|ich heisse|mi chiamo|meu nome|o meu nome|mijn naam|mein name ist|me chamo|nazywam sie|jmenuji se|benim adim|меня зовут|nama saya|ten toi la|jag heter|jeg heter|mitt namn)\b/);
const SECOND_PERSON = gated(/\b(?:your|you|votre|vous|tu|tus|su|sus|ihr|ihre|dein|deine|seu|sua|il tuo|la tua)\b/);

/** About the writer, or told to the person it is about: no third person in it. */
export function aboutSelfOrReader(text: string): boolean {
  const body = text.replace(GREETING, '');
  const n = normalize(body);
  if (testIf(THIRD_PERSON, n)) return false;
  return testIf(FIRST_PERSON, n) || (testIf(SECOND_PERSON, n) && !NAMED.test(body));
}

/** Everyone's details of one kind at once: "home addresses for all 14 applicants", "the salaries of our staff". */
const PEOPLES_DETAILS = gated(/\b(?:home addresses|addresses|dates of birth|birth ?dates|salaries|passport (?:numbers|scans|copies)|medical (?:records|notes|histories)|phone numbers|national insurance numbers|social security numbers|bank details|payslips|reference (?:checks?|check notes)|diagnoses|criminal records|id scans)\b[^\n.]{0,40}?\b(?:of|for) (?:all|every|each|the|our)?\s?(?:\d+ )?(?:applicants|candidates|staff|employees|customers|clients|patients|members|tenants|students|pupils|residents|volunteers|donors|users|drivers|workers|guests|consignees|travell?ers|passengers|attendees|participants|buyers|players|families|parents)\b/);

/** A list of many people's (or businesses') contact or identifying details, counted: "4,100 landlords with phone numbers and home addresses". */
const COUNTED_DETAILS = gated(/\b\d[\d,.]{2,}\s+(?:[a-z]+\s+){0,2}?(?:people|customers|clients|landlords|tenants|importers|exporters|businesses|companies|members|users|patients|donors|subscribers|contacts|leads|homeowners|parents|students|voters)\b[^\n.]{0,30}?\b(?:with|incl\w*|plus)\b[^\n.]{0,40}?\b(?:phone numbers|mobiles?|home addresses|addresses|e-?mails?|email addresses|eins?|ssns?|dates of birth|contact names|contact details|national insurance numbers|bank details)\b/);

/**
 * A group of people, or a list of them, said to come with their details: "the full guest list with
 * mobiles and medical notes", "Full DC1 roster incl. home addresses", "28 travellers with passport
 * numbers, DOBs and home addresses", "all our model releases with addresses and IDs". The message
 * describes what it hands over; the file itself is rarely in the call. One kind of detail is what
 * a stationer or a courier gets ("the guest list with addresses"): it takes two kinds, or one that
 * is only ever private (home addresses, identity documents, health). Its kind is not a
 * description of one person (index.ts's DESCRIPTIVE): "for your database" makes it no less a list
 * of other people.
 */
const DESCRIBED_SET = gated(/(?:\b(?:all|every|full|whole|complete|entire)\b[^\n.]{0,30}?\b(?:lists?|spreadsheet|sheet|export|database|folder|releases|records|files)|\b(?:the|our|this|full|whole|complete|entire)\b[^\n.]{0,30}?\b(?:roster|rota|manifest|register|directory|guest list|member(?:ship)? list|attendee list|contact list)|\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?(?:people|travell?ers|passengers|guests|attendees|buyers|customers|clients|members|participants|students|pupils|patients|drivers|workers|employees|staff|players|models|tenants|volunteers|donors|subscribers|families|children|residents|applicants|candidates|users))\b(?:[^\n.]|\.(?=\w)){0,40}?(?:\bwith|\bincl(?:uding|\.)?|\bplus|\bcontaining)\s([^\n]{0,80})/);
/** A private detail, as a list's column ("mobile") or in the plural; home addresses, identity papers, birth dates and health notes are private on their own. */
const DETAIL_KINDS: Array<[kind: string, re: RegExp, privateAlone: boolean]> = [
  ['phones', /\b(?:phone(?: numbers?)?|phones|mobiles?|mobile numbers?|cell(?: numbers?)?)\b/, false],
  ['addresses', /\b(?<!home )(?:addresse?s?|postcodes?|zip codes?)\b|\bhome (?:city|cities|towns?)\b/, false],
  ['home addresses', /\bhome address(?:es)?\b/, true],
  ['emails', /\b(?:e-?mails?|e-?mail addresses)\b/, false],
  ['identity papers', /\b(?:passports?(?: numbers?| scans| copies)?|(?<!(?:user|order|row|record|session|device|ad|product|item|event|job|message|ticket|account|customer|request|trace|file|page) )ids|id (?:numbers?|scans|copies)|national ids?|iins?|ssns?|licen[cs]e numbers?|birth certificates?)\b/, true],
  ['birth dates', /\b(?:dobs?|dates? of birth|birth ?dates?)\b/, true],
  ['health', /\b(?:medical|health|allergy)\b[^\n]{0,10}\bnotes\b|\b(?:diagnos[ie]s|medical histor(?:y|ies)|medical records)\b/, true],
];

/**
 * The text hands the list over ("attached", "here's", "sending", "for your database"): a retention
 * policy or a data map names the same lists and sends none of them. "Send me the roster with…"
 * asks for one.
 */
const HANDED_OVER = gated(/\b(?:attach\w*|here(?:'s| is| are)|enclos\w*|send(?:s|ing)?|sent|shar(?:e|es|ing)|forward\w*|upload\w*|export\w*|as (?:requested|discussed|promised|agreed)|for (?:your|you)|so (?:you|your))\b/);
const ASKS_FOR_IT = /\b(?:send|share|forward|email)\s+(?:me|us)\b/;

/** The details a described set of people comes with, when they are private enough to hold. */
function describedSet(n: string): string | null {
  const m = execIf(DESCRIBED_SET, n);
  if (!m || !testIf(HANDED_OVER, n) || ASKS_FOR_IT.test(n)) return null;
  const kinds = DETAIL_KINDS.filter(([, re]) => re.test(m[1]));
  return kinds.length >= 2 || kinds.some(([, , alone]) => alone) ? kinds.map(([k]) => k).join(', ') : null;
}

export function scanPersonRecord(text: string): ContentFinding[] {
  const counted = execIf(COUNTED_DETAILS, normalize(text));
  if (counted) return [{ detector: 'personal_data', kind: 'person_record', risk: 0.75, reason: `many people's details at once ("${counted[0].slice(0, 60)}")` }];
  const described = describedSet(normalize(text));
  if (described) return [{ detector: 'personal_data', kind: 'people_list', risk: 0.75, reason: `a list of people said to come with their ${described}` }];
  const bulk = execIf(PEOPLES_DETAILS, normalize(text));
  if (bulk) return [{ detector: 'personal_data', kind: 'person_record', risk: 0.75, reason: `people's details in bulk ("${bulk[0].slice(0, 60)}")` }];
  const body = text.replace(GREETING, '');
  const n = normalize(body);
  const strong = STRONG.filter(([, re]) => testIf(re, n)).map(([k]) => k);
  if (testIf(HEALTH, body) && !strong.includes('health')) strong.push('health');
  // A carer's instructions (allergies, doses to give) are no health record (care-note.ts).
  if (strong.includes('health') && careNote(body)) strong.splice(strong.indexOf('health'), 1);
  // The address of a party, a rehearsal or a delivery is a place to go, not where someone is found.
  const located = (hasAddress(body) || testIf(LOCATION, n)) && !arrangesAMeeting(body);
  if (located && testIf(WHEREABOUTS_CUE, n)) strong.push('whereabouts');
  const weak = WEAK.filter(([, re]) => testIf(re, n)).map(([k]) => k);
  if (/\d/.test(body) && hasDateOfBirth(body)) weak.push('birth date');
  if (located && !strong.includes('whereabouts')) weak.push('address');
  const weight = strong.length * 2 + weak.length;
  if (weight < 2) return [];
  // Health words alone are also what courses, reminders and book chats talk about: with only a
  // pronoun or a role to say who, they need a second kind of detail.
  const topical = strong.length === 1 && strong[0] === 'health' && weak.length === 0;
  const identified = strong.includes('id_number') || NAMED.test(body) || (!topical && testIf(THIRD_PERSON, n));
  if (!identified || aboutSelfOrReader(text)) return [];
  // An address or phone with a weak attribute is what a delivery note or a shop order carries.
  if (strong.length === 0 && weak.length === 2 && weak.includes('address') && !weak.includes('birth date')) return [];
  const what = [...strong, ...weak].slice(0, 4).join(', ');
  return [{ detector: 'personal_data', kind: 'person_record', risk: strong.length ? 0.78 : 0.72, reason: `a record about an identifiable person (${what})${hasPhone(body) ? ' with their phone number' : ''}` }];
}
