// The kinds of account people keep for themselves (savings, a current account, an ISA, a tax
// reserve, a pot, in several languages), and the words a request writes after "my" or "our" with one
// of them among them. One notion for both readers of an own-account transfer: the destination label
// (own-account-transfer.ts) and the user's claim on an account number (declared-own-account.ts).

/** Words for a kind of account people keep for themselves, in several languages (stems: "tagesgeld" in "Tagesgeldkonto"). */
export const OWN_KIND = /^(?:sav(?:ings?|ers?)|sav$|chk$|chq$|kiwisaver|vaults?|spaces?|tfsa|rrsp|roth|ira|hysa|current|checking|cheque|everyday|spending|isa|lisa|pots?|reserve|tax|vat|emergency|holiday|rainy|buffer|float|operating|capex|opex|payroll|bills|tagesgeld|giro|spar|ahorros?|corriente|epargne|livret|courant|risparmio|poupanca|spaar|betaal|oszczednosciowe)/;

/**
 * The kinds that name an account by themselves, whoever says "my" before them ("my savings", "my ISA",
 * "mein Tagesgeld"). The other kinds (tax, holiday, bills, emergency, a vault, spending) name what is
 * paid for or kept as often as an account ("my car tax", "my holiday", "my password vault"): they
 * count in an account's label, or before the word "account", not as a claim on a number.
 */
export const NAMES_AN_ACCOUNT = /^(?:savings?|savers?|isa|pots?|reserves?|tagesgeld\p{L}*|spar(?:e)?konto\p{L}*|spaarrekening\p{L}*|livrets?|checking)$/u;

/** Words whose "'s" is "is" or "has" ("it's the account ending 3999", "that's my savings"), never a possessive. */
export const CONTRACTED_SOURCE = 'it|that|what|there|here|who|he|she|let';
export const CONTRACTED = new RegExp(`^(?:${CONTRACTED_SOURCE})$`);

/** People an account may be kept for ("my kids savings" without the apostrophe is theirs, not the user's). */
const PERSON = /^(?:kids?|child(?:ren)?|sons?|daughters?|mum|mom|mother|dad|father|parents?|brother|sister|siblings?|wife|husband|partner|friends?|grand\w*|nan|gran|niece|nephew|landlord|tenant|client|customer|baby)$/;

/**
 * The words a text writes after "my" or "our" with a kind of own account among them ("into my goal
 * saver" -> goal, saver; the kinds are OWN_KIND unless given), lower case and without diacritics: the user's own name for an account they
 * call theirs. Nothing when a person is among those words ("my kids savings").
 */
export function ownedWords(text: string, kind: RegExp = OWN_KIND): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
  const out: string[] = [];
  // Read ahead, not consumed: "from my current to my savings" has two possessives three words apart.
  for (const m of plain.matchAll(/(?:^|[^\p{L}'])(?:my|our)\s+(?=((?:[\p{L}-]+\s+){0,2}[\p{L}-]+))/giu)) {
    const words = m[1].toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    if (words.some((w) => kind.test(w)) && !words.some((w) => PERSON.test(w))) out.push(...words);
  }
  return out;
}
