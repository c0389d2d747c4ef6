import { OUTSIDE_CHANNEL } from './prompt-lexicon.js';

/**
 * "Remind Tomasz that the bins go out tonight", "remind the crew chat that the van needs fuel",
 * "Remind Jas to pay the window cleaner": a scheduled or handed-over reminder to the user's own
 * people (a flatmate, a partner, a child, the crew's chat, fellow coaches). The agent only tells
 * them; what follows "to/that/about" is their own to do, not the agent's (the dy1 set). Many
 * recipients or an outside audience (every customer, the suppliers, the clients on a list, an
 * address or a number nobody named) stay a send; what the reminder carries is still read by the
 * content rules (codes, passwords, bank details) and the crisis screen.
 */
const REMIND_WHOM = /\bremind\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s*(?::|-|\bto\b|\bthat\b|\babout\b|\bof\b)/iu;

/** People and places outside the user's own circle, or a crowd: a reminder to them is a send. */
const OUTSIDE_PEOPLE = /\b(?:all|every|everyone|everybody|each|customers?|clients?|subscribers?|members?|mailing|newsletter|press|journalists?|investors?|partners?|suppliers?|vendors?|distributors?|tenants?|patients?|guests?|leads?|prospects?|applicants?|candidates?|donors?|followers|public|users?|debtors?|me|myself|us)\b/i;

/** The sentence up to the reminded person's to do, when it reminds the user's own people; otherwise null. */
export function ownPeopleReminder(sentence: string): string | null {
  const m = REMIND_WHOM.exec(sentence);
  if (!m) return null;
  const whom = m[1];
  // "remind Mila on WhatsApp to …": the app is how, not who.
  const person = whom.replace(/\s+(?:on|by|via|in|over)\s+\S+$/i, '');
  if (OUTSIDE_PEOPLE.test(person) || OUTSIDE_CHANNEL.test(person)) return null;
  // An address, a number or a list file before the to do reaches people nobody named; after it, they are the to do's.
  const told = sentence.slice(0, m.index + m[0].length);
  return /[\w.+-]+@[\w-]+\.\w|\+?\d[\d\s-]{7,}\d|\.(?:csv|xlsx?|json)\b/i.test(told) ? null : told;
}
