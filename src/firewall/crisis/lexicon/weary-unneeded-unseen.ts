import { compile } from '../cue.js';

// The risk the ed1, ee1, ef1 and eg1 authors wrote before an ordinary-looking call (issue 13,
// fw-crisis3 round): with the rules alone 88 of their 200 crisis rows were allowed, and in all 88
// the conversation scored nothing, because the words of risk were in languages or wordings no
// lexicon had. The calls themselves (a clinic appointment cancelled, a friend told not to come, a
// check-in removed, a shift worked alone) are ordinary; what carries is the same few concepts the
// other lexicons name, said about oneself or a friend:
// - not wanting to live, not wanting to wake, "why am I still alive" (ideation 1, negatable);
// - tired of living (0.7–0.8), no point or meaning in anything, can't go on (0.4–0.5: also said of
//   a job or a project, so they need company);
// - needed by no one, a burden to the family, everyone better off without me (burden 0.7–0.9);
// - won't be around, no next year for me, worked out how to stop it all (absence, plan; 0.5–0.6).
// Turkic, Iranian and Mongolian (Kazakh, Kyrgyz, Turkmen, Uzbek, Tajik, Sorani, Mongolian),
// European (Catalan, Irish, Estonian, Icelandic, Slovene, Albanian, Basque, Belarusian, Macedonian,
// Georgian), Pacific (Samoan, Tongan, Māori, Malagasy), African (Xhosa, Lingala, Shona, Somali,
// Wolof, Fula, Ewe, Bambara, Kirundi, Nigerian Pidgin), Darija, Yemeni Arabic, Hokkien, Khmer,
// Punjabi, Tagalog and the English wordings the English lexicons lacked.
// Words that also describe cargo or work ("ýük" is a load, "ne mogu više" a deadline) are only
// taken with a person attached ("a load *to my family*").

export const WEARY_UNNEEDED_UNSEEN = compile('any', [
  // not wanting to live (first or third person)
  [
    'ideation',
    1,
    [
      String.raw`ਜੀਣ ਨੂੰ (?:ਦਿਲ|ਜੀਅ) ਨਹੀਂ ਕਰਦਾ|აღარ (?:უნდა|მინდა) (?:ცხოვრება|სიცოცხლე)|\bez (?:dut|duela|du) hemen egon nahi gehiago\b`,
      String.raw`\b(?:an)?disafuni kuphila\b|\b(?:oku )?'?ikai ke u toe fie mo'?ui\b|\bbeggu(?:ma|l) dund\b|\bmi yi(?:ɗ|d)aa wuurde\b|\bnyemedi be ma(?:nɔ|no|a nɔ)? agbe\b|nyemedi be yeanɔ agbe`,
      String.raw`\bn t'?a fɛ ka ɲɛnamaya\b|\bsinshaka kubaho\b|毋想閣活|ما (?:اشتي|اشتيش|ابغى|ابي) (?:أعيش|اعيش)|\bsana (?:di|hindi) na (?:lang )?ako nagising\b|\baleo tsy eto intsony aho\b`,
    ].join('|'),
    'neg',
  ],
  ['ideation', 0.8, String.raw`\bseria (?:mes )?(?:facil|millor) no despertar(?:-me|me)?\b|\bnot wanting to be here any ?more\b|\byalla na ma jel\b`],
  ['ideation', 0.7, String.raw`\bhugsa(?:ð)? um að enda (?:þetta|allt)\b|\bkuidas (?:see )?(?:kõik|koik) lõpetada|ਖਤਮ ਹੋ ਜਾਵਾਂ`],
  // Kazakh "how I might leave" is also said of a job: it needs company
  ['ideation', 0.5, String.raw`қалай кетсем екен`],
  ['ideation', 0.7, String.raw`\b(?:might|may) as well end (?:things|it all|my life|his life|her life)\b`],
  ['ideation', 0.6, String.raw`\bpe aisea (?:ou|o'?u) te ola ai\b|\b(?:don'?t|do not) know what i'?m still here for\b`],
  // tired of living
  [
    'hopelessness',
    0.8,
    String.raw`\bta(?:im|a me) tuirseach de (?:bheith beo|mo shaol)\b|\bväsinud elamisest\b|\bkua hoha (?:au )?i te ora\b|\bsonn(?:na)? ci dund gi\b|ហត់[^\n]{0,8}ការរស់នៅ|\bnaruwe kubaho\b`,
  ],
  // no point or meaning, can't go on: also said of a job, so they need company
  [
    'hopelessness',
    0.5,
    [
      String.raw`\b(?:doesn'?t|does not) see the point any ?more\b|\b(?:doesn'?t|don'?t|does not|do not) see the point in (?:anything|living|going on)\b|\be no get meaning again\b|\bhech narsaning ma'?nosi yo'?q\b|ҳамааш бефоида|баары бекер`,
      String.raw`هەموو شتێک بێ مانایە|ناتوانم بەردەوام بم|\bnil (?:aon )?phointe ann nios mo\b|\bnil me in ann leanuint ar aghaidh\b|\bsé ekki tilganginn í neinu\b`,
      String.raw`\bou te le toe mana'?o e fa'?aauau\b|\bua ou le iloa se ala i luma\b|\bko e me'?a kotoa pe '?oku ta'?e'?aonga\b|\bma n9?derch? nkmel\b|\bma bqitch kanchouf chi ma3na\b|шаршадым бәрінен|бәрінен шаршадым`,
      String.raw`юунд ч сонирхолгүй|\bhemme zat gutardy\b|дигар тоб надорам|s'?ka mbetur asgjë për`,
    ].join('|'),
  ],
  // "easier for everyone this way" is also said of a meeting moved: it needs company
  // Slovene, each said of a task too; together (two cues, one kind) they reach 0.6
  ['hopelessness', 0.4, String.raw`\bne vidi? (?:več|vec) smisla\b`],
  ['hopelessness', 0.4, String.raw`\butrujen[ao]? od vsega\b`],
  ['burden', 0.4, String.raw`\bauðveldara fyrir alla\b|така ќе биде полесно за сите`],
  ['plan', 0.4, String.raw`\bbúinn að ganga frá öllu\b`],
  ['hopelessness', 0.4, String.raw`\bma ei jaksa enam\b|\b(?:don'?t|do not) see the point any ?more\b|бәрі бітті деп ойлаймын|\bthere'?s nothing left for me\b`],
  // a burden, needed by no one, better off without me
  [
    'burden',
    0.9,
    [
      String.raw`\boleks parem,? kui mind poleks\b|беҳтар аст,? ки набошам|\bo le a lelei (?:outou|tou|lou) e aunoa ma a'?u\b|\bbato nyonso balingaki kozala malamu soki nazalaki te\b`,
      String.raw`\bzvaizova nani kana ndisipo\b|\b(?:how much )?easier (?:it would be |it'?d be )?for everyone if i (?:just )?(?:wasn'?t|weren'?t) (?:around|here)\b`,
    ].join('|'),
  ],
  [
    'burden',
    0.7,
    [
      String.raw`ешкімге керегім жоқ|ба ҳеҷ кас лозим нестам|\boilamga yuk bo'?l|\b(?:masgala\w*|hemmel?ere?) (?:dine )?yuk bol|\bculays ku ahay\b|\bndikhathele ukuba ngumthwalo\b`,
      String.raw`нікому не буду замінаць|кайтпай калсам,? эч ким байкабайт|s'?do t'?(?:ia|i a) dije kujt nese zhduk|\bhow much quieter it'?d be for everyone\b(?! if (?:we|you|they))`,
    ].join('|'),
  ],
  ['burden', 0.7, String.raw`\b(?:you'?ll|you will|you'?re going to) be free of me\b`],
  ['burden', 0.5, String.raw`\bfa'?amalie atu ona ou le aoga\b|\btsy misy mahatsikaritra ahy\b`],
  // won't be around, no next year, worked out how to stop it
  [
    'absence',
    0.6,
    String.raw`\b(?:don'?t|do not) plan on being around\b|\bthere is no next year for me\b|\bni bheidh me ina measc i bhfad eile\b|буцаж ирэхгүй байх шиг`,
  ],
  ['absence', 0.5, String.raw`\b(?:don'?t|do not) want to be anywhere by then\b|\bi no go dey again\b`],
  ['plan', 0.5, String.raw`\bsve sam sredio\b`],
  ['plan', 0.6, String.raw`\bworked out how (?:i'?m going|i am going|to) (?:to )?(?:stop|end) (?:all (?:of )?)?(?:this|it)\b|\bcaawa ayaan wax walba dhammeyn`],
  // an overdose told after it happened, of oneself or a friend
  ['self_harm', 0.6, String.raw`\btook too many of (?:his|her|my|their) (?:\w+ )?(?:pills|tablets)\b`],
  ['farewell', 0.5, String.raw`ខ្ញុំសុំទោសចំពោះអ្វីៗទាំងអស់|\bfa'?amalie atu i tagata uma\b`],
  ['intent', 0.5, String.raw`я ўсё вырашыў`],
]);
