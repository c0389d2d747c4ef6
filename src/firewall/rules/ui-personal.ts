import { namedBirthDates } from '../content/identity.js';
import { gathersOnly } from './ui-amount.js';

// Personal data a page is about to receive: a form, a chat or a post that carries a person's date of
// birth, identity numbers or documents, health, pay or a named person's home address. A click or
// the submit key carries only a ref or coordinates; the request names what the filled-in form
// holds ("name, address, date of birth … it's the 'Submit check' button"), as it does for the
// agent. Downloading or reading a page sends nothing; test data ("fake", "dummy", a fixture, localhost) is nobody's.

const LATIN = String.raw`dates? of birth|birth ?dates?|dob|passports?(?: scans?| numbers?| copies)?|national (?:id|insurance)(?: numbers?)?|id (?:numbers?|cards?|scans?|cop(?:y|ies)|documents?)|ssn|social security(?: numbers?)?|aadhaar|pan(?: card)?|nik|ktp|kennitala|pesel|nir|cpf|curp|bvn|nin|bsn|tax (?:id|number|file number)|tfn|kyc(?: pack| documents?)?|salary|salaries|payslips?|pay slips?|bank statements?|medical(?: forms?| records?| history| notes?)?|diagnos[ei]s|allerg(?:y|ies)(?: notes?)?|patient(?:'s|s'|s)? (?:details|data|records?|history|name|notes?)|(?:his|her|their|all (?:her|his|their)) (?:medical )?history|prescriptions?|(?:\p{L}+'s|his|her|their|everyone'?s) (?:home )?address(?:es)?|home address(?:es)?|adres(?:em)? domow\p{L}*|domicilio|direcci[óo]n (?:de casa|particular)|adresse (?:personnelle|du domicile)|wohnadresse|privatadresse|indirizzo di casa|ev adresi|cv|r[ée]sum[ée]|criminal record|fecha de nacimiento|data de nascimento|nasc\.|date de naissance|geburtsdatum|data di nascita|data urodzenia|pasaporte|passaporte|passeport|reisepass|paszport|pasaport|kimlik(?: no| numaras[ıi])?|diagn[óo]stico|historia cl[íi]nica|prontu[áa]rio|dossier m[ée]dical|krankenakte|sal[áa]rio|salaire|gehalt|stipendio|wynagrodzenie|n[óo]mina|holerite|fiche de paie|busta paga`;
/** Scripts without spaces between words, and Hebrew and Arabic, where a word boundary is not a letter test. */
const OTHER = String.raw`תאריך לידה|תעודת זהות|ת"ז|אבחנה|تاريخ الميلاد|رقم (?:الهوية|البطاقة|القومي)|التشخيص|マイナンバー|生年月日|診断|身份证|身分證|出生日期|病历|주민등록|생년월일|진단|เลขพาสปอร์ต|พาสปอร์ต|บัตรประชาชน|วันเกิด|आधार|जन्म तिथि|पासपोर्ट`;
const SENSITIVE = new RegExp(String.raw`(?<![\p{L}\d])(?:${LATIN})(?![\p{L}])|${OTHER}`, 'iu');
const TEST_DATA = /\b(?:fake|dummy|test data|sample data|made[- ]up|fixtures?|localhost|127\.0\.0\.1|placeholder|lorem ipsum)\b/i;

/** What kind of personal data the press or the typing carries, by the words that name it. */
export function carriesPersonalData(label: string, typed: string, request: string): string | null {
  if (TEST_DATA.test(request) || TEST_DATA.test(typed) || gathersOnly(label, request)) return null;
  const m = SENSITIVE.exec(typed) ?? SENSITIVE.exec(label) ?? SENSITIVE.exec(request);
  if (m) return m[0];
  return namedBirthDates(typed) >= 2 ? 'names with dates of birth' : null;
}
