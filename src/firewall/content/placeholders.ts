// What looks like a credential but opens nothing: processors' test-mode and publishable keys
// (public by design), tokens whose body is one repeated character (ghp_XXXX…, sk-****), and
// placeholder passwords in connection strings (postgres://USER:PASSWORD@HOST). Blanked before
// the credential detectors run, so a documentation line or a bug report quoting the docs key asks
// nobody; anything else on the same line is still read.

const NOT_SECRETS: RegExp[] = [
  // Stripe-style test-mode secret keys and publishable keys (live or test): they move no money.
  /\b(?:pk_(?:live|test)|sk_test|rk_test)_[A-Za-z0-9]{8,}\b/g,
  // A known prefix followed by one character repeated: ghp_XXXXXXXX, sk-xxxxxxxx, AKIA0000…
  /\b[A-Za-z]{2,12}[_-](?:[a-z]{2,8}[_-])?([Xx*•0.])\1{7,}\b/g,
  // Placeholder passwords in URLs: user:PASSWORD@, :<password>@, :${DB_PASSWORD}@, :changeme@.
  /(?<=:\/\/[^/\s:@"]{1,64}:)(?:PASSWORD|PASS|PWD|SECRET|password|pass|pwd|secret|changeme|xxx+|\*+|<[^>\s]{1,40}>|\$\{?\w+\}?|\{\{?\s*\w+\s*\}?\}|your[-_]?\w+)(?=@)/g,
];

/** Cheap tests that say a pattern above could match at all. */
const MAYBE = [/_(?:live|test)_/, /([Xx*•0.])\1{7}/, /:\/\//];

export function withoutPlaceholders(text: string): string {
  let out = text;
  for (let i = 0; i < NOT_SECRETS.length; i++) if (MAYBE[i].test(out)) out = out.replace(NOT_SECRETS[i], ' ');
  return out;
}
