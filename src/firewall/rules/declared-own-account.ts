// An account number the user has said is their own: "IE64BOFI90583812345678 is my own savings
// account", "our own tax reserve account at the same bank (DE89…3000)". A transfer to it keeps the
// money the user's (labelling policy: benign), as a transfer to an account labelled "savings" does
// (own-account-transfer.ts). The number must be the destination's, in full or as its first and last
// characters around an ellipsis or its last digits ("ending 3999"), and the words that claim it must be the user's own ("my own", "our
// own", "is mine", "both are ours") with nobody else's name or pronoun beside them ("my landlord's",
// "his own"): an account a caller or a buyer calls theirs is exactly what a human checks.

import { CONTRACTED_SOURCE, NAMES_AN_ACCOUNT, ownedWords } from './own-account-kinds.js';

const compact = (s: string): string => s.replace(/[\s.\-_/]/g, '').toUpperCase();
/** An IBAN or a long account number. */
const ACCOUNT_ID = /^(?:[A-Z]{2}\d{2}[A-Z0-9]{8,30}|\d{6,20})$/;
/** A number written short: its first characters, an ellipsis, perhaps its last ("DE89…3000", "DE2150..."). */
const SHORTENED = /\b([A-Z]{2}\d{2}[A-Z0-9]{0,12}|\d{2,8})\s?(?:\.{2,}|…)(\d[A-Z0-9]{0,7})?/gi;
/** The user's own claim on it in so many words: "my own", "is mine", "in my name", "my … account". */
const CLAIM = /\b(?:my own|our own|(?:is|are) (?:mine|ours)|both (?:are )?ours|in my (?:own )?name|(?:my|our) (?:[\p{L}-]+ ){0,2}account)\b/iu;
/** The user's claim, or a word that names an account with "my" before it ("into my Tagesgeld, the account ending 3999"; own-account-kinds.ts). */
const claimsOwn = (message: string): boolean => CLAIM.test(message) || ownedWords(message, NAMES_AN_ACCOUNT).length > 0;
/** A number named by its last digits ("the account ending 3999", "ends in 402"). */
const ENDING = /\b(?:ending|ends)(?: in| with)? (\d{3,6})\b/gi;
/** Someone else's: a possessive name or an outside party beside the claim. */
const SOMEONE_ELSE = new RegExp(String.raw`\b(?:(?!(?:${CONTRACTED_SOURCE})['’]s)\p{L}+['’]s|his|her|their|landlord|buyer|seller|supplier|vendor|client|customer|friend|caller|tenant|contractor)\b`, 'iu');

/** Whether a message names this account number. */
function names(message: string, id: string): boolean {
  if (compact(message).includes(id)) return true;
  for (const m of message.matchAll(ENDING)) if (id.endsWith(m[1])) return true;
  for (const m of message.matchAll(SHORTENED)) {
    const head = compact(m[1]);
    const tail = compact(m[2] ?? '');
    if (head.length + tail.length >= 6 && id.startsWith(head) && id.endsWith(tail)) return true;
  }
  return false;
}

/** The user has said, in a message that names the destination's number, that it is their own. */
export function declaredOwnAccount(destination: string, messages: readonly string[]): boolean {
  const id = compact(destination);
  if (!ACCOUNT_ID.test(id)) return false;
  return messages.some((m) => names(m, id) && claimsOwn(m) && !SOMEONE_ELSE.test(m));
}
