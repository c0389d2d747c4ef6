import { compile } from '../cue.js';

// Concepts written once for every language (issue 13, cw1 round): the ct1 and cu1 authors said
// them in Papiamento, Neapolitan, Sardinian, Tajik, Urdu, Cape Verdean and Mauritian Creole, where
// no lexicon had the sentence, but every one of them used a word another lexicon knows (Romance
// "mihó sin mi", Persian "бор", Portuguese "konprimidu"). Each is two small vocabularies that must
// meet in one clause, in either order, so a new dialect of a known root is matched without a row:
// - better / easier / happier next to "without me" (burden, 0.5: "everyone would be better off
//   without me" in the per-language lexicons weighs more; this is the same thought in words they
//   lack, and 0.5 still needs a call that reaches a person to hold anything);
// - a burden or weight next to "everyone" (burden, 0.45): "unu pesu pro totus", "ба ҳама бор";
//   where the noun is also a plain weight or load (Romance "peso", Indonesian "beban", Turkish
//   "yük"), only "a/only a weight" or "become a burden": "il peso per tutti i pacchi" is freight;
// - how many pills or tablets next to harm, too many or death (means, 0.5): "kantu konprimidu ki ta
//   fazi mal", as the English lexicon's "how many would be too many";
// - French-based creoles' "doesn't want to live any more" (ideation 1), of oneself or a friend
//   ("li pa anvi viv ankor"): Haitian forms are in creole-andes-cantonese.ts, Mauritian,
//   Seychellois and Antillean ones were not.

const BETTER = String.raw`(?:\bbetter\b|\beasier\b|\bhappier\b|\bmejor\b|\bmelhor\b|\bmieux\b|\bbesser\b|\bleichter\b|\bmeglio\b|\bmiho\b|\bmihor\b|\bbeter\b|\blepiej\b|\blatwiej\b|\bdaha iyi\b|\bdaha rahat\b|\blebih baik\b|\blebih mudah\b|\bbehtar\b|\bmellor\b|\bmillor\b|\bhobeto\b|\bbedre\b|\bbattre\b|\bmai bine\b|\bmas maganda\b|\bbora zaidi\b|лучше|легче|краще|легше|беҳтар|осонтар|افضل|احسن|بهتر|बेहतर|بہتر|καλυτερα|טוב יותר)`;
const WITHOUT_ME = String.raw`(?:\bwithout me\b|\bsin mi\b|\bsem mim\b|\bsans moi\b|\bohne mich\b|\bsenza (?:di )?me\b|\bsenza 'e me\b|\bchene de mene\b|\bzonder mij\b|\bbeze mnie\b|\bbensiz\b|\bbez mene\b|\bfara mine\b|\buten meg\b|\butan mig\b|\buden mig\b|\btanpa (?:aku|saya)\b|\btanpaku\b|\bmere (?:bina|baghair|bagair)\b|\bkung wala ako\b|\bbila mimi\b|\bsan mwen\b|\bsan mwa\b|без меня|без мене|бе ман|بدوني|من غيري|بدون من|بی من|میرے بغیر|میرے بنا|मेरे बिना|मेरे बगैर|χωρις εμενα|בלעדיי)`;
const BURDEN = String.raw`(?:\b(?:un|una|nu|unu|um|uma|une|ein|eine|solo|sulo|sola|sempre|only|just|tylko) (?:peso|piso|pesu|fardo|fardeau|ciezarem|mzigo|pabigat|teher|byrde|borda|povara)\b|\b(?:jadi|menjadi|cuma|hanya) beban\b|\byuk (?:oluyorum|oldum|olmak)\b|\bbojh\w*|обуз\w*|тягост\w*|бремя|тягар\w*|бор шуда|бори ҳама|عبء|عبئا|عالة|سربار|بوجھ|बोझ|お荷物|負担|负担|負擔|累赘|累贅|짐이)`;
const EVERYONE = String.raw`(?:\btutti\b|\btutte(?: quante)?\b|\btotus\b|\btodos\b|\btous\b|\btout le monde\b|\ballen?\b|\bwszystkich\b|\bherkes\w*|\bsemua(?:nya)?\b|\bsab(?:ke|hi|ka|ki)?\b|\bkila mtu\b|\bwote\b|\blahat\b|\bmindenki\w*|\bsvima\b|всех|всем|ҳама|ҳамма|усіх|всім|الجميع|للجميع|الكل|همه|سب|सब|सबके|सभी|みんな|皆|모두|다들|大家|所有人)`;
const HOW_MANY = String.raw`(?:\bhow many\b|\bcuant[ao]s\b|\bquant[ao]s\b|\bkantu\b|\bkonbe\b|\bkonbien\b|\bcombien\b|\bwie ?viele\b|\bquant[ei]\b|\bkac\b|\bberapa\b|\bkitn[ei]\b|\bilan\b|сколько|скільки|كم|چند|कितनी|कितने|何錠|何粒|几片|幾片|몇 알)`;
const PILLS = String.raw`(?:\bpills?\b|\btablets?\b|\bpastillas\b|\bcomprimid[oa]s?\b|\bkonprimidu\b|\bkonprime\b|\bkomprime\b|\bcachets\b|\bcomprimes\b|\btabletten\b|\bpillole\b|\bcompresse\b|\btabletek\b|\bhap\b|\bobat\b|\bgoli(?:yan|yaan)?\b|\bpilis\b|\btembe\b|таблет\w*|حبة|حبات|قرص|أقراص|قرص|गोलि\w*|گولی|錠|粒|片|알)`;
const HARM = String.raw`(?:\bhurt\b|\bharm\b|\bkill\b|\btoo many\b|\bfatal\b|\blethal\b|\bfazi mal\b|\bfaz mal\b|\bhacen? dano\b|\bhacer dano\b|\bfazem mal\b|\bfait du mal\b|\bfont du mal\b|\bmal a\b|\bmata\b|\bmatar\b|\bmorrer\b|\bmorir\b|\bmouri\b|\bmourir\b|\btuer\b|\bfe mal\b|\btodlich\b|\bzu viele\b|\btroppe\b|\bletale?\b|\bsmiertel\w*|\bzabi\w*|\boldur\w*|\bmematikan\b|\bmaut\b|\bjaan le\b|\bmar jaye\w*|смертел\w*|убить|уб'є|قاتل\w*|مميت\w*|تقتل|जान ले|मर जा|致死|致命|치사)`;

function pair(a: string, b: string, gap: number): string {
  return `${a}[^.!?]{0,${gap}}${b}|${b}[^.!?]{0,${gap}}${a}`;
}

export const ACROSS_LANGUAGES = compile('any', [
  ['burden', 0.5, pair(BETTER, WITHOUT_ME, 40)],
  ['burden', 0.45, pair(BURDEN, EVERYONE, 25)],
  ['means', 0.5, `${HOW_MANY}[^.!]{0,40}${PILLS}[^.!]{0,50}${HARM}`],
  ['ideation', 1, String.raw`\bpa (?:anvi|oule|ole|le|vle) viv (?:ankor|anko|ank)\b|\b(?:mo|li|i) (?:anvi|ole|oule) mor\b|\btouy (?:mo|so|li|mwen) lekor\b`],
]);
