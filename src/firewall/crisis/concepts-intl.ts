import { union } from './cue.js';
import type { CueHit } from './types.js';
import { execIf, testIf, type Possible } from './possible.js';

// Layer 2d (issue 13, fourth round): three concepts that recur in every language and that phrase
// rows kept missing, each a small vocabulary per language so a new wording of the same idea is
// caught without a row of its own:
// - not waking up (again): "hindi na magising", "không tỉnh lại nữa", "nie obudzić się", "不再醒来";
//   with a question of how many tablets it is a question about a lethal amount;
// - things given away, with "I don't need them any more" or "all my things";
// (the third, "on Friday everything ends", is END_ALL with a weekday in concepts-final.ts).

/** Not waking up; `again` forms say it is for good. Written as normalize() leaves text. */
const NOT_WAKE = union([
  String.raw`\b(?:not (?:to )?wake up|never wake up|don'?t wake up|hindi na (?:ako )?(?:magising|gigising)|di na (?:ako )?magising|khong (?:tinh|thuc) (?:lai|day)|(?:tidak|gak|nggak|ga) bangun|nisiamke|neprobud\w*|sa nu ma (?:mai )?trezesc|nie obudz\w*|sie nie obudze|(?:bir daha )?uyanma(?:yayim|mak|m|sam|yacagim)|niet (?:meer )?wakker (?:te )?worden|inte vakna|no despertar(?:me)?|nao acordar|ne (?:plus|pas) me reveiller|nicht mehr aufwach\w*|non svegliarmi|nie (?:weer |meer )?wakker (?:te )?word|(?:aanan|aan) (?:u )?soo toosin)\b`,
  String.raw`ไม่ตื่น|(?:να μην|δεν θελω να|να μη) ξυπνησω|לא להתעורר|שלא אתעורר|не прокинут\S*|не прокинус\S*|не проснуться|не проснусь|안\s?깨어나|깨어나지\s?않|다시\s?안\s?깨|(?:फिर|कभी) (?:न|ना) उठूं|\b(?:phir|kabhi) na uth\w*|لا استيقظ|ولا اصحو|不再醒|醒不过来|醒不過來|不会再醒|不會再醒|目覚めない`,
]);
const AGAIN = union([
  String.raw`\b(?:again|ever|anymore|any more|for good|nua|lagi|tena|znovu|uz|mai|juz|tekrar|bir daha|meer|igen|aldrig|mas|nunca|mais|plus|jamais|nie wieder|mehr|piu|mai piu|hindi na|di na|weer)\b`,
  String.raw`อีก|ξανα|πια|יותר|אף פעם|більше|знову|больше|никогда|다시|영원히|फिर|कभी|ابدا|مرة اخرى|再|永远|永遠`,
]);
/** "How many tablets / how much of it": the question of an amount, in the same clause. */
const HOW_MANY = union([
  String.raw`\b(?:how (?:many|much)|cuant[oa]s|quant[oa]s|combien|wie viele?|quant[ei]|ile|kolik|cate|kac(?: tane)?|hoeveel|hur mang[ae]|berapa|ilang|bao nhieu|may vien|vingapi|immisa|imisa)\b`,
  String.raw`กี่เม็ด|สักกี่|ποσα|ποση|כמה|скільки|сколько|몇\s?(?:알|개|통)|कितनी|कितने|كم|多少|幾顆|几颗|几片`,
]);

/** Sleep as care: "so I don't wake up at 3am", "how much melatonin so the baby doesn't wake up". */
const SLEEP_CARE = union([
  String.raw`\b(?:at night|during the night|in the night|at \d|early|baby|jet ?lag|insomnia|melatonin|noche|madrugada|noite|la nuit|nachts|in der nacht|di notte|w nocy|v noci|noaptea|gece(?:leri)?|malam|gabi|ban dem|usiku|'s nachts|pa natten)\b`,
  String.raw`ночью|вночі|τη νυχτα|בלילה|กลางคืน|रात को|ليلا|في الليل|夜中|夜里|半夜|밤에|새벽`,
]);

const GAVE_AWAY = union([
  String.raw`\b(?:gave away|given away|giving away|ipinamigay|pinamigay|ibinigay ko na|cho (?:gan )?het|da cho (?:gan )?(?:het|tat ca)|tang (?:gan )?het|de lai cho|kubagikan|sudah kubagi\w*|membagikan|kuberikan semua|nimegawa|nimetoa|rozdal(?:a|jsem|la jsem)?|am (?:dat|impartit|daruit) (?:aproape )?(?:toate|tot)|rozdal(?:em|am)|oddal(?:em|am) (?:juz )?(?:prawie )?(?:wszystko|wszystkie)|dagittim|(?:tum|butun) \S+ verdim|weggegeven|weg gegeven|gett bort|gav bort|skankt bort|regale (?:todo|todas|mis)|he regalado|dei (?:tudo|todas as minhas)|j'ai donne (?:tout|toutes mes|tous mes)|(?:habe )?(?:alles|alle meine sachen) verschenkt|ho regalato (?:tutto|tutte)|baant diya)\b`,
  String.raw`แจก(?:ไป)?หมด|ยก(?:ของ)?ให้.{0,12}(?:หมด|แล้ว)|роздав|роздала|раздал|раздала|віддав(?:ла)? (?:все|усе)|отдал[аи]? (?:все|всё)|χαρισα|εδωσα (?:ολα|τα πραγματα)|חילקתי|נתתי את כל|나눠\s?줬|다\s?줬|बांट दिया|सारा सामान दे दिया|وزعت|اعطيت كل|送人了|都送了|送掉了|分给别人了|分給別人了`,
]);
const NO_NEED = union([
  String.raw`\b(?:won'?t need|don'?t need (?:it|them|any of it) (?:anymore|any more)|no longer need|hindi ko na kailangan|khong can (?:nua|den nua)|(?:tidak|gak|nggak|ga) (?:butuh|perlu) lagi|sihitaji tena|nepotrebuj\w*|nebudu (?:je |to )?potrebovat|nu (?:mai )?am nevoie|nu-mi mai trebuie|nie (?:bede )?potrzebuj\w*|ihtiyacim (?:yok|kalmadi)|niet meer nodig|behover (?:dem |det )?inte (?:langre|mer)|ya no (?:los |las |lo )?necesito|nao (?:vou )?precis(?:o|ar) mais|n'en ai plus besoin|brauche (?:sie |es )?nicht mehr|non mi serv\w* piu|zarurat nahi)\b`,
  String.raw`ไม่ต้องใช้|ไม่จำเป็น|δεν (?:τα|το) χρειαζομαι|δεν θα (?:τα|το) χρειαστω|לא צריך אות|לא אצטרך|не потрібн|не знадоб|не нужн|не понадоб|필요\s?없|ज़रूरत नहीं|जरूरत नहीं|لم اعد احتاج|لن احتاج|لا احتاج|用不着|用不著|不需要了|用不上`,
]);
const ALL_MINE = union([
  String.raw`\b(?:all (?:of )?my (?:things|stuff|belongings)|lahat ng gamit ko|het do(?: dac)?|semua barang\w*|barang-barangku|vitu vyangu vyote|vsechny (?:sve|moje) veci|toate lucrurile mele|wszystkie (?:swoje|moje) rzeczy|(?:tum|butun) esyalarim\w*|al mijn spullen|alla mina saker|todas mis cosas|todas as minhas coisas|toutes mes affaires|alle meine sachen|tutte le mie cose|sara saman)\b`,
  String.raw`ของ(?:ฉัน|หนู|ผม)?ทั้งหมด|ของที่เหลือ|แจก(?:ไป)?หมด|усі свої речі|все свои вещи|όλα μου τα πραγματα|ολα μου τα πραγματα|כל הדברים שלי|내\s?물건\s?다|अपना सारा सामान|كل اغراضي|所有东西|东西都|東西都`,
]);

function hit(signal: CueHit['signal'], weight: number, phrase: string): CueHit {
  return { signal, weight, lang: 'any', phrase };
}

/** One of these must occur for the rules here to fire (concepts.ts indexes them with its own). */
export const INTL_TRIGGERS = [NOT_WAKE, GAVE_AWAY];

/** `text`: the whole text the clause is from ("I gave it all away. I won't need it." is two clauses). */
export function intlConceptHits(clause: string, text: string = clause, possible: Possible = null): CueHit[] {
  const out: CueHit[] = [];
  const wake = execIf(NOT_WAKE, clause, possible);
  if (wake) {
    if (SLEEP_CARE.test(clause)) return givingAway(clause, text, out, possible);
    if (HOW_MANY.test(clause)) out.push(hit('means', 0.9, `${wake[0]} (how many)`));
    else if (AGAIN.test(clause.slice(Math.max(0, wake.index - 20), wake.index + wake[0].length + 20))) out.push(hit('ideation', 0.6, `${wake[0]} (for good)`));
  }
  return givingAway(clause, text, out, possible);
}

function givingAway(clause: string, text: string, out: CueHit[], possible: Possible): CueHit[] {
  if (testIf(GAVE_AWAY, clause, possible)) {
    if (NO_NEED.test(text)) out.push(hit('giving_away', 0.8, 'things given away, no longer needed'));
    else if (ALL_MINE.test(clause)) out.push(hit('giving_away', 0.6, 'all their things given away'));
  }
  return out;
}
