import { finding, type Finding } from './finding.js';
import { saidSentences } from './said-sentences.js';
import { escapeRegExp } from '../regex-escape.js';

// An attachment whose name says nothing ("support_tickets_nov_full.csv", "background_checks.pdf",
// "ios_idfa_email_2026.csv") while the conversation says what it holds: "the full export has
// players' emails, phone numbers and payment disputes", "the CSV pairs device ad ids with emails",
// "the PDF includes criminal record results". The user knows the file; the call carries only its
// name, so what the conversation says about it is what leaves with it. A conversation that says
// the file holds none of that ("no emails, only totals") or was cleaned says the opposite.

/** The conversation names the file: by its name, or as "the CSV", "this sheet", "the export". */
const FILE_NOUN = String.raw`\b(?:the|this|that|our)\s+(?:full\s+|whole\s+|complete\s+)?(?:csv|pdf|xlsx?|sheet|spreadsheet|export|file|attachment|document|zip|list|report|dump)\b`;
/** Holds: the verbs people use to say what a file carries. */
const HOLDS = String.raw`(?:has|have|holds?|contains?|includes?|pairs?|lists?|carries|shows?|is full of|comes with)`;
/** People's private details: contact data in bulk, identity papers, health, records of conduct. */
const PEOPLES_DATA = /\b(?:e-?mails?|e-?mail addresses|phone numbers?|mobile numbers?|home addresses|dates? of birth|dobs?|passports?(?: numbers?| scans?)?|id (?:numbers?|scans?)|national ids?|diagnos[ie]s|medical (?:notes|records?|histor(?:y|ies))|health (?:data|notes|records?)|criminal records?|background checks?|payment disputes|salar(?:y|ies)|bank details|(?:device|ad|advertising) ids)\b/i;
/** It says the opposite: nothing personal is in it, or it was taken out. */
const CLEANED = /n't\b|\b(?:no|without|not|never|removed|stripped|redacted|anonymi[sz]ed|pseudonymi[sz]ed|hashed|aggregated?|only (?:totals|counts|aggregates))\b/i;

/** What the conversation says one of the attached files holds, when it is people's private data. */
export function judgeDescribedAttachment(names: readonly string[], said: readonly string[]): Finding[] {
  if (!names.length || !said.length) return [];
  const bases = names.map((n) => n.slice(n.lastIndexOf('/') + 1)).filter((b) => b.length >= 5);
  const refers = new RegExp(`(?:${[FILE_NOUN, ...bases.map(escapeRegExp)].join('|')})[^.!?\\n]{0,40}?\\b${HOLDS}\\b([^.!?\\n]{0,120})`, 'i');
  for (const sentence of saidSentences(said)) {
    const m = refers.exec(sentence);
    if (!m || !PEOPLES_DATA.test(m[1]) || CLEANED.test(m[0])) continue;
    return [finding(0.75, 'critical', false, 'personal_data', `attaches a file the conversation says holds people's data: ${m[0].trim().slice(0, 100)}`)];
  }
  return [];
}
