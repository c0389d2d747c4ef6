import { NEGATION, NOUN_AFTER, NOUN_BEFORE, PHRASAL, REPORTING } from './prompt-lexicon.js';

// Reading a prompt as instructions: sentences, clauses, and the action words in them that are
// really instructions. A verb counts unless it is negated ("don't buy or renew anything"), used as
// a noun ("the email", "email address"), or sits inside a question or report about the action
// ("find out how much renewing costs", "explain whether it is safe to delete").

export interface Instruction {
  /** The verb as written. */
  verb: string;
  /** Words after the verb, to the end of the clause (the object and the recipient). */
  after: string[];
  /** The clause and the sentence the verb is in. */
  clause: string;
  sentence: string;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z¿¡"'(]|$)|\n+|;\s*/;
const CLAUSE_BREAK = /,\s+|:\s+|\s+[-–—]\s+|\s+\((?=[a-z])|\s+(?:and then|then|but|afterwards|after that|once (?:that's|it's|they're) done)\s+/i;
/** Words that end the reach of a negation looking backwards ("don't ask, and delete X" is not negated). */
const COORDINATOR = /^(?:and|then|also|but|after|afterwards|plus|y|et|und|e|en)$/i;
const EDGE = /^[^\p{L}\p{N}@#$€£¥~/.+]+|[^\p{L}\p{N}/]+$/gu;

/** Sentences of a prompt; a question that only asks for information is not an instruction. */
/** All phrasal verbs in one pass. */
const PHRASAL_ANY = new RegExp(PHRASAL.map(([re]) => `(${re.source})`).join('|'), 'gi');

export function sentencesOf(text: string): string[] {
  const t = text.replace(PHRASAL_ANY, (...m: unknown[]) => PHRASAL[(m.slice(1, PHRASAL.length + 1) as Array<string | undefined>).findIndex((g) => g !== undefined)][1]);
  return t.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s && !isInfoQuestion(s));
}

export interface Clause {
  text: string;
  /** Its words, split once and shared by every verb class the judge looks for. */
  words: string[];
  /** Indices of the words that match any verb the judge looks for (tested once each). */
  candidates: number[];
}

/** `anyVerb` is the union of the verb classes the caller will ask about. */
export function clausesOf(sentence: string, anyVerb: RegExp): Clause[] {
  return sentence.split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean).map((text) => {
    const ws = words(text);
    const candidates: number[] = [];
    for (let i = 0; i < ws.length; i++) if (anyVerb.test(ws[i])) candidates.push(i);
    return { text, words: ws, candidates };
  });
}

/** "What is the refund policy?" asks; "Can you pay the invoice?" requests. */
function isInfoQuestion(s: string): boolean {
  return /\?\s*$/.test(s) && /^(?:what|how|why|when|where|which|who|whose|is|are|was|were|do|does|did|has|have|qu[ée]|c[óo]mo|cu[áa]nto|combien|comment|est-ce|wie|was|warum|quanto|come|cosa)\b/i.test(s.trim());
}

export function words(clause: string): string[] {
  // Flags and paths (--purge, ./delete.sh) name things; they are not verbs.
  return clause.split(/\s+/).map((w) => (/^-{1,2}\w|[/\\]/.test(w) ? '§' : w.replace(EDGE, ''))).filter(Boolean);
}

/**
 * The verb says what software will do, not what the agent should do: "a button that lets users
 * pay", "a function to transfer funds", "so that it can send SMS". Using a tool to act ("use the
 * script to delete…") is still an action.
 */
const CODE_SUBJECT = /\b(?:function|method|endpoint|route|handler|button|form|api|script|cron job|job|tests?|feature|module|class|component|service|hook|webhook|page|screen|cli|command|flag|option|mock|stub|fixture|migration|query|code|logic|ui|app|bot|worker|lambda|helper|util|utility|library|sdk|client|integration|pipeline|workflow|template|model|schema|controller|view|resolver|mutation|plugin|extension|modal|dialog|link|checkbox|toggle)s?\b(?:\s+[\w'-]+){0,3}?\s+(?:that|which|to|so(?: that)?|where|when|for|should|must|will|can|lets?|allows?)\b(?:\s+[\w'-]+){0,3}$/i;
const USER_CAN = /\b(?:let|lets|allow|allows|enable|enables|help|helps)\s+(?:the\s+)?(?:users?|customers?|people|admins?|clients?|members?|buyers?|shoppers?|visitors?|them|him|her|someone|anyone)\s+(?:to\s+)?$|\b(?:users?|customers?|admins?|people|buyers?|visitors?|members?)\s+(?:can|could|should be able to|must be able to|may|to)\s*$|\b(?:it|they|this|that)\s+(?:can|could|will|would|should)\s*$/i;
const INSTRUMENT = /\b(?:use|run|execute|call|invoke|with|via|through)\s+(?:the\s+|our\s+|this\s+|that\s+|my\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+to\s*$/i;

function describesSoftware(before: string): boolean {
  return (CODE_SUBJECT.test(before) || USER_CAN.test(before)) && !INSTRUMENT.test(before);
}

/**
 * Instructions in a clause whose verb matches `verb` (a whole-word pattern tested on each word).
 * `sentence` is kept for rules that look at what the whole sentence names.
 */
export function instructionsIn(clause: Clause, sentence: string, verb: RegExp): Instruction[] {
  const ws = clause.words;
  const out: Instruction[] = [];
  for (const i of clause.candidates) {
    if (!verb.test(ws[i])) continue;
    const prev = ws[i - 1] ?? '';
    const next = ws[i + 1] ?? '';
    // "tidy the drive by removing …" says how: a gerund after "by" is the instruction itself;
    // after "before" or "when" ("check with me before deleting anything") it names a time, not a task.
    const gerund = /ing$/i.test(ws[i]);
    if (prev && (NOUN_BEFORE.test(prev) || AFTER_PREPOSITION.test(prev)) && !(gerund && /^by$/i.test(prev))) continue;
    if (gerund && /^(?:before|after|when|while|until|without)$/i.test(prev)) continue;
    // Part of a name ("Apple Pay", "Send Later"), not an instruction.
    if (/^\p{Lu}/u.test(ws[i]) && /^\p{Lu}/u.test(prev) && !LEAD_IN.test(prev)) continue;
    // "refund service" is a noun, "refund service fees" an order: the noun after is then what is refunded.
    if (next && NOUN_AFTER.test(next) && !MONEY_NOUN.test(ws[i + 2] ?? '')) continue;
    if (negated(ws, i)) continue;
    // "the fabrics we buy", "how we email customers", "which services call them": someone else's doing, described.
    if (SUBJECT.test(prev) || (/^(?:which|who|whose)$/i.test(ws[i - 2] ?? '') && !NOUN_BEFORE.test(prev))) continue;
    if (REPORTING.test(ws.slice(0, i).join(' '))) continue;
    if (describesSoftware(ws.slice(Math.max(0, i - 8), i).join(' '))) continue;
    out.push({ verb: ws[i], after: ws.slice(i + 1), clause: clause.text, sentence });
  }
  return out;
}

/** "tests covering empty rows", "rows with empty cells": after a preposition or a gerund the word describes. */
/** Other languages' prepositions too: "as conversas do WhatsApp" names the app, it does not message anyone. */
const AFTER_PREPOSITION = /^(?:of|for|with|on|about|into|from|covering|handling|including|containing|ignoring|skipping|having|showing|listing|returning|matching|do|da|dos|das|du|des|del|della|dei|dem|vom|zum|beim|im|em|nas|nos)$/i;

/** What money is charged as: after it, a word that usually makes the verb a noun ("service", "api") only qualifies it. */
const MONEY_NOUN = /^(?:fees?|charges?|costs?|payments?|deposits?|invoices?)$/i;

/** Subject pronouns: a verb right after one says what that person does, not what the agent should. */
const SUBJECT = /^(?:we|they|he|she|I|we'?ll|we'?d|they'?ll|they'?d|he'?ll|she'?ll|I'?ll)$/i;

/** A negation reaches five words back, and four more across each "or"/"nor" of a list ("don't book, reserve or pay"). */
function negated(ws: string[], i: number): boolean {
  let reach = 5;
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    if (COORDINATOR.test(ws[j])) return false;
    if (NEGATION.test(ws[j]) || /n[’']t$/i.test(ws[j])) return true;
    if (/^(?:or|nor)$/i.test(ws[j])) reach += 4;
  }
  return false;
}

/** Capitalised words that start an instruction rather than a name. */
const LEAD_IN = /^(?:Every|Each|On|At|Then|And|Please|Also|Now|Today|Tonight|Tomorrow|Daily|Weekly|Monthly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)$/;

const NOT_A_NAME = /^(?:I|The|A|An|My|Our|Their|This|That|Each|Every|All|Any|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Slack|Telegram|WhatsApp|Signal|Discord|Gmail|Email|Outlook|Teams|SMS|Notion|Jira|Linear|GitHub|GitLab|Xero|Zendesk|HubSpot|Stripe|Shopify|Google|Drive|Sheets|Docs|Calendar|PDF|CSV|API|CI|PR|AWS|S3|Airbnb|Amazon|Mailchimp|Trello|Asana|Dropbox|OK|README)$/;

/** A person's name right where a recipient goes: "text Maria", "send it to Jess", "email Dr Okafor". */
export function namesRecipient(after: string[], personObject: boolean): boolean {
  for (let i = 0; i < Math.min(after.length, 8); i++) {
    const w = after[i];
    const slot = (i === 0 && personObject) || /^(?:to|with|cc|for)$/i.test(after[i - 1] ?? '') || /^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(after[i - 1] ?? '');
    if (slot && /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !NOT_A_NAME.test(w)) return true;
  }
  return false;
}
