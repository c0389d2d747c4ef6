import { luhnValid } from './checksums.js';
import { matchesOf } from './matches.js';

// National identity and tax numbers beyond the few personal-data.ts has always known, as a table:
// each has its shape, its check (digits, letters or a date inside it), and whether it needs a label
// ("PESEL", "personnummer", "Steuer-ID") to be told apart from phone numbers and order ids. Formats
// distinctive enough on their own (an Italian codice fiscale, a Chinese resident id, a Swiss AHV
// number) count without one. A label may sit just before the number or, for a short typed value,
// in the user's request ("enter my SIN").

export interface NationalId {
  name: string;
  re: RegExp;
  /** Receives the match with separators removed (upper case). */
  valid: (id: string) => boolean;
  /** Required near the number unless null. */
  label: RegExp | null;
  /** A cheap test that must pass before `re` is scanned (the shape without its look-arounds). */
  pre?: RegExp;
}

const digits = (s: string) => [...s].map((c) => c.charCodeAt(0) - 48);

function weighted(id: string, weights: number[]): number {
  const d = digits(id);
  return weights.reduce((sum, w, i) => sum + w * d[i], 0);
}

function dateOk(yy: number, mm: number, dd: number): boolean {
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 && yy >= 0;
}

function pesel(id: string): boolean {
  const sum = weighted(id, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  const month = Number(id.slice(2, 4)) % 20;
  return (10 - (sum % 10)) % 10 === digits(id)[10] && month >= 1 && month <= 12;
}

/** ISO 7064 MOD 11,10 over the first ten digits (German tax id). */
function mod1110(id: string): boolean {
  let p = 10;
  for (let i = 0; i < 10; i++) {
    let s = (digits(id)[i] + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const check = (11 - p) % 10;
  return check === digits(id)[10] && id[0] !== '0';
}

const CF_ODD: Record<string, number> = {};
'0123456789'.split('').forEach((c, i) => (CF_ODD[c] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21][i]));
'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').forEach((c, i) => (CF_ODD[c] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i]));

function codiceFiscale(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = id[i];
    sum += i % 2 === 0 ? CF_ODD[c] : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === id[15];
}

function chineseId(id: string): boolean {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weighted(id.slice(0, 17), w);
  const check = '10X98765432'[sum % 11];
  const y = Number(id.slice(6, 10));
  return check === id[17] && y >= 1900 && y <= 2100 && dateOk(y, Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

function hetu(id: string): boolean {
  const m = /^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$/.exec(id);
  if (!m || !dateOk(0, Number(id.slice(2, 4)), Number(id.slice(0, 2)))) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[2]) % 31] === m[3];
}

function personnummer(id: string): boolean {
  const d = id.replace(/[-+]/, '');
  const ten = d.length === 12 ? d.slice(2) : d;
  return ten.length === 10 && dateOk(0, Number(ten.slice(2, 4)), Number(ten.slice(4, 6)) % 60) && luhnValid(ten);
}

function fodselsnummer(id: string): boolean {
  const k1 = 11 - (weighted(id, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
  const k2 = 11 - (weighted(id, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  const c1 = k1 === 11 ? 0 : k1;
  const c2 = k2 === 11 ? 0 : k2;
  return c1 < 10 && c2 < 10 && c1 === digits(id)[9] && c2 === digits(id)[10];
}

function belgian(id: string): boolean {
  const body = Number(id.slice(0, 9));
  const check = Number(id.slice(9));
  return 97 - (body % 97) === check || 97 - ((2_000_000_000 + body) % 97) === check;
}

function nifPt(id: string): boolean {
  const c = 11 - (weighted(id, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (c >= 10 ? 0 : c) === digits(id)[8] && /^[1235689]/.test(id);
}

function tckn(id: string): boolean {
  const d = digits(id);
  if (d[0] === 0) return false;
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  return ((odd * 7 - even) % 10 + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

function rrn(id: string): boolean {
  const sum = weighted(id, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  return dateOk(0, Number(id.slice(2, 4)), Number(id.slice(4, 6))) && (11 - (sum % 11)) % 10 === digits(id)[12];
}

const CURP_CHARS = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
function curp(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(id[i]) * (18 - i);
  return (10 - (sum % 10)) % 10 === Number(id[17]);
}

function rut(id: string): boolean {
  const body = id.slice(0, -1);
  let sum = 0;
  let m = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body[i]) * m;
    m = m === 7 ? 2 : m + 1;
  }
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === id.slice(-1);
}

function cuit(id: string): boolean {
  const r = 11 - (weighted(id, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (r === 11 ? 0 : r) === digits(id)[10] && /^(20|23|24|27|30|33|34)/.test(id);
}

function ean13(id: string): boolean {
  const sum = weighted(id.slice(0, 12), [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - (sum % 10)) % 10 === digits(id)[12];
}

function tfn(id: string): boolean {
  return weighted(id, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

function ppsn(id: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(id);
  if (!m) return false;
  const extra = m[3] && m[3] !== 'W' ? (m[3].charCodeAt(0) - 64) * 9 : 0;
  const sum = weighted(m[1], [8, 7, 6, 5, 4, 3, 2]) + extra;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === m[2];
}

function cnp(id: string): boolean {
  const sum = weighted(id, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]);
  const c = sum % 11 === 10 ? 1 : sum % 11;
  return c === digits(id)[12] && /^[1-8]/.test(id);
}

const VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
function verhoeff(id: string): boolean {
  let c = 0;
  const d = digits(id).reverse();
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d[i]]];
  return c === 0 && /^[2-9]/.test(id);
}

/** UK National Insurance number prefixes that are never issued. */
function nino(id: string): boolean {
  return !/^[DFIQUV]|^.[DFIOQUV]|^(BG|GB|KN|NK|NT|TN|ZZ)/.test(id);
}

export const NATIONAL_IDS: NationalId[] = [
  { name: 'a Polish PESEL', re: /(?<!\d)(\d{11})(?!\d)/g, valid: pesel, label: /\bpesel\b/i },
  { name: 'a German tax id (Steuer-ID)', re: /(?<!\d)(\d{2} ?\d{3} ?\d{3} ?\d{3})(?!\d)/g, valid: mod1110, label: /\b(?:steuer-?id|steuerliche identifikationsnummer|steueridentifikationsnummer|identifikationsnummer|idnr|tax id)\b/i },
  { name: 'an Italian codice fiscale', re: /\b([A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z])\b/gi, valid: codiceFiscale, label: null, pre: /[A-Z]{6}\d{2}[A-Z]\d{2}/i },
  { name: 'a Chinese resident id', re: /(?<![\dA-Z])(\d{17}[\dX])(?![\dA-Z])/gi, valid: chineseId, label: null, pre: /\d{17}/ },
  { name: 'a Finnish henkilötunnus', re: /\b(\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])\b/g, valid: hetu, label: null, pre: /\d{6}[-+A-FU-Y]\d{3}/ },
  { name: 'a Swedish personnummer', re: /(?<![\d-])((?:19|20)?\d{6}[-+]\d{4})(?![\d-])/g, valid: personnummer, label: null, pre: /\d{6}[-+]\d{4}/ },
  { name: 'a Swedish personnummer', re: /(?<!\d)((?:19|20)?\d{10})(?!\d)/g, valid: personnummer, label: /\b(?:personnummer|personnr|person-?nr)\b/i },
  { name: 'a Norwegian fødselsnummer', re: /(?<!\d)(\d{6} ?\d{5})(?!\d)/g, valid: fodselsnummer, label: /\b(?:f[øo]dselsnummer|personnummer|f\.?nr)\b/i },
  { name: 'a Danish CPR number', re: /(?<![\d-])(\d{6}-?\d{4})(?![\d-])/g, valid: (id) => dateOk(0, Number(id.slice(2, 4)), Number(id.slice(0, 2))), label: /\b(?:cpr(?:-?nr|-?nummer)?|personnummer)\b/i },
  { name: 'a Belgian national number', re: /(?<!\d)(\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})(?!\d)/g, valid: belgian, label: null, pre: /\d{2}\.\d{2}\.\d{2}-\d{3}/ },
  { name: 'a Belgian national number', re: /(?<!\d)(\d{11})(?!\d)/g, valid: belgian, label: /\b(?:rijksregister\w*|num[ée]ro national|national number|insz|nn)\b/i },
  { name: 'a Portuguese NIF', re: /(?<!\d)(\d{9})(?!\d)/g, valid: nifPt, label: /\b(?:nif|contribuinte|n\.?º? de contribuinte)\b/i },
  { name: 'a Turkish TC kimlik number', re: /(?<!\d)(\d{11})(?!\d)/g, valid: tckn, label: /\b(?:tc ?kimlik|tckn|kimlik no|t\.c\.)\b/i },
  { name: 'a Korean resident registration number', re: /(?<![\d-])(\d{6}-[1-8]\d{6})(?![\d-])/g, valid: (id) => rrn(id), label: null, pre: /\d{6}-[1-8]\d{6}/ },
  { name: 'a Mexican CURP', re: /\b([A-Z][AEIOUX][A-Z]{2}\d{6}[HM][A-Z]{5}[A-Z\d]\d)\b/gi, valid: curp, label: null, pre: /[A-Z]{4}\d{6}[HM]/i },
  { name: 'a Chilean RUT', re: /(?<![\d.])(\d{1,2}\.\d{3}\.\d{3}-[\dkK])(?![\d.])/g, valid: rut, label: null, pre: /\.\d{3}\.\d{3}-/ },
  { name: 'an Argentine CUIT/CUIL', re: /(?<![\d-])(\d{2}-\d{8}-\d)(?![\d-])/g, valid: cuit, label: null, pre: /\d{2}-\d{8}-\d/ },
  { name: 'a Swiss AHV number', re: /(?<![\d.])(756\.?\d{4}\.?\d{4}\.?\d{2})(?![\d.])/g, valid: ean13, label: null, pre: /756\.?\d{4}/ },
  { name: 'an Australian tax file number', re: /(?<!\d)(\d{3} ?\d{3} ?\d{3})(?!\d)/g, valid: tfn, label: /\b(?:tfn|tax file number)\b/i },
  { name: 'an Irish PPS number', re: /\b(\d{7}[A-W][A-IW]?)\b/gi, valid: ppsn, label: /\b(?:ppsn?|pps number|personal public service)\b/i },
  { name: 'a Romanian CNP', re: /(?<!\d)(\d{13})(?!\d)/g, valid: cnp, label: /\b(?:cnp|cod numeric personal)\b/i },
  { name: 'an Indian Aadhaar number', re: /(?<!\d)(\d{4} ?\d{4} ?\d{4})(?!\d)/g, valid: verhoeff, label: /\b(?:aadhaa?r|uidai|आधार)\b/i },
  { name: 'a Canadian social insurance number', re: /(?<!\d)(\d{3}[ -]?\d{3}[ -]?\d{3})(?!\d)/g, valid: luhnValid, label: /\b(?:sin|social insurance(?: number)?|nas|num[ée]ro d'assurance sociale)\b/i },
  { name: 'a South African id number', re: /(?<!\d)(\d{13})(?!\d)/g, valid: (id) => luhnValid(id) && dateOk(0, Number(id.slice(2, 4)), Number(id.slice(4, 6))), label: /\b(?:id (?:number|no\.?)|identity number|sa id)\b/i },
  { name: 'a UK National Insurance number', re: /\b([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b/g, valid: nino, label: null, pre: /[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]/ },
];

/** Labelled numbers with no public check: passports, licences, medical record and tax numbers. */
export const LABELLED_IDS: Array<{ name: string; re: RegExp; label: RegExp }> = [
  { name: 'a passport number', label: /pass|paszport|paspoort/i, re: /\b(?:passport|pasaporte|passeport|reisepass|passaporto|passaporte|paszport|paspoort)\s*(?:no\.?|nº|n°|number|num(?:ber|ero|éro)?|nr\.?|#)?\s*[:=]?\s*["']?([A-Z]{0,2}\d{6,9}[A-Z]?)\b/gi },
  { name: "a driving licence number", label: /licen[cs]e|permis|carn|f[üu]hrerschein/i, re: /\b(?:driv(?:ing|er'?s) licen[cs]e|permis de conduire|carn[eé] de conducir|f[üu]hrerschein)\s*(?:no\.?|number|nr\.?|#)?\s*[:=]?\s*["']?([A-Z0-9][A-Z0-9 -]{5,17}\d)\b/gi },
  { name: 'an immigration document number', label: /brp|residence permit|home office|visa|ukvi|gwf/i, re: /\b(?:brp|biometric residence permit|residence permit|home office ref(?:erence)?|ukvi ref(?:erence)?|visa(?: application)? ref(?:erence)?|gwf)\s*(?:no\.?|number|ref\.?|reference|#)?\s*(?:is\s+)?[:=]?\s*["']?([A-Z]{2,3}-?\d{4}-?\d{3,9}|[A-Z]{2,3}\d{6,12})\b/gi },
  { name: 'a medical record number', label: /mrn|medical record|patient id|hospital number|nhi/i, re: /\b(?:mrn|medical record (?:no\.?|number|#)|patient id|hospital number|nhi)\s*[:=#]?\s*["']?([A-Z]{0,3}\d{5,10})\b/gi },
  { name: 'a tax or social security number', label: /\btax\b|\bi?tin\b|seguridad|s[ée]curit[ée]|sozialversicherung|svnr/i, re: /\b(?:tax (?:id|number)|tin|itin|n[uú]mero de la seguridad social|num[ée]ro de s[ée]curit[ée] sociale|sozialversicherungsnummer|svnr)\s*[:=#]?\s*["']?([A-Z0-9][A-Z0-9 .-]{6,18}[A-Z0-9])\b/gi },
];

// One pass each to rule out most texts: no label anywhere, no distinctive shape anywhere.
const ANY_LABEL = new RegExp([...NATIONAL_IDS, ...LABELLED_IDS].flatMap((t) => (t.label ? [t.label.source] : [])).join('|'), 'i');
const ANY_SHAPE = new RegExp(NATIONAL_IDS.flatMap((t) => (t.pre ? [t.pre.source] : [])).join('|'), 'i');

export interface IdMatch {
  name: string;
  /** The identifier with separators removed. */
  id: string;
}

/** Checksum-valid (or labelled) identifiers in `text`; `hints` (the user's request) may carry the label of a short typed value. */
export function findNationalIds(text: string, hints = ''): IdMatch[] {
  const out: IdMatch[] = [];
  // Every identifier here has at least six digits; most messages have fewer and cost nothing more.
  if ((text.match(/\d/g)?.length ?? 0) < 6) return out;
  const short = text.trim().length <= 40;
  const labels = ANY_LABEL.test(text) || (short && ANY_LABEL.test(hints));
  const shapes = ANY_SHAPE.test(text);
  if (!labels && !shapes) return out;
  for (const t of NATIONAL_IDS) {
    if (t.label ? !labels : !shapes) continue;
    // A label is rarer than a number: look for it first.
    if (t.label && !t.label.test(text) && !(short && t.label.test(hints))) continue;
    if (t.pre && !t.pre.test(text)) continue;
    t.re.lastIndex = 0;
    for (const m of matchesOf(t.re, text)) {
      const id = m[1].replace(/[\s.-]/g, '').toUpperCase();
      if (!t.valid(id)) continue;
      if (t.label) {
        const before = text.slice(Math.max(0, (m.index ?? 0) - 48), m.index ?? 0);
        if (!t.label.test(before) && !(short && t.label.test(hints))) continue;
      }
      if (!out.some((o) => o.id === id)) out.push({ name: t.name, id });
    }
  }
  for (const t of LABELLED_IDS) {
    if (!labels || !t.label.test(text)) continue;
    t.re.lastIndex = 0;
    for (const m of matchesOf(t.re, text)) {
      const id = m[1].replace(/[\s.-]/g, '').toUpperCase();
      if (!/^(?:0+|1234567\d*|X+)$/.test(id) && !out.some((o) => o.id === id)) out.push({ name: t.name, id });
    }
  }
  return out;
}
