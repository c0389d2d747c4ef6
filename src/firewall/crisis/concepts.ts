import { union } from './cue.js';
import { ORDINARY_KEEPING } from './lexicon/medicine-gathered.js';
import { negatedBefore } from './distancing.js';
import { FINAL_TRIGGERS, finalConceptHits, ORDINARY_END } from './concepts-final.js';
import { INTL_TRIGGERS, intlConceptHits } from './concepts-intl.js';
import { ACT_TRIGGERS, actConceptHits } from './concepts-acts.js';
import type { CueHit } from './types.js';
import { execIf, testIf, type Possible } from './possible.js';

// Layer 2b, not tied to phrases: concepts that co-occur in one clause. "Vanish" + "want" +
// "forever" shows risk in whatever words and order it is said ("quero sumir de vez", "もう消えて
// しまいたい", "想结束这一切"). Each concept is a small multilingual vocabulary of stems.

// Vanishing for a week, to the mountains or into a book is a holiday, not dying (as for desaparecer).
const DEATH = union([
  String.raw`\b(?:die|dying|dead|death|(?:vanish|disappear)\w*(?! (?:for (?:a|an|the|some|two|three|\d+|this|that)|to (?:a|an|the|my)|into (?:a|an|my|the)|under (?:a|my|the)|on (?:a|an|holiday|vacation)|off to)\b)|cease to exist|stop existing|not (?:wake|waking) up|never wake up|sleep forever|kill (?:my|him|her)sel[fv]|end (?:it|this|everything|it all|my life|things)|suicid\w*|unalive)\b`,
  String.raw`\b(?:it|everything|all of (?:it|this)|the pain|this pain) to (?:stop|end|go away)\b|\b(?:tout|todo|tudo|alles|tutto) (?:s'arrete|pare|acabe|aufhort|finisca)\b`,
  String.raw`\b(?:morir\w*|muert[oa]|matarme|desaparecer(?! (?:este|esta|estos|el|la|los|las|ese|esa|eso|un|una)\b)|no despertar|acabar con (?:todo|mi vida)|morrer|sumir|nao acordar|acabar com tudo|mourir|disparaitre|ne (?:pas|plus) me reveiller|en finir|sterben|verschwinden|nicht mehr aufwachen|tot sein|morire|sparire|non svegliarmi|farla finita|umrzec|zniknac|умереть|исчезнуть|не проснуться|olmek|yok olmak)\b`,
  String.raw`死に|死ね|死のう|消え|いなくなり|終わりにし|死|结束|結束|消失|不在了|永远睡|永遠睡|죽|사라지|끝내`,
]);
const DESIRE = union([
  String.raw`\b(?:want|wanna|wants|wish|wishes|ready|going to|gonna|plan(?:ning)? to|decided to|rather(?! than)|longing)\b`,
  String.raw`\b(?:quiero|quisiera|ganas de|deseo|voy a|quero|vontade de|vou|veux|voudrais|envie de|vais|will|mochte|werde|voglio|vorrei|chce|хочу|хочется|istiyorum)\b`,
  String.raw`たい|たく|しまいたい|想|要|싶`,
]);
const FINAL = union([
  String.raw`\b(?:forever|for good|for ever|permanently|anymore|any more|much longer|tonight|once and for all|never again|for real this time)\b`,
  String.raw`\b(?:para siempre|de una vez|de vez|pra sempre|para sempre|pour toujours|pour de bon|fur immer|endgultig|per sempre|una volta per tutte|na zawsze|навсегда|sonsuza)\b`,
  String.raw`永遠に|ずっと|もう|永远|永遠|这一切|這一切|一切|영원히|이제`,
]);
const MEANS = union([String.raw`\b(?:pills|tablets|meds|medication|sleeping pills|painkillers|insulin|rope|gun|pastillas|comprimidos|remedios|cachets|comprimes|tabletten|pillole|pastiglie|tabletek)\b|薬|药|藥|약`]);
const MEANS_ACT = union([
  String.raw`\b(?:sav(?:e|ed|ing)(?: \w+){0,2} up|stockpil\w*|hoard\w*|collect(?:ed|ing)|kept|keeping|take (?:them |it )?all|take all|taking (?:them )?all|swallow (?:them |it )?all|the whole bottle|a bottle of|juntando|guardando|acumulando|tomar(?:me)? todas|prendre tous|alle (?:nehmen|schlucken)|sammeln|prendere tutte)\b|全部飲|全部吃|다 먹`,
]);
const BURDEN = union([
  String.raw`\b(?:everyone|everybody|they|people|my family|the world|you all|all of you)\b.{0,30}\b(?:happier|better off|better|easier|lighter|relieved)\b.{0,25}\b(?:if i|without me|when i|once i)\b`,
  String.raw`\b(?:problem|burden|bother|trouble|nuisance)\b.{0,20}\b(?:much longer|anymore|any more|for long|soon)\b`,
]);
const LIVE = union([String.raw`\b(?:live|living|go on|keep going|vivir|viver|vivre|vivere|leben|zyc|leva|leve|leven|yasamak)\b|生き|活下|活着|活著|살`]);
const NOT = union([String.raw`\b(?:no|not|can'?t|cannot|don'?t|keine?|nicht|ne|non|nao|nie|не|plus|pas|ya no|mais)\b|不|没|沒|못|없|ない|無い`]);
const MORE = union([String.raw`\b(?:anymore|any more|longer|mas|mais|plus|mehr|piu|juz|больше)\b|もう|了|더`]);
const FAREWELL = union([String.raw`\b(?:goodbye|good-bye|farewell|says? bye|despide|despidiendo|despedida|adios|despedindo|adeus|adieu|abschied|verabschied\w*|addio|hejda|farval|farvel|vaarwel|zegnaj\w*|elveda|hoscakal\w*|пощаи|прощаи\w*|пока всем)\b|さよなら|さようなら|再见|再見|告别|告別|안녕`]);
/** "Love you always", "sorry for everything", "you were a good friend": a goodbye without the word. */
const PARTING = union([
  String.raw`\b(?:te (?:quiero|amo|querre|amare) (?:siempre|para siempre)|siempre te (?:quise|ame)|perdon(?:ame|enme|adme)? por todo|perdonen(?:me)? por todo|lo siento por todo|fuiste (?:un|una|el|la) (?:buen[oa]?|mejor) (?:amig[oa]|herman[oa]))\b`,
  String.raw`\b(?:te amo (?:pra|para) sempre|sempre te amei|desculp[ae] por tudo|perdoa(?:-me)? por tudo|voce foi (?:um|uma|o|a) (?:bo[am]|melhor) (?:amig[oa]|irma|irmao))\b`,
  String.raw`\b(?:je t'aimerai toujours|je t'ai toujours aime|pardon(?:ne-moi)? pour tout|desole(?:e)? pour tout|tu as ete (?:un|une|le|la) (?:bon|bonne|meilleur|meilleure) (?:ami|amie|frere|soeur))\b`,
  String.raw`\b(?:ich (?:hab|habe) dich immer geliebt|ich liebe euch (?:fur immer|fur alle zeit)|verzeih(?:t)? mir alles|entschuldigung fur alles|du warst (?:ein|eine) (?:guter|gute) (?:freund|freundin))\b`,
  String.raw`\b(?:ti vorro sempre bene|ti ho sempre (?:amato|amata|voluto bene)|scusa(?:temi|mi)? per tutto|perdonami per tutto|sei stat[oa] (?:un|una) (?:buon|buona) (?:amic[oa]))\b`,
  // "Thank you for everything" in the fourth-round languages (OCCASION still excludes a leaving do).
  String.raw`\b(?:salamat sa lahat|cam on (?:vi|ve) tat ca|terima kasih (?:untuk|atas) (?:semuanya|segalanya)|asante(?:ni)? kwa kila kitu|(?:dekuju|dekuji|diky) za vsechno|multumesc pentru tot|dziekuje za wszystko|her sey icin tesekkur\w*|bedankt voor alles|dank (?:je|u) voor alles|sab ke liye shukriya)\b|ขอบคุณสำหรับทุกอย่าง|дякую за все|ευχαριστω για ολα|תודה על הכ(?:ו)?ל|हर चीज़ के लिए शुक्रिया|हर चीज के लिए शुक्रिया|شكرا على كل شيء|спасибо за вс[её]|谢谢你们的一切|謝謝你們的一切|谢谢你为我做的一切`,
  // The same in the languages the fw-oof2 round's out-of-fold misses said it in, and their neighbours,
  // as the clause's end: "thanks for everything today / this weekend" is a visit.
  String.raw`(?:\b(?:faleminderit per gjithcka|koszonok mindent|koszonom,? hogy voltal|grazas por todo|gracies per tot|misaotra (?:anao |anareo )?tamin'ny zava-drehetra|aciu uz viska|paldies par visu|aitah koige eest|kiitos kaikesta|dakujem za vsetko|hvala (?:ti |vam )?za sve|hvala na svemu|hvala za vse|hamma narsa uchun rahmat)\b|благодаря (?:ти |ви )?за всичко|бәрі үшін рахмет|ташаккур барои ҳама чиз|ስለ ሁሉም ነገር አመሰግና\S*|सबै कुराको (?:लागि )?धन्यवाद|(?:সকলো কথাৰ বাবে ধন্যবাদ|ধন্যবাদ সকলো কথাৰ বাবে)|সব কিছুর জন্য ধন্যবাদ|හැමදේටම ස්තූතියි|მადლობა ყველაფრისთვის|շնորհակալություն ամեն ինչի համար)(?=\s*(?:[.!?;\n\r։।။。！？；…]|$))`,
  String.raw`(?<!i'?m |i am )\bsorry for everything\b|\b(?:sorry voor alles|vergeef me alles|przepraszam za wszystko|wybaczcie mi|forlat for allt|her sey icin ozur dilerim|beni affedin)\b|простите (?:меня )?за вс|прости за вс|今までありがとう|今までごめん|ごめんなさい、?全部|对不起,?一切|這些年謝謝|谢谢你们这些年|그동안 고마웠|다 미안해`,
]);
const EVERYONE = union([String.raw`\b(?:everyone|everybody|all of you|you all|y'?all|forever|todos|todo el mundo|a todos|tous|alle|tutti|wszystkim|всем)\b|みんな|皆|大家|모두`]);
const GIVE = union([String.raw`\b(?:gets?|have|take|keep|inherit|give away|giving away)\b.{0,12}\b(?:my|all my)\b`]);
const GONE = union([String.raw`\b(?:after|when|once) (?:i'?m|i am) (?:gone|dead|not here)\b|\bwon'?t need\b`]);
const JUMP = union([String.raw`\b(?:jump\w*|leap|saltar|tirarme|pular|me jogar|sauter|me jeter|spring\w*|saltare|buttarmi|skoczyc|прыгн\w*)\b|跳|飛び降|뛰어내`]);
const HIGH = union([String.raw`\b(?:bridge|roof|rooftop|building|floor|window|ledge|cliff|balcony|tower|puente|azotea|edificio|ventana|ponte|telhado|predio|janela|pont|toit|immeuble|fenetre|brucke|dach|hochhaus|fenster|tetto|palazzo|finestra|mostu|dachu|taket|bron|brug|dak|kopru|cati)\b|楼|樓|桥|橋|屋上|ビル|橋|옥상|다리|건물`]);
const REASON = union([String.raw`\b(?:reason|point|sense|sensu|purpose|strength|force|energy|sentido|razon|motivo|fuerzas?|forca|sens|raison|sinn|kraft|grund|senso|motivo|forza|powodu|sily|смысл|сил)\b|意味|理由|価値|意义|意義|理由|이유|의미|힘`]);
const NOBODY = union([String.raw`\b(?:nobody|no one|noone|nadie|ninguem|personne|niemand|nessuno|nikt|никто)\b.{0,25}\b(?:miss|notice|care|extranar\w*|notar\w*|sentir\w* (?:a )?(?:minha )?falta|remarquer\w*|vermiss\w*|bemerk\w*|accorger\w*|mancanza|zauwaz\w*|заметит)\b.{0,20}\b(?:if i|when i|me|mi|moi|mich|mir|mnie|меня)\b`]);
const OCCASION = union([String.raw`\b(?:party|retirement|wedding|leaving do|last day|new job|graduation|trip|vacation|holiday|conference|fiesta|jubilacion|festa|fete|feier|abschiedsfeier|ruhestand|pensione)\b`]);
const NEG_DESIRE = /\b(?:don'?t|do not|doesn'?t|never|no|nao|ne|nicht|non|nie)\s+(?:\S+\s+)?(?:want|wanna|wish|quiero|quero|veux|will|voglio|chce)\b|たくない|たくなか|不想|不要|싶지\s?않/;

function hit(signal: CueHit['signal'], weight: number, phrase: string): CueHit {
  return { signal, weight, lang: 'any', phrase };
}

/** One of these must match the text for any concept rule to fire (text-index.ts indexes their literals). */
export const CONCEPT_TRIGGERS: readonly RegExp[] = [DEATH, JUMP, NOBODY, MEANS, BURDEN, LIVE, FAREWELL, GIVE, PARTING, ...FINAL_TRIGGERS, ...INTL_TRIGGERS, ...ACT_TRIGGERS];

/** Of the triggers whose literals occur in the text, does one match it? */
export function conceptsApply(text: string, triggers: readonly RegExp[]): boolean {
  for (const re of triggers) if (re.test(text)) return true;
  return false;
}

/** Words for an ending rather than a death: an exam or a match ends too (see ORDINARY_END). */
const ENDING = /\bend\b|结束|結束|終わ|끝내|acabar con|en finir|finita|aufhort|pare|acabe|finisca|s'arrete/;

/** Whether the text names something that ordinarily ends (an exam, a release, a match): computed once per text. */
export function ordinaryEnding(text: string): boolean {
  return ORDINARY_END.test(text);
}

/** `possible`: the triggers whose literals occur in `text` (possible.ts); null runs them all. */
export function conceptHits(clause: string, ordinaryEnd = false, text: string = clause, possible: Possible = null): CueHit[] {
  const out: CueHit[] = [];
  const death = execIf(DEATH, clause, possible);
  if (death && !NEG_DESIRE.test(clause) && !negatedBefore(clause, death.index) && !(ordinaryEnd && ENDING.test(death[0]))) {
    // "for good" must be said apart from the death words themselves ("sleep forever" alone is a joke).
    const rest = clause.slice(0, death.index) + clause.slice(death.index + death[0].length);
    const desire = DESIRE.test(clause);
    const final = FINAL.test(rest);
    if (desire && final) out.push(hit('ideation', 0.9, `${death[0]} (wanted, for good)`));
    else if (desire || final) out.push(hit('ideation', 0.6, `${death[0]} (${desire ? 'wanted' : 'for good'})`));
  }
  if (testIf(MEANS, clause, possible) && MEANS_ACT.test(clause) && !ORDINARY_KEEPING.test(clause)) out.push(hit('means', 0.8, 'medication or means gathered or to be taken all at once'));
  if (testIf(JUMP, clause, possible) && HIGH.test(clause) && (DESIRE.test(clause) || FINAL.test(clause))) out.push(hit('method', 0.8, 'jumping from a height'));
  if (testIf(LIVE, clause, possible) && REASON.test(clause) && NOT.test(clause)) out.push(hit('hopelessness', 0.8, 'no reason or strength to live'));
  if (testIf(NOBODY, clause, possible)) out.push(hit('burden', 0.8, 'nobody would notice or miss them'));
  const burden = execIf(BURDEN, clause, possible);
  if (burden) out.push(hit('burden', 0.7, burden[0].slice(0, 60)));
  if (testIf(LIVE, clause, possible) && NOT.test(clause) && MORE.test(clause)) out.push(hit('hopelessness', 0.6, 'no longer able or willing to live'));
  if (testIf(PARTING, clause, possible) && !OCCASION.test(clause)) out.push(hit('farewell', 0.45, 'a parting message (love always, sorry for everything)'));
  if (testIf(FAREWELL, clause, possible) && EVERYONE.test(clause) && !OCCASION.test(clause)) out.push(hit('farewell', 0.6, 'a goodbye to everyone'));
  if (testIf(GIVE, clause, possible) && GONE.test(clause)) out.push(hit('giving_away', 0.7, 'who gets their things once they are gone'));
  for (const h of finalConceptHits(clause, ordinaryEnd, possible)) out.push(h);
  for (const h of intlConceptHits(clause, text, possible)) out.push(h);
  for (const h of actConceptHits(clause, possible)) out.push(h);
  return out;
}
