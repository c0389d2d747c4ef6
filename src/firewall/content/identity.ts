import { gated, testIf } from './literal-gate.js';

// The parts of a person's identity that are harmless one at a time and identifying together: a
// date of birth (written as one: "DOB 14/03/1988", "geboren am", "nascido a", "date_of_birth":
// "1961-08-19"), a home address (a numbered street, a postcode), a phone number and an email. A
// date that is not labelled as a birth date (an appointment, a deadline) is not one; a birthday
// wish carries no year.

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus';
const DATE = String.raw`(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:${MONTHS})\.?,?\s+(?:de\s+)?(?:19|20)\d{2}|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{4}年\d{1,2}月\d{1,2}日)`;
const DOB_LABEL = String.raw`(?:\bdob\b|\bd\.o\.b\.?|\bdate[ _]of[ _]birth\b|\bbirth[ _]?date\b|\bdate_?of_?birth\b|\bbirthdate\b|\bborn(?: on| in)?\b|\bgeboren(?: am| op)?\b|\bgeburtsdatum\b|\bgeb\.|\bfecha de nacimiento\b|\bnacid[oa] (?:el|en)\b|\bf\. ?nac\.?|\bdate de naissance\b|\bn[ée]e? le\b|\bdata di nascita\b|\bnat[oa] il\b|\bdata de nascimento\b|\bnascid[oa] (?:a|em)\b|\bgeboortedatum\b|\bdata urodzenia\b|\burodzon[ya]\b|\bf[öo]delsedatum\b|\bf[öo]dd(?: den)?\b|\bf[øo]dt(?: den)?\b|\bsyntynyt\b|\bnarozen[aáý]?\b|\bdo[ğg]um tarihi\b|\bf[øo]dselsdato\b|\bsyntym[äa]aika\b|生年月日|出生日期|생년월일|дата рождения)`;
const DOB = gated(new RegExp(String.raw`${DOB_LABEL}["']?\s*(?:[:=]|is|es|est|ist|è|é|\()?\s*["']?\s*(${DATE})`, 'i'));

const STREET_TYPES = 'st|street|rd|road|ave|avenue|ln|lane|way|grove|dr|drive|ct|court|pl|place|close|crescent|terrace|blvd|boulevard|sq|square|row|hill|gardens|parkway|walk|mews|alley|highway|hwy';
const STREET_EN = new RegExp(String.raw`\b\d{1,5}[a-zA-Z]?,?\s+(?:[A-Z][\w'.-]+\s+){1,4}(?:${STREET_TYPES.split('|').map((t) => `[${t[0].toUpperCase()}${t[0]}]${t.slice(1)}`).join('|')})\b\.?`);
const STREET_EU = gated(/\b(?:calle|c\/|carrer|avenida|av\.|rua|travessa|largo|rue|avenue|boulevard|chemin|via|viale|piazza|corso|stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|straat|laan|plein|gracht|ul\.|ulica|aleja|al\.)\s+(?:[A-Za-zÀ-ÿ'.-]+\s+){0,4}\d{1,4}[a-z]?\b/i);
const STREET_COMPOUND = /\b[A-ZÄÖÜÅØÆ][a-zäöüßåøæ-]+(?:stra(?:ß|ss)e|str\.|weg|gasse|straat|laan|gatan|v[äa]gen|veien|vej)\s+\d{1,4}[a-z]?\b/;
const ADDRESS_LABEL = gated(/\b(?:home address|address|lives at|living at|resides at|morada|mora na|mora em|domicilio|direcci[oó]n|vive en|adresse|habite|wohnt in|wohnhaft|anschrift|indirizzo|abita|adres|woont|adres zamieszkania|mieszka)\b\s*[:=]?\s*\S/i);
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b|\b\d{4} ?[A-Z]{2}\b(?= \p{Lu})|\b\d{5}\s+\p{Lu}\p{Ll}+/u;
const PHONE = gated(/(?:\b07\d{3} ?\d{3} ?\d{3}\b|\(\d{3}\) ?\d{3}-\d{4}\b|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{2,4}(?:[\s.-]?\d{2,4})?|\b(?:tel|tel\.|phone|mobile|mob|cell|t[ée]l[ée]phone|telefone|tel[ée]fono|telefon|handy|móvil|movil|cellulare|telefoon)\b[.:=]?\s*\(?0?\d[\d\s().-]{6,14}\d)/i);
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/;

export interface Identity {
  dob: boolean;
  address: boolean;
  phone: boolean;
  email: boolean;
}

export function identityParts(text: string): Identity {
  return { dob: testIf(DOB, text), address: hasAddress(text), phone: testIf(PHONE, text), email: EMAIL.test(text) };
}

export function hasAddress(text: string): boolean {
  return STREET_EN.test(text) || testIf(STREET_EU, text) || STREET_COMPOUND.test(text) || (testIf(ADDRESS_LABEL, text) && POSTCODE.test(text));
}

export function hasPhone(text: string): boolean {
  return testIf(PHONE, text);
}

export function hasEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** A labelled date of birth alone (used with other evidence: health details, an id). */
export function hasDateOfBirth(text: string): boolean {
  return testIf(DOB, text);
}

/**
 * A roster of people with their birth dates, unlabelled: "Margaret Ellis, 14/03/1951; Stanley Burke,
 * 02/07/1948". A full date of a year long past right after a person's name is when they were born (an
 * appointment or a deadline is this year's or next); one such pair may be a historical figure, two
 * or more are a list of people.
 */
const NAMED_OLD_DATE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,2},?\s*\(?\s*(?:\d{1,2}[./-]\d{1,2}[./-](19\d{2}|200\d)|(19\d{2}|200\d)-\d{2}-\d{2})\b/gu;

/** Rows said to be invented, and the names people give invented rows. */
const INVENTED = /\b(?:synthetic|made[- ]up|fake|dummy|sample data|test data|fictional|anonymi[sz]ed)\b/i;
const PLACEHOLDER_NAME = /\b(?:Test|Sample|Example|Dummy|Fake|Doe|Foo|Bar|Patient|User)\b/;

export function namedBirthDates(text: string): number {
  if (!/(?:19\d{2}|200\d)/.test(text) || INVENTED.test(text)) return 0;
  return [...text.matchAll(NAMED_OLD_DATE)].filter((m) => !PLACEHOLDER_NAME.test(m[0])).length;
}
