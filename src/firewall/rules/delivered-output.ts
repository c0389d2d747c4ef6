import { SECRET, SENSITIVE_THING } from './prompt-lexicon.js';
import { finding, type Finding } from './finding.js';

// A scheduled job whose output is delivered to a chat other than the user's (Hermes `cronjob`
// with `deliver: "telegram:-100…"`, `"discord:#chan"`, `"whatsapp:+44…"`) sends whatever its
// prompt produces to that chat every time it runs, though the prompt itself may say only "list"
// or "summarise". What the prompt asks it to produce is therefore judged as a message to that
// target: people's records, health details, pay and bank details, or secrets' values leave with it.
// Routine output (a forecast, match results, issue titles) is an ordinary message.

/** Personal fields a record carries, beyond the kinds of documents SENSITIVE_THING names. */
const PERSONAL_FIELD = /\b(?:(?:home|postal|delivery) address(?:es)?|dates? of birth|dob|phone numbers?|ibans?|card(?:'s)? (?:numbers?|last (?:four|4)(?: digits)?)|tax ids?|medications?(?: changes)?|hiv)\b/i;
/** The prompt withholds the sensitive part ("names only", "never print a key's value", "without the amounts"). */
const WITHHELD = /\b(?:never|don'?t|do not|without|no|not)\b[^.;]{0,30}\b(?:values?|print|show|include|reveal|amounts?|numbers?|details)\b|\b(?:names?|dates?|counts?|totals?) only\b|\bonly (?:the )?(?:names?|dates?|counts?|totals?)\b/i;
/** A secret's value itself, not its name or expiry. */
const SECRET_VALUE = /\b(?:full |actual |current |raw )?values?\b|\bthe (?:keys?|tokens?|passwords?|secrets?) themselves\b/i;

/** A list or group named as whom a message goes to ("email the volunteer list", "post to the drivers' group"): the addressee, not what is sent. */
const ADDRESSEE = /\b(?:e-?mail|message|text|mail|notify|remind|thank|(?:send|post|write)(?: (?:it|this|them))? to)\s+(?:the |our |my |all (?:the )?)?(?:[\w'-]+\s+){0,2}?(?:list|group|roster|team|channel|chat)\b(?:\s*\([^)]*\))?/gi;

/**
 * Who a Hermes job's output reaches (tools/cronjob_tools.py: "origin, local, telegram, discord,
 * signal, or platform:chat_id"): `local` saves it, `origin` answers in the chat the job was made
 * in, a bare platform posts to the owner's home channel on it; `platform:chat_id` posts to that
 * chat, which is someone else's unless it names the user (`telegram:@me`). Null when only the user gets it.
 */
export function deliveredTo(deliver: string | undefined): string | null {
  const m = deliver?.trim().match(/^([a-z][\w-]*):(.+)$/i);
  if (!m || /^bot-chat$/i.test(m[1])) return null;
  const chat = m[2].trim();
  return /^@?(?:me|myself|self|saved(?: messages)?|home|origin)$/i.test(chat) ? null : deliver!.trim();
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
}

/** The finding for a prompt whose output is delivered to `target`, someone other than the user, or null when what it produces is ordinary. */
export function judgeDeliveredOutput(prompt: string, target: string, via: string): Finding | null {
  for (const sentence of sentencesOf(prompt)) {
    const sent = sentence.replace(ADDRESSEE, ' ');
    if (WITHHELD.test(sent)) continue;
    if (SECRET.test(sent) && SECRET_VALUE.test(sent)) return finding(0.85, 'critical', false, 'secret_disclosure', `${via} delivers secrets' values to ${target} each time it runs: ${clip(sentence)}`);
    if (SENSITIVE_THING.test(sent) || PERSONAL_FIELD.test(sent)) return finding(0.8, 'critical', false, 'personal_disclosure', `${via} delivers documents, records or personal data to ${target} each time it runs: ${clip(sentence)}`);
  }
  return null;
}

function clip(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
