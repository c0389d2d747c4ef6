import { normalize } from '../crisis/normalize.js';
import { gated, testIf } from './literal-gate.js';

// An invoice, a split bill or a club's dues give the writer's own account for the reader to pay
// into: money comes to the writer, and the account is theirs to give. Changed details ("our bank
// details have changed") stay a payment-fraud sign (money.ts checks them first).

const PAY_THE_WRITER = gated(new RegExp(
  String.raw`(?<!\p{L})(?:(?:pay|paid|transfer|send|wire|remit)\p{L}*\s+(?:it\s+|this\s+|the (?:amount|balance)\s+)?(?:to|into|in)\s+(?:my|our)|(?:my|our) (?:bank|account|bank details|sort code|iban)` +
    String.raw`|auf unser\p{L}* konto|unser\p{L}* (?:konto|bankverbindung)|notre (?:compte|rib)|(?:rib|iban|compte) du club|mi cuenta|nuestra cuenta|a mi (?:numero|cuenta)|bizum a mi|minha conta|nossa conta|il (?:mio|nostro) conto|(?:mijn|onze) rekening|(?:moje|nasze) konto)(?!\p{L})`,
  'u',
));

/** True when the text asks its reader to pay the writer (or the writer's club or firm) into their own account. */
export function paysTheWriter(text: string): boolean {
  return testIf(PAY_THE_WRITER, normalize(text));
}
