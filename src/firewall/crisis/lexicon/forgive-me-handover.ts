import { compile } from '../cue.js';

// A message that hands things over and closes on a bare "forgive me" (issue 13, dp1 round). Out of
// fold, the crisis rows both the rules and a layer that never saw the author missed were most often
// such messages to a brother, a mother or an apprentice, in languages whose lexicons had the
// explicit statements but not these two quiet halves: Armenian "…քոնն են։ Ներիր ինձ։", Uzbek
// "Mashina endi sizniki. Meni kechiring.", Icelandic, Greek, Hebrew. Each half is weak and names
// one concept, written for many languages at once:
// - "forgive me" as the whole clause, with at most a name before it (farewell 0.3, as quiet-turns.ts
//   weighs "forgive me / sorry for everything"): "forgive me for the delay", "forgive me, I forgot
//   your birthday" name what is forgiven and do not match;
// - "it is yours now" of a thing (giving_away 0.35, as quiet-turns.ts' "it's yours for good"): a
//   loan names its end ("yours for the weekend") and does not match.
// Together they are two kinds of evidence, enough at the 0.45 bar of a call that reaches a person
// (screen.ts); either alone is not: a gift and an apology are ordinary, both in one message rare.

/**
 * The clause's start or a full stop clauses() does not split on (Armenian, Ethiopic, Devanagari),
 * then a vocative if any: a name, or an honorific and a name before a comma ("Bong Srey, …").
 */
const START = String.raw`(?:^|[։።।]\s*)(?:\S+(?: \S+)?,\s*|\S+\s+)?`;
const END = String.raw`\s*[։።।]?$`;
const FORGIVE_ME = [
  String.raw`fyrirgef(?:ð|d)u(?: m(?:é|e)r)?|(?:meni )?kechiring|kechir meni|skuzani|ይቕረታ ግበረለይ|(?:nanna )?kshamisi|मलाई माफ गर\S*|זייט מוחל(?: פאר אלעס)?|ներիր ինձ|ներեք ինձ|συγχωρεσε με|συγχωρεστε με|סלחי לי|סלח לי|תסלחו לי`,
  // fw-oof2 round: the languages the out-of-fold misses and their neighbours said it in (Albanian,
  // Tajik, Darija, Javanese, Hungarian, Kazakh, Lithuanian, Sinhala, Catalan, Swahili, Vietnamese,
  // the Baltic, Finnic, Slavic and Balkan forms, Bengali and Assamese, Urdu, Korean, Chinese).
  String.raw`me fal|me falni|маро бубахш(?:ед)?|smh ?li(?:ya|a)?|smhili|sme7 ?li(?:ya)?|sepurane(?: ya)?|ngapunten(?:e)?|ne haragudj(?: ram)?|bocsass meg|кешір мені|мені кешір|кешіріңдер|atleisk(?:ite)? man|piedod(?:iet)? man|anna mulle andeks|anna anteeksi|odpust(?:te)? mi|oprost(?:i|ite) mi|прости ми|iarta-ma|මට සමාවෙන්න|perdona'm|perdoneu-me|m?nisamehe|tha loi cho (?:anh|em|toi|con|minh|chi)|deskulpa(?: ha'u)?|som tos(?: bong| mak| pa)?|আমাকে ক্ষমা কর\S*|মোক ক্ষমা কৰ\S*|مجھے معاف کر\S*(?: دینا)?|용서해\s?(?:줘|주세요)|原谅我|原諒我`,
  String.raw`verzeih(?:t)? mir|vergib mir|pardonne-moi|pardonnez-moi|perdoname|perdonadme|perdoa-me|me perdoa|perdonami|vergeef me|tilgi meg|forlat mig|forlat meg|wybacz mi|wybaczcie mi|beni affet|прости меня|простите меня|пробач мені|пробачте мені|ببخشید منو|منو ببخش|سامحني|سامحيني|मुझे माफ़ कर दो|मुझे माफ कर दो|मलाई माफ गर|ndisamehe|maafkan aku|maafkan saya|patawarin mo ako`,
].join('|');
const YOURS_NOW = [
  String.raw`\bendi (?:sizniki|seniki)\b|\b(?:sizga|senga) qoldirdim\b|հիմա քոնն (?:է|են)|քոնն են|δικο σου τωρα|δικα σου τωρα|שלך עכשיו|עכשיו שלך|\ber (?:þinn|þín|þitt|thinn|thin|thitt) nuna\b`,
  // fw-oof2 round, the same languages: "now yours" at the clause's end where it could be a turn
  // ("dabar tavo eilė", now your turn), elsewhere as it is said.
  String.raw`\b(?:eshte|esht) (?:e |i )?(?:jotja|yti|jote|juaj) (?:tani|tash)\b|акнун аз они (?:ту|шумо)|\bwal(?:at|a) dyal(?:ek|k) daba\b|\bsaiki (?:dadi )?duwekmu\b|\bmostantol (?:a )?(?:tied|tietek)\b|енді (?:сенікі|сіздікі)|\bdabar (?:tavo|jusu)$|\btagad (?:ir )?tav(?:s|a|i)$|\bon nuud sinu\b|\bon nyt sinun\b|\bje ted tv(?:oje|uj|oja)\b|\bje teraz tv(?:oj|oja|oje)\b|\bsada? je tv(?:oj|oja|oje)\b|вече е тво(?:й|я|е)|\bacum e a?l? (?:ta|tau)\b|දැන් (?:ඔයාගේ|ඔබේ|උඹේ)|\bara es (?:teva|teu|vostra|vostre)\b|\bsasa ni (?:yako|wako|lako|chako|zako)\b|\bni (?:yako|wako|lako|chako|zako) sasa\b|\bsekarang (?:jadi )?(?:punyamu|milikmu|punya kamu)\b|\b(?:bay )?gio la cua (?:em|anh|chi|con|ban)\b|এখন (?:তোর|তোমার)|এতিয়া (?:তোৰ|তোমাৰ)|अब (?:तुम्हारा|तुम्हारी|तेरा|तेरी) है|이제 (?:너|네|니) (?:거야|꺼야)|现在是你的了|現在是你的了|(?:都)?(?:归|歸)你了`,
  String.raw`\bgehort jetzt dir\b|\bist jetzt (?:deins|deine|deiner)\b|\ber (?:din|ditt|dine) na\b|\bar (?:din|ditt|dina) nu\b|\bis nu van jou\b|\b(?:ora|adesso) e tu[oa]\b|\be tu[oa] (?:ora|adesso)\b|\bahora es tuy[oa]\b|\bes tuy[oa] ahora\b|\bagora e (?:teu|tua|seu|sua)\b|\best a toi maintenant\b|\bartik senin\b|\bje zdaj tvoj[ae]?\b|\bmost mar a tied\b|\bjest teraz tw(?:oj|oja|oje)\b|теперь тво(?:й|я|е|и)(?![а-я])|тепер тв(?:ій|оя|оє|ої)(?![а-яіїє])`,
].join('|');

export const FORGIVE_ME_HANDOVER = compile('any', [
  ['farewell', 0.3, `${START}(?:${FORGIVE_ME})${END}`],
  ['giving_away', 0.35, `(?:${YOURS_NOW})(?![^.!?]{0,15}\\b(?:for the|until|till|for a|for two|fur das|fino a|hasta|ate|jusqu|do|kwa|hadi|sampai|selama|per|pour|bis)\\b)`],
]);
