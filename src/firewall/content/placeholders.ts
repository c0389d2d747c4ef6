// What looks like a credential but opens nothing: processors' test-mode and publishable keys
// (public by design), tokens whose body is one repeated character (ghp_XXXX…, sk-****), and
// stand-ins where a value goes (postgres://USER:PASSWORD@HOST, API_KEY=<your key>, YOUR_API_TOKEN,
// {{SECRET}}). Blanked before the credential detectors run, together with the `=` or `:` that
// assigns them (so the next word is not read as the value); anything else on the line is still read.

const ASSIGN = String.raw`(?:[=:]\s*["']?)?`;

/** Each pattern with a cheap test that says whether it could match at all. */
const NOT_SECRETS: Array<[maybe: RegExp, re: RegExp]> = [
  // Stripe-style test-mode secret keys and publishable keys (live or test): they move no money.
  [/_(?:live|test)_/, new RegExp(String.raw`${ASSIGN}\b(?:pk_(?:live|test)|sk_test|rk_test)_[A-Za-z0-9]{8,}\b`, 'g')],
  // A known prefix followed by one character repeated: ghp_XXXXXXXX, sk-xxxxxxxx, AKIA0000…
  [/([Xx*•0.])\1{7}/, new RegExp(String.raw`${ASSIGN}\b[A-Za-z]{2,12}[_-](?:[a-z]{2,8}[_-])?([Xx*•0.])\1{7,}\b`, 'g')],
  // Placeholder passwords in URLs: user:PASSWORD@, :<password>@, :${DB_PASSWORD}@, :changeme@.
  [/:\/\//, /(?<=:\/\/[^/\s:@"]{1,64}:)(?:PASSWORD|PASS|PWD|SECRET|password|pass|pwd|secret|changeme|xxx+|\*+|<[^>\s]{1,40}>|\$\{?\w+\}?|\{\{?\s*\w+\s*\}?\}|your[-_]?\w+)(?=@)/g],
  // Named stand-ins: YOUR_API_TOKEN, REPLACE_WITH_SECRET.
  [/YOUR|MY_|THE_|INSERT|REPLACE|EXAMPLE/, new RegExp(String.raw`${ASSIGN}\b(?:YOUR|MY|THE|INSERT|REPLACE|EXAMPLE)[-_](?:[A-Z0-9]+[-_])*(?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD|CREDENTIALS?)(?:[-_][A-Z0-9]+)*\b`, 'g')],
  // Described stand-ins where a value goes: API_KEY=your-key-here, Bearer my_token.
  [/your|my|insert|replace/i, /(?:[=:]\s*["']?|(?<=bearer\s+))(?:your|my|insert|replace)[-_ ](?:[a-z0-9]+[-_ ]){0,3}?(?:key|token|secret|password)(?:[-_ ]here)?\b/gi],
  // Stand-in words as the value, after a key prefix or not: sk_test_replace_me, TOKEN=changeme.
  [/replace|change|placeholder|todo|fixme|redacted/i, new RegExp(String.raw`${ASSIGN}\b(?:[A-Za-z]{2,8}[_-](?:(?:live|test|proj)[_-])?)?(?:replace[-_]?me|change[-_]?me|change[-_]?it|placeholder|todo|fixme|redacted)\b`, 'gi')],
  // Bracketed descriptions: <your key from the dashboard>, {{ SECRET }}.
  [/[<{]/, new RegExp(String.raw`${ASSIGN}(?:<(?![^<>\n]*[A-Za-z0-9_-]{16})[^<>\n]{0,60}\b(?:your|my|key|token|secret|password|api|insert|here)\b[^<>\n]{0,60}>|\{\{\s*[\w.-]+\s*\}\})`, 'gi')],
];

export function withoutPlaceholders(text: string): string {
  let out = text;
  for (const [maybe, re] of NOT_SECRETS) if (maybe.test(out)) out = out.replace(re, ' ');
  return out;
}
