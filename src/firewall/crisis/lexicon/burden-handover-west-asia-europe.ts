import { compile } from '../cue.js';

// The concepts of burden-handover-south-asia.ts in Kurdish (Kurmanji and Sorani), Azerbaijani,
// Armenian, Georgian, Tajik and Belarusian, and what the lexicons of larger languages had only in
// the first person or only with their diacritics (issue 13, ch1 round): a burden on everyone said
// of oneself or of a friend, belongings given or shared out, a pet left with someone, pills
// gathered, "not here any more", "thanks for everything" (0.4) and "look after mother" (0.3).
// Turkish and Vietnamese rows are written as typed without diacritics. Look-alikes that must not
// match: "ji kenan mirim" (died laughing), "işdən çox yoruldum" (tired from work), giving books
// away before a move to Berlin or Warsaw.

export const BURDEN_HANDOVER_WEST_ASIA_EUROPE = [
  ...compile('kmr', [
    ['burden', 0.6, String.raw`\bbar[eê]? (?:li ser )?(?:hemûyan|hemuyan|her kesî|her kesi|her kesê|malbata (?:min|xwe))\b|\b(?:bûme|bume|bûye|buye) bar\b`],
    ['giving_away', 0.5, String.raw`\btiştên (?:min|xwe) (?:hemû |hemu )?(?:\w+ )?(?:dan|belav kirin|belav kir|bexşandin|bexşand)\b`],
    ['farewell', 0.35, String.raw`\bspas ji bo her tiştî\b`],
    ['farewell', 0.25, String.raw`\bli (?:diya|dayika|bavê|pisîka|kûçikê) min miqate b`],
  ]),
  ...compile('ckb', [
    ['burden', 0.6, String.raw`بار(?:ێکی)?(?: قورس)?(?:م|ە)? (?:لەسەر|بۆ) (?:هەمووان|هەموو کەس|خێزانەکەم)|بوومەتە بار`],
    ['giving_away', 0.5, String.raw`شتەکان(?:م|ی)(?: هەمووی)? (?:بەخشی|دا بە)`],
    ['farewell', 0.35, String.raw`سوپاس بۆ هەموو شت`],
    ['farewell', 0.25, String.raw`ئاگا(?:تان|ت) لە (?:دایکم|باوکم|پشیلەکەم|منداڵەکانم) بێت`],
  ]),
  ...compile('az', [
    ['burden', 0.6, String.raw`(?:hamıya|hər kəsə|ailəmə|ailəsinə) (?:bir )?yük(?:əm|dür|dur| oldum| olmuşam| olur| olduğunu)`],
    ['giving_away', 0.5, String.raw`əşyalarını? (?:\S+ )?(?:payladım|payladı|paylayıb|verdim|verdi|bağışladım)`],
    ['means', 0.5, String.raw`dərmanlarımı (?:\S+ )?(?:yığıram|yığmışam|saxlayıram)`],
    ['farewell', 0.25, String.raw`(?:anama|atama|anamıza|pişiyimə) (?:göz olun|muğayat olun|baxın)`],
  ]),
  ...compile('hy', [
    ['burden', 0.6, String.raw`(?:բոլորի|ընտանիքիս) (?:համար )?բեռ (?:եմ|է|դարձա|դարձել)|բեռ (?:եմ|է) (?:բոլորի|ընտանիքիս) համար`],
    ['giving_away', 0.5, String.raw`(?:իրերս|իր իրերը) (?:\S+ )?(?:բաժանեցի|տվեցի|նվիրեցի|բաժանել|տվել|նվիրել)`],
    ['giving_away', 0.45, String.raw`(?:վերցրու|վերցրեք|պահիր|պահեք) (?:իմ )?(?:կատվիս|շանս|կատուն|շունը)`],
    ['farewell', 0.35, String.raw`շնորհակալ եմ ամեն ինչի համար`],
    ['farewell', 0.25, String.raw`(?:մայրիկիս|մորս|հայրիկիս|կատվիս|շանս) (?:լավ )?(?:նայեք|նայիր|խնամեք|հոգ տարեք)`],
  ]),
  ...compile('ka', [
    ['burden', 0.6, String.raw`(?:ყველასთვის|ოჯახისთვის) ტვირთი (?:ვარ|არის|ვიქნები|გავხდი|გახდა)`],
    ['giving_away', 0.5, String.raw`ნივთები (?:\S+ )?(?:დავარიგე|გავჩუქე|დაარიგა|გაჩუქა)`],
    ['farewell', 0.35, String.raw`მადლობა ყველაფრისთვის`],
    ['farewell', 0.25, String.raw`(?:დედას|მამას|კატას|ძაღლს) მიხედ`],
  ]),
  ...compile('tg', [
    ['burden', 0.6, String.raw`барои ҳама (?:як )?бор(?: ҳастам| шудам| аст)|бори ҳама (?:ҳастам|шудам)`],
    ['giving_away', 0.5, String.raw`чизҳоям(?:ро)? (?:\S+ )?(?:додам|тақсим кардам)`],
    ['farewell', 0.35, String.raw`барои ҳама чиз ташаккур`],
    ['farewell', 0.25, String.raw`(?:модарамро|падарамро) нигоҳ доред`],
  ]),
  ...compile('be', [
    ['burden', 0.6, String.raw`(?:для ўсіх|для сям'і) (?:толькі )?цяжар|цяжар для ўсіх`],
    ['giving_away', 0.5, String.raw`раздал[аі]? (?:ўсе )?свае рэчы`],
    ['farewell', 0.35, String.raw`дзякуй за ўсё`],
    ['farewell', 0.25, String.raw`беражыце (?:маму|тату)`],
  ]),
  ...compile('tr', [
    ['burden', 0.6, String.raw`\b(?:herkese|aileme|ailesine|herkesin uzerinde) (?:bir )?yuk(?: oldugunu| oluyorum| oldum| olmaktan| olmak)\b`],
    ['giving_away', 0.5, String.raw`\besyalari(?:ni|mi) (?:\w+ )?dagit\w*\b`],
  ]),
  ...compile('vi', [
    ['burden', 0.6, String.raw`\b(?:la|thanh) (?:mot )?ganh nang (?:cho|cua) (?:moi nguoi|gia dinh|ca nha|tat ca)\b`],
    ['giving_away', 0.5, String.raw`\bcho het (?:do dac|do dac cua minh|moi thu)\b`],
    ['farewell', 0.25, String.raw`\bcham soc (?:me|bo|ba|ma) (?:giup|dum|ho)\b`],
  ]),
  ...compile('pl', [
    ['burden', 0.6, String.raw`\b(?:jest|jestem) (?:dla wszystkich|dla rodziny|dla nas) ciezarem\b|\bciezarem dla wszystkich\b`],
    ['giving_away', 0.5, String.raw`\brozdal[aeiy]?\w* (?:swoje|wszystkie|moje) rzeczy\b`],
    ['giving_away', 0.45, String.raw`\boddal[aeiy]? (?:psa|kota|swojego psa|swojego kota)\b`],
  ]),
  ...compile('sv', [
    ['burden', 0.6, String.raw`\b(?:inte|aldrig) (?:vill |vilja )?vara till besvar (?:langre|mer|for nagon)\b`],
    ['means', 0.6, String.raw`\bsamla(?:t|r|de)? (?:pa sig )?(?:sina |mina )?(?:somntabletter|tabletter|piller)\b`],
  ]),
  ...compile('de', [
    ['burden', 0.6, String.raw`\b(?:allen|jedem|allen anderen) (?:nur |bloss )?im weg\b`],
    ['giving_away', 0.5, String.raw`\b(?:sachen|zeug|alles|spielsachen|klamotten) (?:\w+ ){0,3}verschenkt\b`],
  ]),
  ...compile('fr', [
    ['absence', 0.5, String.raw`\b(?:ne serai|ne sera|ne serait|ne serais) plus la\b`],
    ['giving_away', 0.45, String.raw`\b(?:donne|a donne|j'ai donne|il a donne|elle a donne) (?:son|sa|ses|mon|ma|mes) \w+ a\b`],
  ]),
  ...compile('it', [['giving_away', 0.45, String.raw`\b(?:ha|ho) lasciato il (?:gatto|cane) (?:da|a|con)\b`]]),
  ...compile('pt', [
    ['burden', 0.8, String.raw`\bninguem (?:ia|vai|iria) sentir (?:a )?falta (?:dele|dela|de mim|minha)\b`],
    ['giving_away', 0.5, String.raw`\b(?:deu|distribuiu|doou) (?:todos |todas )?(?:os|as) (?:seus |suas )?(?:livros|coisas|roupas|jogos)\b`],
  ]),
  ...compile('tl', [
    ['burden', 0.6, String.raw`\bpabigat (?:lang )?(?:daw )?(?:ako|siya|sya)\b|\bpabigat (?:lang )?(?:daw )?(?:siya |ako )?sa (?:pamilya|lahat)\b`],
    ['giving_away', 0.5, String.raw`\bbinigay na (?:niya|nya|ko) (?:yung|ang) (?:mga )?(?:gamit|sapatos|damit|relo|gadgets)\b`],
  ]),
];
