// Columns a SELECT returns that hold credentials: passwords, API and signing keys, access, refresh
// and reset tokens, client secrets (as columns or as JSON fields, `config->>'signing_secret'`), or
// every column of a table of them. The rows come back into the model's context: a secret read.
// Hashes, counts, expiry dates, prefixes, last digits and whether one is set show no secret.

const SECRET_COLUMN = /^(?:password|passwd|passphrase|pin|secret|\w+_secret|secret_\w+|(?:api|secret|private|signing|access|encryption|license|licence|account)_?key|apikey|\w*_?(?:access|refresh|auth|session|reset_password|reset|api|bearer|bot|oauth|invite|magic_link|login)_?token|token|client_secret|credentials?|otp_secret|totp_secret|mfa_secret|seed)$/i;
/** Names of what describes a secret without being it. */
const ABOUT = /(?:hash|hashed|digest|hint|_set|_at|_on|_id|_type|_expires|expires|expiry|_count|last_?4|last_?four|_prefix|_suffix|masked|fingerprint|_len|length|page_token|_version)(?:$|_)|^(?:has|is)_/i;
const SECRET_TABLE = /^(?:\w+\.)?["`]?(?:api_?keys|secrets|credentials|oauth_tokens|access_tokens|refresh_tokens|personal_access_tokens|tokens|passwords|user_passwords)["`]?$/i;

/** The names in the select list that hold credentials (`*` of a table of them counts as one). */
export function selectedSecrets(sql: string): string[] {
  const out: string[] = [];
  for (const m of sql.matchAll(/\bselect\s+(?:distinct\s+)?([\s\S]+?)\s+from\s+([\w."`]+)/gi)) {
    const [, list, table] = m;
    if (/^\s*\*\s*$/.test(list) && SECRET_TABLE.test(table)) out.push(`* from ${table}`);
    for (const expr of list.split(',')) {
      const e = expr.trim();
      // A function of the column (count, length, a hash, IS NULL) returns no secret.
      if (/\(|\bis\s+(?:not\s+)?null\b|\bcase\b/i.test(e)) continue;
      // `config->>'signing_secret'`, `t.api_key`, `api_key AS key`: the field read, not its alias.
      const field = (/->>?\s*'([\w-]+)'/.exec(e)?.[1] ?? e.split(/\s+(?:as\s+)?/i)[0].split('.').pop() ?? '').replace(/["`]/g, '');
      if (SECRET_COLUMN.test(field) && !ABOUT.test(field)) out.push(field);
    }
  }
  return out;
}
