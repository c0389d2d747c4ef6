import { isAscii } from '../../ascii.js';
import { foldText } from './lexicon.js';
import { concept } from './languages.js';

// The UI words of the multilingual lexicons, for ui-intent.ts: what a button or a request presses
// in other languages, and clauses that say not to.

/** The label or request pays, confirms a payment or transfer, purchases or subscribes. */
export const paysInAnyLanguage = (text: string): boolean => text !== '' && asks('uiPay', foldText(text));

/** The label or request deletes an account. */
export const deletesAccountInAnyLanguage = (text: string): boolean => text !== '' && asks('uiDelete', foldText(text));

/** The clause says not to (in a language other than English). */
export const negatedInAnyLanguage = (clause: string): boolean => asks('negation', foldText(clause));

/** The concept's words that can match the (folded) text: all, or for ASCII text those of ascii-words.ts. */
const asks = (c: 'uiPay' | 'uiDelete' | 'negation', folded: string): boolean => concept(c, isAscii(folded)).test(folded);
