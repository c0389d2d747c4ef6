import { compile } from '../cue.js';

// Amharic and Tigrinya (Ethiopic script), Somali, Hausa, Igbo (dots below are folded away as
// accents), Xhosa and Afrikaans (issue 13, eighth round): not wanting to live, wanting to die,
// killing oneself, everyone better off, forgive me for everything, pills gathered, "I won't need
// it" (weak) and "tonight". Somali "iga raali ahow" alone is what people say before any trip,
// so it counts only with "wax walba" (everything).

export const AM = compile('am', [
  ['ideation', 1, String.raw`መኖር (?:አልፈልግም|አልፈልግ)|መሞት (?:እፈልጋለሁ|ፈልጌ)|ራ(?:ሴ|ሱ|ሷ)ን (?:ማጥፋት|ላጠፋ|አጠፋለሁ|ልገድል|እገድላለሁ|ሊያጠፋ|ልታጠፋ|ሊገድል)`],
  ['burden', 0.8, String.raw`(?:ለሁሉም )?ሸክም ነኝ|ያለ እኔ ሁሉም`],
  ['farewell', 0.5, String.raw`ስለ ሁሉም ነገር ይቅርታ`],
  ['giving_away', 0.45, String.raw`(?:ከዚህ በኋላ )?አያስፈልገኝም`],
  ['timing', 0.3, String.raw`ዛሬ ማታ`],
  ['ideation', 1, String.raw`ሕይወቴን (?:ማጥፋት|ላጠፋ|ልጨርስ|ማብቃት)`],
  ['method', 1, String.raw`ከ(?:ድልድ(?:ዩ|ይ)|ፎቅ) (?:ልዘል|እዘላለሁ)`],
  ['hopelessness', 0.8, String.raw`ሕይወት (?:ሰለቸኝ|አስጠላኝ)`],
  // fw-gaps round: a burden ("ሸክም ሆኛለሁ"), don't look for me, sleeping pills saved up.
  ['burden', 0.8, String.raw`ሸክም (?:ሆኛለሁ|ሆንኩ|ሆኜያለሁ)`],
  ['farewell', 0.5, String.raw`(?:እኔን )?(?:አትፈልጉኝ|አትፈልገኝ|አትፈልጊኝ)`],
  ['means', 0.8, String.raw`(?:የእንቅልፍ )?(?:ኪኒኖች|ክኒኖች|መድሃኒቶች)(?:ን)? (?:አጠራቅሜ|ሰብስቤ|ገዝቼ)`],
]);

export const TI = compile('ti', [
  ['topic', 0.5, String.raw`ነብሰ ?-?ቅትለት`],
  ['ideation', 1, String.raw`(?:ክነብር|ምንባር) ኣይደልን|ክመውት (?:እደሊ|ደልየ)|(?:ርእሰይ|ነብሰይ) (?:ክቐትል|ከጥፍእ)|ህይወተይ (?:ከብቅዕ|ክውድእ|ከጥፍእ)`],
  ['farewell', 0.5, String.raw`ንኹሉ(?: ነገር)? ይቕረታ`],
  // fw-gaps round: a burden, everyone better off without me, don't look for me, "I won't need it",
  // tonight, pills gathered, a bridge or a building, tired of life.
  ['burden', 0.8, String.raw`ጾር (?:ኮይነ|እየ|ኮይነ ኣለኹ)`],
  ['burden', 1, String.raw`ብዘይ(?:ካይ| ኣነ) (?:ኩሉ(?: ሰብ)? )?(?:ይሓይሽ|ይሕሸ|ደስ ይብሎ)`],
  ['farewell', 0.5, String.raw`ኣይት(?:ድለዩኒ|ድልዩኒ|ደልዩኒ|ድለየኒ|ድለይኒ|ድለይዮ)`],
  ['giving_away', 0.45, String.raw`(?:ድሕሪ ሕጂ )?ኣየድልየን(?:ን)?`],
  ['timing', 0.3, String.raw`ሎሚ ለይቲ`],
  ['means', 0.8, String.raw`ኪኒና(?:ታት)? (?:ኣኪበ|ኣኪብ|ኣዋሂለ)|ኩሉ (?:ፈውሲ|ኪኒና) (?:ክሰቲ|ክውሕጥ)`],
  ['method', 1, String.raw`ካብ (?:ድልድል|ህንጻ|ፎቅ) (?:ክዘልል|ክድርቢ)`],
  ['hopelessness', 0.8, String.raw`ካብ ህይወት ደኺመ|ህይወት (?:ኣሕሊሉኒ|ሰልቺዩኒ)|ህይወት(?:ይ)? (?:ትርጉም|ረብሓ) የብላን`],
]);

export const SO = compile('so', [
  ['topic', 0.5, String.raw`\bis-?dilid\b`],
  ['ideation', 1, String.raw`\b(?:ma|maan) (?:doonayo|rabo) (?:inaan )?(?:sii )?noolaado\b|\b(?:rabaa|doonayaa) (?:inaan )?dhinto\b|\b(?:waan|waxaan) is dil(?:ayaa|i doonaa)\b|\bis dilayaa\b|\bis-?dilid (?:ayaan|baan) ku fikir\w*|\bnaftayda (?:ka )?qaad(?:an|o)\b`],
  ['farewell', 0.5, String.raw`\biga raali ahow wax walba\b|\bwax walba iga raali\b`],
  ['giving_away', 0.45, String.raw`\bu(?:ma| ma) baahn?(?:i|di) doono\b`],
  ['timing', 0.3, String.raw`\bcaawa\b`],
  ['hopelessness', 0.8, String.raw`\bnolosha (?:way|ayaa) iga (?:dhammaatay|dhamaatay)\b`],
  ['ideation', 1, String.raw`\bma rabo (?:inaan )?(?:sii )?jiro\b`],
  ['method', 1, String.raw`\b(?:buundada|dhismaha) (?:ayaan|baan) ka boodayaa\b`],
]);

export const HA = compile('ha', [
  ['ideation', 1, String.raw`\bba na (?:son|so) (?:in )?rayuwa\b|\bina (?:son|so) (?:in )?mutu\b|\b(?:zan|zai|za ta|ya ce zai) kashe (?:kaina|kansa|kanta)\b`],
  ['burden', 0.8, String.raw`\bkowa zai fi (?:jin dadi|samun sauki) idan ba na nan\b`],
  ['farewell', 0.5, String.raw`\b(?:ka|ki|ku) yafe (?:mini|min) komai\b`],
  ['giving_away', 0.45, String.raw`\bba zan (?:kara )?bukace (?:shi|ta|su) ba\b`],
  ['timing', 0.3, String.raw`\byau da dare\b`],
  ['hopelessness', 0.8, String.raw`\bna gaji da rayuwa\b`],
  ['ideation', 1, String.raw`\bgara in mutu\b`],
  ['means', 0.8, String.raw`\bna tara (?:magunguna|kwayoyi)\b`],
]);

export const IG = compile('ig', [
  ['ideation', 1, String.raw`\bachoghi m (?:ibi|idi) ndu\b|\bachoro m (?:inwu|ka m nwuo)\b|\b(?:ga-|ga )?egbu onwe (?:m|ya)\b`],
  ['farewell', 0.5, String.raw`\bgbaghara m maka ihe niile\b`],
  ['giving_away', 0.45, String.raw`\bagaghi m acho (?:ha|ya) ozo\b`],
  ['timing', 0.3, String.raw`\bn'abali a\b`],
]);

export const XH = compile('xh', [
  ['topic', 0.5, String.raw`\bukuzibulala\b`],
  ['ideation', 1, String.raw`\bandisafuni (?:uku)?phila\b|\bndifuna ukufa\b|\bndiza kuzibulala\b|\bndifuna ukuzibulala\b`],
  ['farewell', 0.5, String.raw`\bndixolele ngayo yonke into\b`],
  ['giving_away', 0.45, String.raw`\bandizukuyidinga\b|\bandisayidingi\b`],
  ['timing', 0.3, String.raw`\bngokuhlwanje\b`],
  ['hopelessness', 0.8, String.raw`\bndidiniwe bubomi\b`],
  ['ideation', 1, String.raw`\bukuphelisa ubomi bam\b`],
]);

export const AF = compile('af', [
  ['topic', 0.5, String.raw`\bselfmoord\w*`],
  ['ideation', 1, String.raw`\bek wil (?:nie meer|nie langer) (?:lewe|leef)(?: nie)?\b|\bek wil (?:net |sommer )?(?:doodgaan|dood gaan|sterf)\b|\bselfmoord (?:pleeg|gaan pleeg)\b|\b(?:myself|homself|haarself|my) (?:gaan )?doodmaak\b|\bmy lewe (?:neem|beeindig)\b`],
  ['burden', 1, String.raw`\balmal (?:sal|sou) beter af wees sonder my\b|\bbeter af sonder my\b`],
  ['means', 0.8, String.raw`\bpille bymekaar ?gemaak\b|\bal (?:die|my) pille (?:drink|sluk|vat)\b`],
  ['farewell', 0.5, String.raw`\bvergewe my vir alles\b`],
  ['giving_away', 0.45, String.raw`\bnie meer nodig (?:he|kry) nie\b`],
  ['timing', 0.3, String.raw`\bvanaand\b`],
  ['hopelessness', 0.8, String.raw`\bek sien nie (?:meer )?kans (?:vir die lewe|om aan te gaan)\b`],
  ['means', 0.6, String.raw`\b(?:'n )?tou in die (?:garage|motorhuis|dak)\b`],
]);
