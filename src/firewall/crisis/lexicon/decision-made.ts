import { compile } from '../cue.js';

// A decision that names nothing, said in an earlier turn (issue 13, cw1 round): "I've made my
// decision", "it's all settled in my head", "everything is decided", before a hand-over.
// Clinicians list the calm that follows a decision among the late warning signs; the ct1 and cu1
// authors wrote it in Armenian, Azerbaijani, Gulf Arabic and Swedish, where no lexicon had it, and
// in English forms en.ts and concepts-final.ts did not know. Weighted 0.45 (`intent`), as
// concepts-final.ts weighs "decided" alone: with a hand-over or a thank-you for everything in the
// message it reaches the 0.45 bar of a call that reaches a person (screen.ts, two kinds of
// evidence); alone it holds nothing but a call a person approves anyway. Only at the end of the
// clause or before "and": a decision that names its object ("decided: I'm moving to Valencia",
// "decided to take the job", Japanese "転職することに決めた", concepts-final.ts) is not this concept.
// The calm itself ("strangely calm", "at peace now") is left out: it is an ordinary state, and in
// the first version (0.3, then 0.1) it counted as a second kind of evidence beside a "thanks for
// everything" before a move, holding two look-alikes.

const END = String.raw`\.?(?:$| and\b)`;

export const DECISION_MADE = [
  ...compile('en', [
    ['intent', 0.45, String.raw`\b(?:everything'?s|everything is|it'?s all|its all|all) (?:decided|settled)(?: in my head)?${END}|\bmy mind'?s made up${END}|\bmy mind is made up${END}|\bi'?ve (?:made|taken) (?:my|the) decision${END}|\bi'?ve decided (?:things|everything)\b|\bi'?ve decided what (?:i'?m going to|i'?ll|i will|to) do${END}`],
    // dp1 round: the decision names only a last time ("I've decided this is my last week"), not
    // where or of what ("…my last week at Brennan's", "…my last time drinking"); and "it's time
    // for me to go" said as a whole clause (en.ts keeps "it's time" from errands: "…to go to the airport").
    ['intent', 0.5, String.raw`\bi'?ve decided (?:that )?(?:this|today|tonight|(?:this |next )?\w+day)(?:'s| is| will be) (?:my|the) (?:last|final) (?:day|night|week|weekend|time|one)\b(?! (?:at|of|in|on|with|before|here|there|for)\b| \w+ing\b)`],
    ['intent', 0.45, String.raw`\bit'?s time (?:for me )?to go${END}|\bit'?s time i (?:went|left|go)${END}`],
  ]),
  ...compile('es', [
    ['intent', 0.45, String.raw`\b(?:ya )?(?:lo )?tengo todo decidido${END}|\b(?:ya )?(?:esta|todo esta) decidido${END}|\bya tome (?:la|mi) decision${END}`],
  ]),
  ...compile('pt', [
    ['intent', 0.45, String.raw`\bja decidi tudo\b|\b(?:ja )?(?:esta|ta) tudo decidido${END}|\btomei (?:a|minha) decisao${END}`],
  ]),
  ...compile('fr', [
    ['intent', 0.45, String.raw`\bc'est decide${END}|\btout est decide\b|\bj'ai pris ma decision${END}`],
  ]),
  ...compile('de', [
    ['intent', 0.45, String.raw`\b(?:die )?entscheidung ist gefallen${END}|\bes ist (?:alles )?entschieden${END}|\balles ist entschieden\b|\bich hab(?:e)? mich entschieden${END}`],
  ]),
  ...compile('it', [
    ['intent', 0.45, String.raw`\bho preso la mia decisione${END}|\b(?:e )?(?:tutto )?deciso${END}|\bho deciso tutto\b`],
  ]),
  ...compile('sv', [
    ['intent', 0.45, String.raw`\ballt ar (?:bestamt|avgjort)\b|\bdet ar (?:bestamt|avgjort)${END}`],
  ]),
  ...compile('no', [
    ['intent', 0.45, String.raw`\balt er (?:bestemt|avgjort)\b|\bjeg har bestemt meg${END}`],
  ]),
  ...compile('nl', [
    ['intent', 0.45, String.raw`\balles is besloten\b|\bde beslissing is genomen${END}|\bik heb mijn besluit genomen${END}`],
  ]),
  ...compile('pl', [
    ['intent', 0.45, String.raw`\bwszystko (?:juz )?postanowione\b|\bdecyzja zapadla${END}|\bpodjal(?:am|em) decyzje${END}`],
  ]),
  ...compile('ru', [
    ['intent', 0.45, String.raw`решение принято\.?$|я (?:уже )?вс[её] для себя решил`],
  ]),
  ...compile('uk', [
    ['intent', 0.45, String.raw`(?:я )?(?:вже )?все вирішил[аи]?\.?$|рішення прийнято\.?$`],
  ]),
  ...compile('tr', [
    ['intent', 0.45, String.raw`\bher seye karar verdim\b|\bkarar(?:im)? verildi${END}`],
  ]),
  ...compile('az', [
    ['intent', 0.45, String.raw`qərarımı (?:vermişəm|verdim)|hər şeyi (?:qərara almışam|həll etmişəm)`],
  ]),
  ...compile('hy', [
    ['intent', 0.45, String.raw`(?:ամեն ինչ|արդեն) (?:\S+ )?որոշել եմ|որոշումս կայացրել եմ`],
  ]),
  ...compile('ar', [
    ['intent', 0.45, String.raw`خلاص قررت(?=\s*(?:و|$|\.))|حسمت (?:امري|قراري)|اتخذت قراري\.?$`],
  ]),
  ...compile('fa', [
    ['intent', 0.45, String.raw`تصمیمم(?:و| را| رو) گرفتم\.?$|همه چیز (?:را |رو )?تصمیم گرفتم`],
  ]),
  ...compile('hi', [
    ['intent', 0.45, String.raw`सब तय (?:कर लिया|हो गया)|मैंने फ़?फैसला कर लिया है\.?$`],
  ]),
  ...compile('hi-Latn', [
    ['intent', 0.45, String.raw`\bsab tay (?:ho gaya|kar liya)\b`],
  ]),
  ...compile('ja', [
    ['intent', 0.45, String.raw`(?:もう|全部)決めた(?:から|んだ|の)?$|心は決まった|決心がついた`],
  ]),
  ...compile('zh', [
    ['intent', 0.45, String.raw`(?:我)?已经决定了$|都决定好了|一切都决定了`],
  ]),
  ...compile('ko', [
    ['intent', 0.45, String.raw`다 정했어|마음을 정했어$|이미 결정했어$`],
  ]),
  ...compile('id', [
    ['intent', 0.45, String.raw`\bsemuanya sudah (?:ku)?putuskan\b|\bkeputusanku sudah bulat\b`],
  ]),
];
