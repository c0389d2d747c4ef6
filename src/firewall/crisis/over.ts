import { union } from './cue.js';
import type { CueHit, CrisisSignal } from './types.js';

// Talk about a suicide or an attempt that is over, in the words of risk: condolences and a
// funeral after a death ("her dad took his own life last month"), an anniversary, a survivor's
// story told years later ("ten years ago I wanted to die most days", "his attempt at nineteen"),
// a person who is now safe in care ("he's safe on the ward now"). What tells them from risk is
// when (a death in the past tense, a distance in time) and where the person is now, not the words.
// A clause that also says what someone wants, plans or is about to do ("she wants to join him
// tonight", "he's going to try again") is not over, and neither is any other clause of the text.

/** A person's completed suicide, in the past tense (never the speaker's own). */
const DEATH_IN_PAST = union([
  String.raw`\b(?:took (?:his|her|their) own life|(?:killed|hanged|shot) (?:him|her|them)sel(?:f|ves)|died (?:by|of|from) suicide|(?:had )?committed suicide|lost (?:my|our|his|her|their|a) (?:\w+ ){0,2}to suicide|(?:his|her|their) suicide (?:in|last|on|\d))\b`,
  // es, pt, fr, de, it, nl, pl, sv, id
  String.raw`\b(?:se quito la vida|se suicido|murio por suicidio|se suicidou|tirou a (?:propria )?vida|s'est (?:suicide|donne la mort)|a mis fin a ses jours|(?:hat|hatte) sich (?:das leben genommen|umgebracht|getotet)|nahm sich das leben|si e (?:tolt[oa] la vita|suicidat[oa])|(?:heeft|had) zelfmoord gepleegd|pleegde zelfmoord|popelnil\w* samobojstwo|odebral\w* sobie zycie|tog (?:sitt (?:eget )?liv|livet av sig)|meninggal (?:karena )?bunuh diri)\b`,
  // ru, tr, ar, hi, ja, zh, ko
  String.raw`покончил\S* с собои|\bintihar (?:etti|ettigini|ettiginden|edeli)|انتحر(?!ت)|आत्महत्या कर ली|自殺して(?:から|以来)|自殺した|自ら命を絶った|自杀(?:了|身亡)|自殺(?:了|身亡)|스스로 목숨을 끊(?:은|었)|자살(?:한 지|했)`,
]);

/** An attempt, self-harm or a wish to die told in the past tense. */
const EPISODE_IN_PAST = union([
  String.raw`\b(?:(?:tried|attempted|trying) to (?:kill|hang|end|take) (?:him|her|them|my|your)sel(?:f|ves)|(?:tried|attempted) to (?:end|take) (?:his|her|their|my|your) (?:own )?life|(?:his|her|their|my|your) (?:suicide )?attempt|suicide attempt|attempted suicide|(?:took )?(?:an |his |her )?overdose[ds]?|nearly killed (?:him|her|them|my)self|wanted to die|was suicidal|(?:cut|harmed) (?:him|her|them|my)self|disclosed (?:self-?harm|self harm|suicidal \w+))\b`,
]);

/** A distance in time before the words: years ago, at nineteen, last spring, in January, since. */
const DISTANCE_IN_TIME = union([
  String.raw`\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|a few|several|many) (?:months?|years?) (?:ago|since|later|on)|(?:last|the previous) (?:year|spring|summer|autumn|fall|winter)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|(?:at|aged) (?:1[3-9]|[2-9]\d|sixteen|seventeen|eighteen|nineteen|twenty)(?! ?(?:am|pm|o'?clock|:|h\b))|when (?:i|he|she|they) (?:was|were) (?:\d+|young|a teen\w*|at (?:school|uni\w*|college))|used to)\b`,
]);

/** The person is safe now and looked after. */
const SAFE_IN_CARE = union([
  String.raw`\b(?:(?:is|are|he'?s|she'?s|they'?re|now) (?:safe|being (?:well )?looked after|in good hands|doing (?:much |a lot )?better)|(?:he'?s|she'?s|they'?ve|has|have) been (?:well|fine|stable|doing well) (?:for|since|ever since)|safe (?:there|now|at home|on the ward|in hospital)|(?:on|onto) the ward|sectioned|admitted (?:to|on)|under the care of)\b`,
  String.raw`\b(?:en securite|en seguridad|a salvo|em seguranca|in sicherheit|in veiligheid|veilig|al sicuro|bezpieczn\w*|guvende)\b|安全|안전`,
]);

/** Something wanted, planned or about to happen now, in the same clause. */
const STILL_AT_RISK = union([
  String.raw`\b(?:wants?|wanting|wish(?:es)?|plans?|planning|decided|ready|keeps? (?:saying|talking|thinking)|going to|gonna|again|tonight|join(?:ing)? (?:him|her|them)|follow(?:ing)? (?:him|her|them)|be with (?:him|her|them)|(?:do|doing) the same|the same way|finish what|not answering|won'?t answer)\b`,
  String.raw`\b(?:quiere\w*|quiero|va a|voy a|otra vez|de nuevo|esta noche|quer|quero|vai|vou|hoje a noite|junto com|veut|veux|va |vais|recommencer|ce soir|(?:er|sie|ich|du) will|wollen|werde|wird|heute nacht|wieder|vuole|voglio|stanotte|wil|gaat|vannacht|weer|chce|dzis|znowu|vill|ikvall|mau|ingin|malam ini|istiyor\w*|istedig\w*|bu gece|tekrar)\b|хоч|сегодня|снова|уити за|يريد|تريد|الليلة|चाहत|आज रात|たい|今夜|また|想|要|今晚|싶|오늘 밤|따라`,
]);

/** Signals a death or an episode is told in; a plan, means or a farewell of its own is not discounted. */
const TOLD_IN = new Set<CrisisSignal>(['ideation', 'topic', 'self_harm', 'method', 'intent']);

/**
 * Whether this clause tells of a death or an episode that is over and nothing else: its hits are
 * the words of the telling, and no one in it wants, plans or is about to do anything.
 */
export function toldAsOver(clause: string, text: string, hits: readonly CueHit[]): boolean {
  if (!hits.every((h) => TOLD_IN.has(h.signal))) return false;
  if (STILL_AT_RISK.test(clause)) return false;
  if (DEATH_IN_PAST.test(clause)) return true;
  return EPISODE_IN_PAST.test(clause) && (DISTANCE_IN_TIME.test(clause) || SAFE_IN_CARE.test(text));
}
