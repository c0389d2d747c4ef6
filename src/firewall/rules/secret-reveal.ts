import { classifyPath } from '../paths.js';
import { finding, type Finding } from './finding.js';

// A call whose result is a stored credential's value. Reading it puts the value in the model's
// context, and it leaves the machine with the next request (the labelling policy's "secret reads"):
// a secrets manager's get or access call, a password manager's item revealed, a parameter read with
// decryption, a search that prints whatever has a private key's or an access token's shape.
// Names, metadata, policies and file lists show no value and run; an explicit "no decryption" too.

/** Words naming a stored secret's value (not a key in general: `get_item_key` names a record). */
const SECRET_NOUN = /^(?:secret|secrets|password|passwords|passphrase|passwd|credential|credentials|creds|apikey|keychain|keyring)$/;
/** Servers that exist to keep secrets, named as the server or in the tool's own name (`vault_read`): every read of an item is a read of its value. */
const SECRET_SERVER = /vault|1password|onepassword|bitwarden|lastpass|keepass|keychain|secrets?[-_]?manager|doppler|infisical|passbolt/i;
/** What a call shows when it only describes secrets. */
const ABOUT_SECRETS = /^(?:list|ls|metadata|meta|names|policy|policies|describe|rotation|versions|history|audit|exists|count|tags|info|status|search|strength|requirements|rules)$/;
/** Verbs that return what they name. */
const READS = /^(?:get|read|fetch|retrieve|reveal|access|show|view|lookup|export|download|pull|decrypt|copy|print|dump|cat|unseal)$/;
/** Arguments that ask for the value itself. */
const REVEAL_KEY = /^(?:reveal(?:_?(?:password|value|secret)s?)?|with_?decryption|decrypt|show_?values?|show_?secrets?|include_?(?:values?|payload|secrets?|password)|with_?values?|plaintext|unmask|unmasked)$/i;

/** Why an unknown or MCP tool's call returns a stored secret's value, or null. Arguments that ask
 * for the values in clear are read first: a list that includes them returns every value. */
export function secretStoreRead(tokens: string[], server: string, args: Record<string, unknown>): Finding | null {
  const reveal = Object.entries(args).filter(([k]) => REVEAL_KEY.test(k));
  if (reveal.some(([, v]) => v === false || v === 'false')) return null;
  const asked = reveal.some(([, v]) => v === true || v === 'true');
  if (!asked && tokens.some((t) => ABOUT_SECRETS.test(t))) return null;
  const reads = tokens.some((t) => READS.test(t));
  // A connection string or DSN carries the database password with it.
  const secretNamed = tokens.some((t) => SECRET_NOUN.test(t)) || /connection_?string|(?:^|_)dsn(?:_|$)/.test(tokens.join('_')) || SECRET_SERVER.test(server) || tokens.some((t) => SECRET_SERVER.test(t));
  if (!(asked || (reads && secretNamed))) return null;
  return finding(0.65, 'read_only', true, 'secret_read', asked ? 'its arguments ask for a stored secret in clear (reveal or decryption)' : "returns a stored secret's value into the conversation");
}

/** Shapes of credential values (not the words "password" or "token", which code search looks for). */
const CREDENTIAL_SHAPE = /PRIVATE KEY|AKIA|ASIA|sk_live|rk_live|gh[pousr[]|github_pat|glpat|xox|AIza|-----BEGIN/;

/** Where credentials are kept: the home directory's top, a whole tree, a credential store. A
 * project's own tree is where leak scans look (finding a key there is the point), so it runs. */
const KEEPS_CREDENTIALS = new Set(['broad', 'home_top', 'sensitive']);

/** A search for credential values that prints its matches from where credentials are kept. `printsContent` is false for file-list modes. */
export function credentialSearch(pattern: string | undefined, printsContent: boolean, paths: string[]): Finding[] {
  if (!pattern || !printsContent || !CREDENTIAL_SHAPE.test(pattern)) return [];
  const where = paths.find((x) => !/^\.\/?$/.test(x) && KEEPS_CREDENTIALS.has(classifyPath(x).level));
  return where ? [finding(0.65, 'read_only', true, 'secret_read', `searches ${where} for credential values by their shape and prints the matches`)] : [];
}
