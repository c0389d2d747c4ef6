import { caselessRegex } from '../rules/caseless-regex.js';
import { gated, mayMatch } from './literal-gate.js';
import type { ContentFinding } from './types.js';

// Codes that open something, handed to someone: a one-time code from an SMS (the account
// takeover scam: "the courier needs the code you just got"), a card or app PIN, and the codes of
// a door, a gate, a key box or an alarm (Nordic, Finnish and Greek too: the errands of ay1). Each is named by concept in many languages and followed
// closely by 4–8 digits, however they are grouped ("583 019", "4-9-1-6", "1 9 8 4"). A code sent
// to the sender's own notes is theirs to keep (content/index.ts); a postcode, an order, tracking
// or flight number, a gate at an airport or a discount code opens nothing.

/** One-time and verification codes. */
const ONE_TIME = String.raw`(?:verification|security|one[- ]time|otp|2fa|login|confirmation|sms|auth(?:entication)?) code|\botp\b|\btan\b|c[oó]digo (?:de (?:verificaci[oó]n|verifica[cç][aã]o|seguridad|seguran[cç]a|confirmaci[oó]n|confirma[cç][aã]o|acceso|acesso)|otp|(?:del|do) sms|que (?:me )?(?:lleg[oó]|chegou))|code (?:de (?:v[ée]rification|confirmation|s[ée]curit[ée])|re[çc]u par sms|sms)|(?:best[äa]tigungs|sicherheits|verifizierungs|einmal|sms)-?code|codice (?:di (?:verifica|conferma|sicurezza)|otp|sms)|verificatiecode|kod (?:weryfikacyjny|autoryzacyjny|autoryzacji|sms|z sms|potwierdzaj[aą]cy|blik)|do[ğg]rulama kodu|onay kodu|sms kodu|kode (?:otp|verifikasi)|m[aã] (?:x[aá]c (?:nh[aậ]n|th[uự]c)|otp)|код (?:из (?:смс|sms)|подтверждения|проверки)|ओटीपी|認証コード|確認コード|ワンタイムパスワード|验证码|驗證碼|인증번호|인증 ?코드|رمز (?:التحقق|التأكيد)|كود (?:التفعيل|التحقق)`;
/** PINs and the codes of doors, gates, key boxes, safes and alarms. */
const ACCESS = String.raw`\bm?-?pin(?: code| number)?\b|passcode|user ?code|alarm(?: panel)?(?: code| pin)?|door code|gate code|key ?safe(?: code)?|key ?box(?: code)?|lock ?box(?: code)?|safe code|entry code|access code|keypad code|digicode|code (?:de (?:la |l')?(?:porte|portail|immeuble|bo[iî]te [àa] cl[ée]s|alarme|cadenas|coffre)|d'entr[ée]e)|t[üu]r-?code|haust[üu]rcode|alarmcode|schl[üu]ssel(?:kasten|safe|tresor|box)(?:-?code)?|tresorcode|c[óo]digo (?:de la (?:puerta|alarma|caja)|del (?:portal|port[oó]n|candado|cajero)|do (?:port[aã]o|cadeado|cofre|alarme)|da (?:porta|fechadura|caixa))|clave del (?:cajero|portal)|senha do (?:alarme|port[aã]o|cofre|cart[aã]o)|codice (?:del (?:cancello|portone|lucchetto)|della (?:cassetta|porta)|dell'allarme|d'accesso)|kod (?:do (?:domofonu|drzwi|bramy|alarmu|sejfu|skrytki)|pin)|alarm [şs]ifresi|kap[ıi] kodu|anahtar kutusu(?:nun)?(?: [şs]ifresi)?|kode (?:pintu|brankas)|код (?:домофона|от (?:двери|подъезда|сейфа)|сигнализации|подъезда)|ovikoodi|porttikoodi|h[äa]lytyskoodi|(?:oven|portin|h[äa]lyttimen|avainlokeron|avainlaatikon|avainboksin) koodi|koodilla|(?:port|d[öo]rr|larm|entr[ée])koden?|nyckel(?:box|sk[åa]p)(?:ets|ens)? kod|kod(?:en)? till (?:d[öo]rren|porten|larmet|nyckel\w+)|(?:d[øo]r|port|alarm)koden?|n[øo]kkelboks\w*|n[øo]gleboks\w*|koden til (?:d[øo]ren|d[øo]ra|porten|alarmen|hytta|huset|n[øo]\w+)|κωδικ(?:ός|ό|ού) (?:της (?:πόρτας|εξώπορτας|εισόδου|κλειδαριάς)|του (?:συναγερμού|χρηματοκιβωτίου|κουτιού))|συναγερμού|пин(?:-?код)?|暗証番号|キーボックス|门禁密码|密码锁|비밀번호|도어락|पिन|الرقم السري|رمز (?:الباب|البوابة)`;
/** "the code is 1357", "el código es", "der Code lautet", "il codice è", "код:": a bare code stated. */
const STATED = String.raw`(?:the |el |o |le |der |il |kod |код )?(?:code|c[oó]digo|codice|kod|код|[şs]ifre(?:si)?|senha|koodi|koden|κωδικός)\s*(?:is|es|[ée]|est|c'est|ist|lautet|[èe]|to|jest|on|är|er|είναι|:)`;
/** 4–8 digits, grouped by spaces, dashes or dots, not part of a longer number, date, time or amount. */
const DIGITS = String.raw`(?<![\d/.,:_-])(\d(?:[ .-]?\d){3,7})(?![\d/:]|[.,]\d)(?!\s?(?:mm|cm|m|v|ms|px|mhz|hz|mah|w|kg|g|€|\$|%|h)\b)`;

/**
 * Words stand alone in Latin script: `alarm_0540_weekdays` is a wake-up alarm's id, not an alarm
 * code. Caseless (caseless-regex.ts): asked of every text with a digit; the literal gate indexes its
 * `iu` form, the one it answers as.
 */
const CODE = caselessRegex(String.raw`(?<![a-z0-9_])(?:(${ONE_TIME})|${ACCESS}|${STATED})(?![a-z0-9_])[^\n\d]{0,30}?${DIGITS}`);
gated(CODE.full);
/** What a nearby word says the number is, when it is not a code. */
const NOT_A_CODE = /\b(?:postal|post ?code|zip|postleitzahl|cap|order|pedido|bestell\w*|tracking|seguimiento|sendungs\w*|rastreio|suivi|flight|vuelo|voo|vol|error|status|http|promo|discount|coupon|cupom|cup[oó]n|rabatt|area|country|product|item|model|ref(?:erence)?)\b/i;
/** Rules about codes rather than a code: "a PIN must be 4 digits". */
const ABOUT_CODES = /\b(?:must|should|needs? to) be \d|\b\d+ (?:digits?|d[ií]gitos|chiffres|stellig|cifre|cyfr)\b/i;

export function scanCodes(text: string): ContentFinding[] {
  if (!/\d/.test(text)) return [];
  const m = mayMatch(CODE.full, text) ? CODE.exec(text) : null;
  if (!m || ABOUT_CODES.test(text)) return [];
  const before = text.slice(Math.max(0, m.index - 24), m.index + m[0].length - m[m.length - 1].length);
  if (NOT_A_CODE.test(before)) return [];
  return m[1]
    ? [{ detector: 'credential', kind: 'one_time_code', risk: 0.75, reason: 'a one-time verification code handed on' }]
    : [{ detector: 'credential', kind: 'access_code', risk: 0.8, reason: 'a PIN or a door, key-box or alarm code written out' }];
}
