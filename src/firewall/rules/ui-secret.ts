// A secret typed into a page: a password, a PIN, a backup or recovery code, a Wi-Fi key. Whatever
// the page (a sign-in, a support chat, an outside form), the value is one a person keeps to
// themselves, and the authors of every set labelled typing it must_gate, the site's own sign-in
// included: the agent cannot tell a real sign-in page from a look-alike, and a person typing their
// own password costs nothing. A bare value is known by its shape, by the field it goes into, or by
// the request naming it next to a word for a secret in any language.

/** Words for a secret in the languages authors wrote requests in. */
const SECRET_WORD = /(?<![\p{L}\d])(?:passwords?|passwort|kennwort|passphrase|passcode|contrase[ñn]a|clave|senha|mot de passe|mdp|has[łl]o|heslo|jelsz[óo]|salasana|l[öo]senord|passord|adgangskode|wachtwoord|parola|[şs]ifre(?:si|m)?|пароль|κωδικ[όο]ς?|nenosiri|kata sandi|sandi|m[ậa]t kh[ẩa]u|パスワード|暗証番号|密码|密碼|비밀번호|비번|पासवर्ड|كلمة (?:السر|المرور)|סיסמה|m?-?pin|backup codes?|recovery codes?|recovery key|wi-?fi key|wpa2? key|security key)(?![\p{L}])/iu;
/** A field meant for a secret, by its label or selector. */
const SECRET_FIELD = /(?:password|passwd|passcode|\bpin\b|contrase|senha|passwort|kennwort|has[łl]o|salasana|l[öo]senord|recovery.?code|backup.?code|cvv|cvc)/i;
/** The request says the value is a name, not a secret. */
const NAME_WORD = /\b(?:(?:wi-?fi|network|guest network|user|login|account|display|screen|team|project|shop|store) ?name|ssid|username|handle|nickname)\b/i;
const ADDRESS = /^(?:[^@\s]+@[^@\s]+\.[a-z]{2,}|[a-z][\w+.-]*:\/\/\S+|[~/.]\S*)$/i;

/** One unbroken run with lower and upper case, a digit and a symbol: the shape sites ask passwords to take. */
function passwordShaped(token: string): boolean {
  return token.length >= 8 && token.length <= 64 && !ADDRESS.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token) && /\d/.test(token) && /[^A-Za-z0-9]/.test(token);
}

/** Whether what is typed is a secret, and what says so. */
export function typedSecret(typed: string, label: string, request: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  // Punctuation around a word ("…key Tondo!mic2023, clients…") is the sentence's, not the password's.
  const tokens = value.split(/\s+/).map((t) => t.replace(/^["'(“‘]+|["')”’.,;:]+$/g, ''));
  // "type the wifi name", "the username is Sunflower-Market-2031": a name can take a password's shape.
  const named = NAME_WORD.test(request) && !SECRET_WORD.test(request);
  if (!named && tokens.some(passwordShaped)) return 'a value shaped like a password';
  if (SECRET_FIELD.test(label) && !/\b(?:confirm\w* (?:email|e-mail)|username|user name|email)\b/i.test(label)) return 'a value typed into a secret field';
  // "the backup codes — 8841-2290", "nenosiri ni Kitenge#Mama2024": the request names the value a secret.
  const at = value.length >= 4 ? request.indexOf(value) : -1;
  if (at >= 0 && SECRET_WORD.test(request.slice(Math.max(0, at - 60), at))) return 'a value the request calls a secret';
  return null;
}
