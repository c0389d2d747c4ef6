// What looks like a credential but opens nothing: processors' test-mode and publishable keys
// (public by design), tokens whose body is one repeated character (ghp_XXXX…, sk-****), stand-ins
// where a value goes (postgres://USER:PASSWORD@HOST, API_KEY=<your key>, YOUR_API_TOKEN,
// {{SECRET}}, ${{ secrets.NPM_TOKEN }}), values shown masked (sk_live_••••8Qz1, AKIA…Q7XM),
// values vendors print in their documentation (AWS's AKIAIOSFODNN7EXAMPLE, jwt.io's sample token,
// the storage emulator's well-known key), public keys and certificates, and a password in a URL
// to this machine (postgres://dev:dev@localhost), which opens nothing for whoever reads it.
// Blanked before the credential detectors run, together with the `=` or `:` that assigns them (so
// the next word is not read as the value); anything else on the line is still read.

const ASSIGN = String.raw`(?:[=:]\s*["']?)?`;

/** Values vendors publish in their documentation as examples; every copy of the docs has them. */
const SPECIMENS = [
  // AWS's example key pair (IAM and CLI docs). Only the published values: a key someone made up
  // by ending it in EXAMPLE stands, in the corpus, for a real one.
  String.raw`\bAKIAIOSFODNN7EXAMPLE\b`,
  String.raw`\bwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\b`,
  // jwt.io's sample token: whatever its header and signature, its payload is John Doe's.
  String.raw`\beyJ[\w-]*\.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lI[\w-]*\.[\w-]*`,
  // Azurite's and the Azure Storage Emulator's published account key (devstoreaccount1).
  String.raw`Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==`,
];

/** Each pattern with a cheap test that says whether it could match at all. */
const NOT_SECRETS: Array<[maybe: RegExp, re: RegExp]> = [
  // Stripe-style test-mode secret keys and publishable keys (live or test): they move no money.
  [/_(?:live|test)_/, new RegExp(String.raw`${ASSIGN}\b(?:pk_(?:live|test)|sk_test|rk_test)_[A-Za-z0-9]{8,}\b`, 'g')],
  // A known prefix followed by one character repeated: ghp_XXXXXXXX, sk-xxxxxxxx, AKIA0000…
  [/([Xx*•0.])\1{7}/, new RegExp(String.raw`${ASSIGN}\b[A-Za-z]{2,12}[_-](?:[a-z]{2,8}[_-])?([Xx*•0.])\1{7,}\b`, 'g')],
  // Shown masked: a few characters kept around a run of mask characters, or a tail after an ellipsis.
  [/[*•●·…]{1,3}|\.\.\./, new RegExp(String.raw`${ASSIGN}(?<![\w/+-])[\w-]{0,14}(?:[*•●·]{3,}[\w-]{0,8}|(?:…|\.{3})[\w-]{2,8})(?![\w/+])`, 'g')],
  [/AKIAIOSFODNN7EXAMPLE|bPxRfiCYEXAMPLEKEY|eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lI|Eby8vdM02/, new RegExp(`${ASSIGN}(?:${SPECIMENS.join('|')})`, 'g')],
  // Placeholder passwords in URLs: user:PASSWORD@, :<password>@, :${DB_PASSWORD}@, :changeme@.
  [/:\/\//, /(?<=:\/\/[^/\s:@"]{1,64}:)(?:PASSWORD|PASS|PWD|SECRET|password|pass|pwd|secret|changeme|xxx+|\*+|<[^>\s]{1,40}>|\$\{?\w+\}?|\{\{?\s*\w+\s*\}?\}|your[-_]?\w+)(?=@)/g],
  // Any password in a URL to this machine: it opens a service only this machine can reach.
  [/@(?:localhost|127\.|\[::1\]|0\.0\.0\.0)/, /(?<=:\/\/[^/\s:@"]{1,64}:)[^@\s/"]{1,128}(?=@(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|0\.0\.0\.0)(?![\w.-]))/g],
  // Named stand-ins: YOUR_API_TOKEN, REPLACE_WITH_SECRET.
  [/YOUR|MY_|THE_|INSERT|REPLACE|EXAMPLE/, new RegExp(String.raw`${ASSIGN}\b(?:YOUR|MY|THE|INSERT|REPLACE|EXAMPLE)[-_](?:[A-Z0-9]+[-_])*(?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD|CREDENTIALS?)(?:[-_][A-Z0-9]+)*\b`, 'g')],
  // Described stand-ins where a value goes: API_KEY=your-key-here, Bearer my_token.
  [/your|my|insert|replace/i, /(?:[=:]\s*["']?|(?<=bearer\s+))(?:your|my|insert|replace)[-_ ](?:[a-z0-9]+[-_ ]){0,3}?(?:key|token|secret|password)(?:[-_ ]here)?\b/gi],
  // Stand-in words as the value, after a key prefix or not: sk_test_replace_me, TOKEN=changeme.
  [/replace|change|placeholder|todo|fixme|redacted|removed|masked/i, new RegExp(String.raw`${ASSIGN}\b(?:[A-Za-z]{2,8}[_-](?:(?:live|test|proj)[_-])?)?(?:replace[-_]?me|change[-_]?me|change[-_]?it|placeholder|todo|fixme|redacted|removed sensitive value|masked)\b`, 'gi')],
  // Bracketed descriptions and template references: <your key from the dashboard>, {{ SECRET }},
  // ${{ secrets.NPM_TOKEN }} (GitHub Actions), {{ .Values.db.password }} (Helm).
  [/[<{]/, new RegExp(String.raw`${ASSIGN}(?:<(?![^<>\n]*[A-Za-z0-9_-]{16})[^<>\n]{0,60}\b(?:your|my|key|token|secret|password|api|insert|here)\b[^<>\n]{0,60}>|\$?\{\{\s*[\w.-]+\s*\}\})`, 'gi')],
  // Described in words rather than given: "password: the date you got engaged", "Password: your
  // birthday", "password: same as last time". No secret is an article or a possessive before words.
  [/(?:password|passwd|pwd|passcode|secret|token)\s*[=:]/i, /\b(?:password|passwd|pwd|passcode|secret|token)\s*[=:]\s*(?:the|your|his|her|their|our|same|ask)(?=\s+\p{Ll})/giu],
  // Public halves of key pairs: made to be handed out.
  [/ssh-|-----BEGIN (?:CERT|PUBLIC|PGP PUBLIC)/, /\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com) AAAA[A-Za-z0-9+/]+=*|-----BEGIN (CERTIFICATE|PUBLIC KEY|PGP PUBLIC KEY BLOCK)-----[\s\S]*?-----END \1-----/g],
];

export function withoutPlaceholders(text: string): string {
  let out = text;
  for (const [maybe, re] of NOT_SECRETS) if (maybe.test(out)) out = out.replace(re, ' ');
  return out;
}

/**
 * A value that says where the secret is read from rather than being it: an environment or config
 * lookup (`process.env.X`, `config('KEY')`, `ENV.fetch`), a store reference (`vault:`, `op://`,
 * `!secret name`, `secrets.X`), a template or command substitution, or a path of lowercase names
 * (`prod/stripe/restricted_key`) naming where it is kept.
 */
export function namesWhereKept(value: string): boolean {
  return /^(?:process\.env|os\.environ|env\.|getenv|vault:|secret\/|op:\/\/|ssm:|arn:|(?:config|env|getenv|os\.getenv|System\.getenv|Deno\.env\.get)\s*\(|ENV(?:\[|\.fetch)|!secret\b|secrets\.|vars\.|settings\.|\$\(|\$\{|\{\{)/i.test(value) || /^[a-z][a-z0-9_-]*(?:\/[a-z0-9_.-]+)+$/.test(value);
}
