import { partedUnion } from '../cue.js';

// Ordinary reasons the broad topic words (topic.ts) turn up together in a message: grieving or
// condoling someone who died (death, funeral, goodbye), leaving a job or moving house (goodbye,
// you can have my desk plant), travel (look after the cat), estate planning with a professional
// (will, insurance) and medication reminders. In a text that shows one of these, the topic words
// do not count; the stronger cues still do.

const GRIEF_AND_OCCASIONS = [
  // grief and condolences
  String.raw`\b(?:condolences?|sorry for your loss|sorry to hear about|(?:so )?sorry about your (?:[\w']+ ){0,2}(?:death|passing|loss)|passed away|rest in peace|r\.?i\.?p\.?|in loving memory|memorial service|celebration of life|sympathy card|grieving|hospice|palliative|end of life care|pesame|mis condolencias|sentido pesame|meus sentimentos|condoleances|sinceres condoleances|beileid|mein(?:e|en) herzliche(?:s|n) beileid|condoglianze|gecondoleerd|deelneming|kondolencje|basiniz sag olsun|turut berduka|thanh kinh chia buon)\b`,
  String.raw`соболезн|συλλυπητηρια|تعازي|عزاء|श्रद्धांजलि|ご愁傷|お悔やみ|节哀|節哀|哀悼|삼가 고인|조의`,
  // leaving a job, moving, travel
  String.raw`\b(?:(?:my )?last day (?:is|at|will be|in the office)|new job|new role|leaving (?:do|drinks|party|lunch)|farewell (?:party|lunch|drinks|dinner|card|do)|leavers'? (?:do|party|lunch|assembly)|after \d+ years (?:at|in|with|on)|(?<!(?:n'?t|not|never) (?:be |come )?)back (?:on|by|in) (?:the )?(?:\d+(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:silent|yoga|meditation|writing) retreat|mov(?:ing|es|ed) (?:to|house|out|abroad|away)|(?:before|after) (?:i|we) move|after the (?:party|wedding|concert|game|match|show)|upgrad(?:e|ed|ing)|getting (?:a|the) new one|bought (?:a|the) new one|new one (?:on|next|this|arrives)|relocat\w+|retire(?:ment|s|d|ing)?|on (?:holiday|vacation)|while i'?m (?:away|travelling|traveling|on (?:holiday|vacation))|during (?:my|the) (?:trip|holiday|vacation)|ultimo dia (?:de|en) trabajo|me mudo|mudanza|nuevo trabajo|me mudar|novo emprego|demenage\w*|nouveau (?:poste|travail)|umzug|ziehe um|neuer job|trasloco|nuovo lavoro|verhuiz\w*|nieuwe baan|przeprowadz\w*|nowa praca|tasiniyorum|yeni is|pindah (?:rumah|kerja)|chuyen nha)\b`,
  // someone else's funeral or memorial, named by whose it is
  String.raw`\b(?!(?:it|that|what|there|here|who|everyone|everybody)'s)[a-z]+'s (?:funeral|memorial|wake)\b`,
  // a stay away with its length (a year in a monastery, three months abroad): a trip, not an ending
  String.raw`\b(?:for|spend(?:ing)?) (?:a|one|two|three|four|six|nine|\d+) (?:weeks?|months?|years?) (?:in|at|abroad|away|travell?ing)\b|\b(?:monastery|sabbatical|gap year|last day ko|(?:paternity|maternity|parental|adoption) leave)\b|บวช`,
  // where one is going, named as a home or a climate ("I won't need them where I'm going: the flat
  // in Tavira has no room for a bench", "Darwin is 33 degrees"): the hand-over is a move
  String.raw`\b(?:the|my|our) (?:new )?(?:\w+ )?(?:flat|apartment|condo) (?:in|only|has|is)\b|\bonly has a balcony\b|\bno room for (?:a|the|my) \w+|\bis \d+ degrees\b|\bnever (?:snows|freezes|gets cold)\b`,
  // moving house and giving to charity in the fourth-round languages
  String.raw`\b(?:(?:before|after|for) (?:the|our|my) move|charity (?:shop|store)|donat(?:e|ed|ing) (?:them|it|all)|verhuis\w*|kringloop\w*|ne mutam|ma mut|mutarea|caritate|stehuj\w*|stehovani|przeprowadz\w*|tasiniyor\w*|tasindi\w*|pindah(?:an| rumah)|lumipat|lilipat|chuyen nha|tu thien|kuhamia|tunahamia|likizo\w*|safari njema|(?:ni|tu|a|wa)nasafiri|tutaonana(?! (?:mbinguni|peponi|upande mwingine))|flyttar|flyttade|flytten|second ?hand|goodwill)\b`,
  // passing things on for an ordinary reason: outgrown, unused, donated to an institution
  String.raw`\b(?:outgr(?:own|ew|ows)|grown out of|too (?:small|big) for (?:him|her|them)|(?:doesn'?t|don'?t|no longer) fits?|never (?:re-?read|use|wear|play with)|(?:to|at|for) (?:the |our |a )?(?:local |school |church )?(?:library|food ?bank|charity|shelter|thrift (?:shop|store)|op shop|jumble sale|book swap|school fair)|donat(?:e|ed|es|ing|ion)|ya no le (?:queda|quedan|sirve|sirven)|se le (?:quedo|quedaron) pequen\w+|ja nao (?:as |os |a |o |lhe )?(?:usa|serve|servem)|ne lui va(?:ut)? plus|(?:est|sont) trop petit\w*|zu klein|passt (?:ihm|ihr) nicht mehr|non gli sta piu|a la biblioteca|a biblioteca|a la bibliotheque|an die bibliothek|donar|doar|doacao|donacion)\b`,
  // eighth-round languages: moving, emigrating, a new job or a transfer, retiring, a trip home
  String.raw`\b(?:mobalhin|mubalhin|nibalhin|lilipat na|kolin|kolime|selim se|sellim|transferohem|zhvendosem|flyt til|symud i|muto a|mudik|pindah kerja|lebaran|emigr\w*|pensij\w*|ymddeol|ikpeazu m n'oru|tupananchikkama|ripusaq)\b|ਕੈਨੇਡਾ|ਵਿਦੇਸ਼|ਸ਼ਿਫਟ|આવજો.{0,20}(?:ટ્રિપ|પ્રવાસ)|ఆఫీస్‌లో జాయిన్|చివరి రోజు|విరమి|ವರ್ಗಾವಣೆ|വിരമി|സ്ഥലംമാറ്റ|ಮನೆ ಬದಲಾ|ফ্লাইট|(?:मा|तिर) सर्दै|මහනුවරට යනවා|යනවා.{0,10}ගිහින් එන්නම්|ផ្លាស់(?:ទៅ| ទៅ)|ມື້ສຸດທ້າຍ|移民|搬屋|離職|退休|Գյումրի|տեղափոխվ|გადავდივარ|переезжаю|көшемін`,
  // fw-oof2 round: moving house in the languages its "yours now" and "thanks for everything" cover
  String.raw`\b(?:muutan|muutamme|muutto\w*|koltoz\w*|kraustau\w*|kraustom\w*|persikeliu|parcelos|parcelamies|em mudo|ens mudem)\b|көшемін|көшіп барамын`,
  String.raw`переезжа|переїзд|переїжджа|עוברים דירה|מעבר דירה|ย้ายบ้าน|บริจาค|घर बदल|ننتقل|الانتقال`,
  String.raw`旅行中|引っ越し|出張中|退職|送別会|搬家|出差|旅游期间|离职|이사|여행 중|퇴사|переезд|в отпуске|увольня|μετακομ|διακοπες|انتقال|سفر`,
];

/**
 * Grief and occasions (a death in the family, leaving a job, a move, a trip) also explain the
 * stronger goodbye and hand-over cues below 1 ("Goodbye everyone! My last day is Friday, you can
 * have my plants"); routine errands do not.
 */
export const OCCASION_FRAMES = partedUnion(GRIEF_AND_OCCASIONS);

export const TOPIC_FRAMES = partedUnion([
  ...GRIEF_AND_OCCASIONS,
  // professionals and routine
  String.raw`\b(?:notary|solicitor|estate (?:planning|lawyer|attorney)|financial (?:adviser|advisor|planner)|open enrollment|benefits portal|pharmacy|pharmacist|prescription refill|refill|vet appointment|dentist|notar(?:termin|io)?|notaris|abogado|avocat|anwalt)\b`,
]);
