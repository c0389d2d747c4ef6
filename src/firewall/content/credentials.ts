import { mayHoldSecretShape, SECRET_SHAPES } from '../../store/redact.js';
import { PUBLISHABLE_KEY_SOURCE } from '../redact.js';
import { scanCodes } from './codes.js';
import { namesWhereKept, withoutPlaceholders } from './placeholders.js';
import { scanRecoveryPhrase } from './recovery-phrase.js';
import { kubeSecretValues, unwrappedTexts } from './wrapped.js';
import type { ContentFinding } from './types.js';
import { matchesOf } from './matches.js';
import { gated, gatedMatches, testIf } from './literal-gate.js';

// Credentials in outbound text: the redactor's secret shapes (one list, src/store/redact.ts), plus
// what people write in prose: "the VPN password is Summer2024!Blue" (or "is now …"), "login: admin / Kx!92mPq#v",
// NAME_PASS = '...', private key headers, seed phrases (recovery-phrase.ts), 2FA backup codes, and
// one-time, PIN and door codes (codes.ts). Placeholders
// (********, <your-password>, ${PASSWORD}, xxx) and talk about passwords ("password reset",
// "password must be 8 characters") are not credentials.

const WORD = String.raw`(?:password|passwd|passcode|passphrase|shared secret|pre-?shared key|psk|snmp community(?: string)?|community string|(?:wi-?fi|wpa2?|network) key|pin(?: code)?|pwd|pw|contrase(?:ñ|n)a|clave|senha|mot de passe|mdp|passwort|kennwort|wachtwoord|parola d'ordine|hasło|haslo|heslo|parola|salasana|lösenord|losenord|passord|adgangskode|şifre|sifre|kata sandi|mật khẩu|jelszó|κωδικός|סיסמה|كلمة (?:المرور|السر)|पासवर्ड|пароль|パスワード|暗証番号|密码|密碼|비밀번호|비번|패스워드)`;
// "the root password for the appliance is `r00t#…`": up to four words may name what it opens.
// Words start after no letter (`\b` is ASCII-only and finds no start before पासवर्ड or 비번).
const PROSE = new RegExp(String.raw`(?<![\p{L}\p{N}_])${WORD}(?:\s+(?:for|to|of|on|de|del|da|do|pour|für|fur|per|для)\s+(?:[\w.@-]+\s+){0,3}?[\w.@-]+)?(?:\s+(?:is|was|will be|es|é|e|est|ist|è|lautet|jest|to|är|er|on|je|adalah|là)\s(?:now\s|still\s)?|\s*[=:：-])\s*["'“«\x60]?([^\s"'”»,;\x60]{4,})`, 'giu');
/** "Vault unseal key 1: 7f3a…", "recovery key - ABCD-…", "stream key for the backup encoder: live_…",
 * "admin API token so you can look: lw_…", "auth token 9f1c…" (a long value needs no separator). */
const NAMED_KEY = gated(/\b(?:unseal|recovery|root|master|admin|api|access|secret|private|encryption|signing|license|licence|deploy|service account|bearer|auth|session|refresh|webhook|bot|client|stream(?:ing)?|wpa2?|wi-?fi|network|psk|pre-shared|host|app|integration|personal access|relay|ingest)[ _-](?:key|token|secret)s?(?:\s*#?\d{1,2})?(?:\s+(?:for|to|of|on)\s+(?:[\w.+@-]+\s+){0,3}?[\w.+@-]+|\s+(?:so|that|which|you|we)\b[^:=\n]{0,40}?)?(?:\s*(?:is|:|=|-)\s*|\s+(?=[A-Za-z0-9_-]{24,}))["'\x60]?([A-Za-z0-9+/_=.-]{16,})/gi);
/** `"api_key": "…"`, `{'password': '…'}`: a secret-named key quoted as in JSON, a dict or YAML. */
const QUOTED_KEY = gated(/["'](?:password|passwd|passphrase|pwd|secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|refresh[_-]?token|client[_-]?secret|private[_-]?key|token)["']\s*:\s*["']([^"'\n]{6,})["']/gi);
/** "mot de passe banque: Brocéliande!2026", "Passwort Router: Kf8#…": what it opens named bare, then a separator. */
const PROSE_NAMED = new RegExp(String.raw`(?<![\p{L}\p{N}_])${WORD}((?:\s+[\p{L}\p{N}_.@-]+){1,2})\s*[=:：]\s*["'“«\x60]?([^\s"'”»,;\x60]{6,})`, 'giu');
/** Words after "password" that name a product, a rule or a form, not what the password opens. */
const ABOUT_PASSWORDS = /\b(?:manager|managers|policy|rules?|reset|hint|requirements?|change|expiry|length|strength|field|generator|vault|app|prompt|format)\b/i;
/** "password Gr33n-Ledger#88": no separator, so only a value mixing three kinds of character. */
const PROSE_BARE = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${WORD}|pass)\s+["'“«\x60]?([^\s"'”»,;\x60]{8,})`, 'giu');
const PASSWORD_WORD = gated(new RegExp(String.raw`${WORD}|\bpass\b`, 'i'));
const KEY_VALUE = gated(/\b[A-Za-z0-9_]*(?:PASS(?:WORD|WD)?|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|AUTH)(?:_[A-Za-z0-9_]*)?\b[ \t]*[:=][ \t]*["'`]?([^\s"'`,;]{6,})/g);
/** "netadmin@fieldworks.co / Gh7#kL2mQ9": an email or account number, then a value mixing three kinds of character. */
const ID_PASS = gated(/(?:\b[\w.+-]+@[\w-]+\.[\w.]+|\b\d{6,}) \/ (\S{6,})/g);
/** `NAME_TOKEN value` or `#define NAME_SECRET "value"`: a secret-named constant with no = or :. */
const NAMED_CONSTANT = /(?:^|#define[ \t]+|\n)[ \t]*[A-Z][A-Z0-9_]*(?:TOKEN|SECRET|API_?KEY|PRIVATE_?KEY|PASSWORD|PASSWD|PASSPHRASE|PASS|PSK|PWD)[ \t]+["'\x60]?([^\s"'\x60]{8,})["'\x60]?/g;
/** "admin / Kx!92mPq#v": spaces around the slash, so URLs and paths never look like a pair. */
const USER_PASS = gated(/\b(?:login|log-in|credentials?|creds|account|user(?:name)?|admin|postgres|mysql|redis|root|sso|single sign-on)\b[^\n]{0,30}?\b([\w.@-]{2,40}) \/ (\S{6,})/gi);
const PRIVATE_KEY_HEADER = gated(/-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/);
const SEED = gated(/\b(?:seed|recovery|mnemonic|secret) (?:phrase|words)\b\s*(?:is|:|=|-)?\s*((?:[a-z]{3,8}[\s,]+){11,23}[a-z]{3,8})\b/i);
/** The codes follow the words within a line or two ("Backup codes for head@school.example:\n4821 0937 …"), in digits or hex groups. */
const BACKUP_CODES = gated(/\b(?:backup|recovery|2fa|mfa|otp|one[- ]time|verification) codes?\b[^\d\n]{0,60}\n?[^\d\n]{0,20}(?:\b(?=[a-f]{0,4}\d)[0-9a-f]{4,5}[- ]?[0-9a-f]{4,5}\b[,;\s]*){2,}/i);

const NOT_A_SECRET = /^(?:\*+|x+|•+|\.+|_+|-+|<[^>]*>?|\{\{.*|\$\{?.*|%[A-Z_]+%?|\[redacted\]|redacted|changeme|none|null|undefined|empty|required|optional|incorrect|invalid|wrong|expired|reset|changed|updated|rotated|revoked|stored|saved|set|unset|hidden|secret|password|strong|weak|correct|below|above|attached|in|at|the|a|an|not|too|still|now|only|same|different|your|my|our|their|being|protected|encrypted|hashed|missing|blank|sent|shared|managed|held|kept|located|listed|case|length|min(?:imum)?|max(?:imum)?|must|should|needs?|at least)$/i;

function threeKinds(v: string): boolean {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length >= 3;
}

/**
 * A guest network's password, named as one just before it ("Guest Wi-Fi is 'Seaview-Guest',
 * password SandyToes2025"): printed on a card in the kitchen and handed to every visitor, it opens
 * a network kept apart for strangers, not an account.
 */
const GUEST_NETWORK = /\bguests?\b|[\w-]-guest\b|\bgäste|\binvités?\b|\binvitados?\b/i;
const NETWORK = /\bwi-?fi\b|\bwlan\b|\bnetwork\b|\bssid\b|\bhotspot\b|\breseau\b|\bréseau\b/i;
function guestNetworkPassword(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  return GUEST_NETWORK.test(before) && NETWORK.test(before);
}

/** A password after the word and what it opens with a separator (0.9), or after the bare word (0.88); 0 when none. */
function writtenPasswordRisk(text: string): number {
  for (const m of matchesOf(PROSE_NAMED, text)) {
    if (!ABOUT_PASSWORDS.test(m[1]) && threeKinds(m[2].replace(/[.)\]]+$/, '')) && !NOT_A_SECRET.test(m[2]) && !guestNetworkPassword(text, m.index)) return 0.9;
  }
  for (const m of matchesOf(PROSE_BARE, text)) {
    // A colon ends a label ("Passwort Drucker: steht auf dem Etikett"), not a password.
    const v = m[1].replace(/[.:)\]]+$/, '');
    if (threeKinds(v) && !NOT_A_SECRET.test(v) && !guestNetworkPassword(text, m.index)) return 0.88;
  }
  return 0;
}

/** A publishable key (redact.ts): made to be seen, so not a secret here either. */
export const PUBLISHABLE_KEY = new RegExp(`^(?:${PUBLISHABLE_KEY_SOURCE})$`);

function secretLike(v: string): boolean {
  const t = v.replace(/[.)\]]+$/, '');
  if (t.length < 4 || NOT_A_SECRET.test(t) || PUBLISHABLE_KEY.test(t)) return false;
  if (namesWhereKept(t)) return false;
  // A bare word in a sentence ("the password is inside the vault") is not a password.
  const classes = Number(/[a-z]/.test(t)) + Number(/[A-Z]/.test(t)) + Number(/\d/.test(t)) + Number(/[^A-Za-z0-9]/.test(t));
  return classes >= 2 || t.length >= 12;
}

/** `nested`: the text was itself decoded from base64 (it is not unwrapped again). */
export function scanCredentials(raw: string, nested = false): ContentFinding[] {
  const out: ContentFinding[] = [];
  const text = withoutPlaceholders(raw);
  // One pass says whether any shared shape can match; most texts hold none.
  if (mayHoldSecretShape(text)) for (const { name, re } of SECRET_SHAPES) {
    re.lastIndex = 0;
    const m = re.exec(text);
    re.lastIndex = 0;
    if (!m) continue;
    if (name === 'a password or key assignment' && !secretLike(m[0].replace(/^[^=:]*[=:]\s*["']?/, ''))) continue;
    out.push({ detector: 'credential', kind: 'secret_token', risk: 0.9, reason: `${name}` });
  }
  if (testIf(PRIVATE_KEY_HEADER, text) && !out.some((f) => f.reason === 'a private key')) out.push({ detector: 'credential', kind: 'private_key', risk: 0.9, reason: 'a private key' });
  for (const m of matchesOf(PROSE, text)) {
    if (secretLike(m[1])) {
      out.push({ detector: 'credential', kind: 'password', risk: 0.9, reason: 'a password written out in the text' });
      break;
    }
  }
  if (!out.some((f) => f.kind === 'password') && testIf(PASSWORD_WORD, text)) {
    const risk = writtenPasswordRisk(text);
    if (risk > 0) out.push({ detector: 'credential', kind: 'password', risk, reason: 'a password written out in the text' });
  }
  for (const m of gatedMatches(NAMED_KEY, text)) {
    if (secretLike(m[1]) && /\d/.test(m[1]) && !out.length) {
      out.push({ detector: 'credential', kind: 'named_key', risk: 0.88, reason: 'a named key or token written out in the text' });
      break;
    }
  }
  for (const m of [...gatedMatches(KEY_VALUE, text), ...gatedMatches(QUOTED_KEY, text)]) {
    if (secretLike(m[1]) && !out.length) {
      out.push({ detector: 'credential', kind: 'secret_assignment', risk: 0.85, reason: 'a secret assigned to a password/token/key variable' });
      break;
    }
  }
  for (const m of gatedMatches(USER_PASS, text)) {
    // A comma after the pair ends the sentence's clause, not the password ("Google / Workspace, log in…").
    const pass = m[2].replace(/[,;:]+$/, '');
    if (secretLike(pass) && /[^A-Za-z]/.test(pass) && !/^[\w.-]+\.[a-z]{1,4}$/i.test(pass) && !pass.includes('/')) {
      out.push({ detector: 'credential', kind: 'login', risk: 0.85, reason: 'a user name and password pair' });
      break;
    }
  }
  if (!out.length) for (const m of gatedMatches(ID_PASS, text)) {
    if (threeKinds(m[1]) && !m[1].includes('/')) {
      out.push({ detector: 'credential', kind: 'login', risk: 0.85, reason: 'an account and its password' });
      break;
    }
  }
  if (!out.length) for (const m of matchesOf(NAMED_CONSTANT, text)) {
    if (secretLike(m[1]) && /\d/.test(m[1]) && /[a-z]/i.test(m[1])) {
      out.push({ detector: 'credential', kind: 'secret_assignment', risk: 0.85, reason: 'a secret-named constant with its value' });
      break;
    }
  }
  // A Kubernetes Secret's values are secrets by what the manifest is; a base64 run that decodes to
  // a secret is that secret (wrapped.ts).
  if (!nested && !out.length) {
    if (kubeSecretValues(text).some((v) => secretLike(withoutPlaceholders(v).trim()))) out.push({ detector: 'credential', kind: 'secret_token', risk: 0.9, reason: "a Kubernetes Secret's values" });
    else if (unwrappedTexts(text).some((t) => scanCredentials(t, true).length > 0)) out.push({ detector: 'credential', kind: 'secret_token', risk: 0.9, reason: 'a secret wrapped in base64' });
  }
  // Backup codes are digits: a text without one skips their pattern.
  const digits = /\d/.test(text);
  out.push(...scanCodes(text));
  if (testIf(SEED, text)) out.push({ detector: 'credential', kind: 'seed_phrase', risk: 0.95, reason: 'a wallet seed / recovery phrase' });
  else out.push(...scanRecoveryPhrase(text));
  if (digits && testIf(BACKUP_CODES, text)) out.push({ detector: 'credential', kind: 'backup_codes', risk: 0.9, reason: 'two-factor backup codes' });
  return out;
}
