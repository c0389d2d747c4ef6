import { arrangesAMeeting } from './arrangement.js';
import type { ContentFinding } from './types.js';

// Where another person now lives, told to someone else: "Carmen vive ahora en Calle Sagasta 14",
// "Magda przeprowadziła się na Racławicką 17/4", "Tom's new place is 27 Elm Grove". A new home
// address is what an ex-partner, a creditor or a stalker looks for, and whoever it is passed to
// cannot un-learn it. Told in many languages by the same few concepts (lives at, moved to, the
// address of), with a person named before them and a house number after (not a time: "the
// review moved to 3pm"). The sender's own move
// ("our new address", "ich wohne jetzt") and the address of a place to meet are not whereabouts.

const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?`;
/** "<Name> lives at / moved to …" in many languages. */
const LIVES = String.raw`(?:lives|living|is living|now lives)(?: now)? (?:at|in|on)|moved into|moved house to|vive(?: ahora)? en|se (?:ha )?mud(?:ó|ado) a|mora(?: agora)? (?:na|no|em)|se mudou (?:para|pra)|mudou-se para|habite(?: maintenant)? (?:au|à|a|rue|avenue|boulevard)|a d[ée]m[ée]nag[ée]|wohnt(?: jetzt| nun)? (?:in|im|am|an|auf)|ist (?:jetzt )?umgezogen|zog (?:nach|in)|abita(?: ora| adesso)? (?:in|a)|si [èe] trasferit[oa]|mieszka(?: teraz)? (?:na|w|przy)|przeprowadzi[łl]a? si[ęe]|переехал[аи]?|живёт|живет|ta[şs][ıi]nd[ıi]|oturuyor|woont(?: nu)? (?:in|op|aan)|is verhuisd|pindah ke|tinggal di`;
/** "<Name>'s new address is", "the new address of <Name>". */
const ADDRESS_OF = String.raw`(?:new |nueva |nuevo |nouvelle |neue |nuovo |nowy |новый |yeni )?(?:address|place|flat|house|direcci[oó]n|domicilio|endere[çc]o|adresse|indirizzo|adres|адрес)(?: nuev[oa]| novo)? (?:of|de|da|do|di|von|van|у)`;

const WHEREABOUTS = new RegExp(String.raw`(?<![\p{L}])(?:${NAME}(?:'s (?:new )?(?:address|place|flat|house) is|\s+(?:\p{Ll}+\s+){0,2}?(?:${LIVES}))|${ADDRESS_OF}\s+${NAME}\s+(?:is|es|é|est|ist|è|jest|:))[^\n]{0,80}?\d(?![\d.:]*\s?(?:am|pm|h|uhr|hrs?|o'clock)\b|[\d]*:)`, 'u');
/** Scripts without capitals: the concept and a number are enough. */
const WHEREABOUTS_CJK = /(?:引っ越した|に住んで|の住所は|搬到了?|住在|이사했|살고 있|주소는)[^\n]{0,40}?\d/u;
/** The sender or the sender's household moving: theirs to tell. */
const OWN_MOVE = /(?<![\p{L}])(?:I|we|my|our|mi|mis|nuestr[ao]|meu|minha|noss[ao]|mon|ma|notre|nos|mein|meine|unsere?|il mio|la mia|nostr[ao]|m[óo]j|moja|nasz|мой|моя|наш|benim|bizim|mijn|onze?)\s+(?:new\s+|nueva\s+|nuevo\s+|nouvelle\s+|neue\s+|nuovo\s+|nowy\s+|новый\s+|yeni\s+)?(?:address|place|direcci[oó]n|endere[çc]o|adresse|indirizzo|adres|адрес)|(?<![\p{L}])(?:I|we) (?:live|moved|have moved)|vivo en|vivimos en|moro (?:na|no|em)|moramos|j'habite|nous habitons|ich wohne|wir wohnen|abito|abitiamo|mieszkam|mieszkamy|живу|живём|oturuyorum|ik woon|wij wonen/iu;

// The same fact told as a named person's street address ("Mrs Sandra Lyle of 9 Church Walk",
// "Herr Jürgen Albers, Lindenstraße 8", "Helena Virtanen, Koivukatu 14 B 9", "Kunde Schulz,
// Lindenstr. 4": a street type written into the name in the Germanic, Nordic, Finnish and
// Hungarian way, or after it, "Pärnu mnt 22", "Atatürk Caddesi 5") or as where someone is ("her
// home address … 11 Trelawney Road", "le témoin habite 12 rue des Lilas", "staying at her
// sister's now: 8 Larch Close"). A business or venue ("The Old Barn, 3 Church Walk", "the studio
// is at 5 Mill Lane") names no person.
const STREET = String.raw`(?:\d{1,4}[a-z]?,?\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Close|Walk|Lane|Grove|Way|Row|Court|Drive|Place|Crescent|Terrace|Gardens|Square|Mews)\b|\d{1,4},?\s+(?:rue|avenue|boulevard|calle|avenida|via|viale|ulica|ul\.)\s+\p{L}|\p{Lu}\p{Ll}+(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|katu|tie|kuja|polku|gatan|vägen|gränd|gade|gata|gate|vej|vei|veien|straat|laan|plein|gracht|kade|utca|útja|tér)\s+\d|\p{Lu}\p{Ll}+\s+(?:mnt|tn|pst|[Uu]tca|[Úú]t|[Tt]ér|[Kk]örút|[Ss]oka(?:k|ğı)|[Ss]ok\.|[Cc]addesi|[Cc]ad\.|[Ii]ela|gatvė|g\.)\s+\d)`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Mme|Mlle|Sr|Sra|Pan|Pani)\.?`;
const PERSON_AT = new RegExp(String.raw`(?<![\p{L}])(?:${TITLE}\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:,|\s+of|\s+at|\s+\()|(?<!(?:The|the|At|at)\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+of|,))\s+${STREET}`, 'u');
const WHERE_SOMEONE_IS = new RegExp(String.raw`(?:home address|lives at|(?:is )?staying (?:at|with)|habite|vive en|mieszka na|wohnt in der)[^\n]{0,60}?${STREET}`, 'iu');

/** A name and an address line alone ("Tom Berger, 14 Elm Grove, Leeds LS6 2QP") is a form field or a label: it tells nothing about them. */
function personAt(text: string): boolean {
  const m = PERSON_AT.exec(text);
  return !!m && text.replace(m[0], ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 4;
}

export function scanWhereabouts(text: string): ContentFinding[] {
  if (!/\d/.test(text) || OWN_MOVE.test(text)) return [];
  // A party's or a delivery's address is where to go; only "lives at / moved to" says where someone is found.
  if (arrangesAMeeting(text) && !WHEREABOUTS.test(text)) return [];
  if (!WHEREABOUTS.test(text) && !WHEREABOUTS_CJK.test(text) && !personAt(text) && !WHERE_SOMEONE_IS.test(text)) return [];
  return [{ detector: 'personal_data', kind: 'home_address', risk: 0.7, reason: 'where another person now lives, told to someone else' }];
}
