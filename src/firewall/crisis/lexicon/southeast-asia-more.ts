import { compile } from '../cue.js';

// Burmese, Khmer and Lao (no spaces between words: matched as substrings, like Thai), Javanese,
// Cebuano and Taglish (issue 13, eighth round), by the same concepts as south-asia-more.ts.
// Javanese has no farewell cue: "pamit" and "sepurane nek aku nduwe salah" are what everyone
// says before a trip and at Lebaran.

export const MY = compile('my', [
  ['ideation', 1, String.raw`သေချင်(?:တယ်|တော့|လိုက်)|သတ်သေ(?:မယ်|ချင်|တော့မယ်)|ကိုယ့်ကိုယ်ကို(?: ကိုယ်)? ?သတ်|အသက်(?:မ)?ရှင်ချင်တော့ဘူး`],
  ['ideation', 0.8, String.raw`မနေချင်တော့ဘူး`],
  ['burden', 0.8, String.raw`(?:ငါ|ကျွန်တော်|ကျွန်မ)မရှိရင် (?:အားလုံး|လူတိုင်း)`],
  ['farewell', 0.5, String.raw`အရာအားလုံးအတွက် ခွင့်လွှတ်`],
  ['giving_away', 0.45, String.raw`(?:ငါ|ကျွန်တော်|ကျွန်မ) ?မလိုတော့ဘူး`],
  ['timing', 0.3, String.raw`ဒီည`],
  ['burden', 0.8, String.raw`(?:ငါ့|ကျွန်တော့်|ကျွန်မ)ကြောင့် (?:အားလုံး|လူတိုင်း) ဒုက္ခ`],
  ['means', 0.8, String.raw`(?:အိပ်ဆေး|ဆေးပြား)(?:တွေ)? (?:အများကြီး )?စုထား`],
  ['ideation', 1, String.raw`ဘဝကို အဆုံးသတ်`],
  ['method', 1, String.raw`တံတား(?:ပေါ်က|ပေါ်ကနေ) ခုန်`],
]);

export const KM = compile('km', [
  ['topic', 0.5, String.raw`សម្លាប់ខ្លួន`],
  ['ideation', 1, String.raw`មិនចង់រស់(?:ទៀត|នៅ)|ចង់ស្លាប់|(?:ចង់|នឹង|នឹងទៅ)សម្លាប់ខ្លួន`],
  ['farewell', 0.5, String.raw`អភ័យទោស.{0,12}គ្រប់យ៉ាង`],
  ['giving_away', 0.45, String.raw`លែងត្រូវការ`],
  ['timing', 0.3, String.raw`យប់នេះ`],
  ['hopelessness', 0.8, String.raw`ធុញទ្រាន់នឹងជីវិត`],
  ['ideation', 1, String.raw`បញ្ចប់ជីវិត`],
  ['method', 1, String.raw`លោតពីលើស្ពាន`],
]);

export const LO = compile('lo', [
  ['topic', 0.5, String.raw`ຂ້າຕົວຕາຍ`],
  ['ideation', 1, String.raw`ບໍ່ຢາກ(?:ມີຊີວິດ|ຢູ່)|ຢາກຕາຍ|(?:ຈະ|ຢາກ)ຂ້າຕົວຕາຍ`],
  ['farewell', 0.5, String.raw`ຂໍໂທດທຸກຢ່າງ`],
  ['giving_away', 0.45, String.raw`ບໍ່ຕ້ອງການແລ້ວ`],
  ['timing', 0.3, String.raw`ຄືນນີ້`],
  ['hopelessness', 0.8, String.raw`ເບື່ອຊີວິດ`],
  ['ideation', 1, String.raw`ຈົບຊີວິດ`],
]);

export const JV = compile('jv', [
  ['ideation', 1, String.raw`\b(?:ora|ra|gak|ndak) (?:pengin|kepengin|gelem|kuat) urip (?:maneh|meneh|neh)\b|\b(?:pengin|kepengin) mati\b|\b(?:arep|pengin) (?:bunuh diri|gantung diri|ngendhat)\b`],
  ['burden', 1, String.raw`\b(?:kabeh|kowe kabeh|wong-wong) (?:bakal )?(?:luwih )?(?:kepenak|apik|seneng|bahagia) tanpa aku\b`],
  ['means', 0.8, String.raw`\b(?:ngombe|nguntal|nelen) kabeh obat\w*\b`],
  ['giving_away', 0.45, String.raw`\baku wis ora butuh (?:maneh|meneh)\b`],
  ['timing', 0.3, String.raw`\b(?:mengko bengi|bengi iki)\b`],
  ['hopelessness', 0.8, String.raw`\burip(?: iki)? (?:wis )?ora ana (?:gunane|artine)\b`],
  ['absence', 0.6, String.raw`\blunga selawase\b`],
]);

/** Cebuano, and Taglish phrasings the Tagalog lexicon lacks. */
export const CEB = compile('tl', [
  ['ideation', 1, String.raw`\bdili na (?:ko|ako) (?:gusto|ganahan) (?:na )?(?:mabuhi|magpuyo)\b|\bgusto (?:na )?(?:lang )?(?:ko|ako) (?:na )?(?:mamatay|mupakamatay|magpakamatay)\b|\bmupakamatay\b`],
  ['burden', 1, String.raw`\b(?:mas )?(?:okay|ok|masaya|mas masaya|maayo) (?:sila|silang tanan|ang tanan) (?:kung|kon) wala (?:na )?(?:ako|ko)\b`],
  ['giving_away', 0.4, String.raw`\bikaw na (?:ang )?bahala (?:sa|kang|kay)\b`],
  ['hopelessness', 0.8, String.raw`\bkapoy na (?:kaayo )?(?:ko |ako )?(?:mabuhi|magkinabuhi)\b`],
  ['method', 1, String.raw`\b(?:molukso|mulukso|moambak|muambak) (?:ko |ako )?(?:sa|gikan sa) (?:taytayan|tulay|building)\b`],
]);
