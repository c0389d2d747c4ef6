import { compile } from '../cue.js';

// Being tired of living, not being here for what comes after a date, and being of no more use, in
// the everyday varieties the errand and browser authors (ay1, az1) wrote and no lexicon had:
// Polish, Tagalog, Hinglish, Levantine Arabic, Nigerian Pidgin, Singlish, Indonesian, Vietnamese,
// Italian, Norwegian and Swedish, Japanese and Egyptian Arabic, and English phrasings of the same
// concepts. Each cue names the person's own state ("I can't go on living", "I won't be here for
// any of it", "I'm of no use to anyone"); its look-alikes name a move, a holiday, work or a thing
// ("I won't be in Kraków", "tired of work", "the printer isn't needed") and do not match.

export const TIRED_OF_LIVING = [
  ...compile('pl', [
    ['ideation', 1, String.raw`\bnie dam rady (?:dluzej |juz )?zyc\b`, 'neg'],
    // "za tydzień mnie nie będzie" (not "…nie będzie w Krakowie": a place says it is a trip).
    ['absence', 0.6, String.raw`\b(?:za (?:\w+ )?(?:dni|dzien|tydzien|tygodnie|miesiac)|jutro|po (?:\w+))\b[^.]{0,15}\bmnie (?:juz )?nie (?:bedzie)\b(?!\s+(?:w|we|na|u|przy|do|z)\b)`],
  ]),
  ...compile('tl', [
    ['ideation', 1, String.raw`\bpagod na (?:pagod )?(?:na )?(?:talaga )?(?:ako )?(?:mabuhay|sa buhay)\b`, 'neg'],
  ]),
  ...compile('hi-Latn', [
    ['ideation', 1, String.raw`\bjeene ka (?:mann|man|mn|dil) (?:hi )?(?:nahi|nhi|nahin)\b`, 'neg'],
  ]),
  ...compile('ar', [
    ['hopelessness', 0.5, String.raw`ما (?:عاد|بقى|عاد في) ?فيني ا?كمل`],
    ['farewell', 0.5, String.raw`سامحيني على كل (?:شي|شيء)|سامحني على كل (?:شي|شيء)`],
    ['absence', 0.5, String.raw`دوري (?:خلص|انتهى)`],
  ]),
  ...compile('pcm', [
    ['ideation', 1, String.raw`\bcomot (?:for|from) (?:this )?world\b`, 'neg'],
    ['hopelessness', 0.7, String.raw`\bi (?:don )?tire for (?:this )?life\b`],
    ['hopelessness', 0.5, String.raw`\bi no fit (?:again|anymore|any more)\b`],
  ]),
  ...compile('en-SG', [['hopelessness', 0.5, String.raw`\bcannot tahan (?:already|anymore|liao)\b`]]),
  ...compile('id', [
    ['burden', 0.8, String.raw`\b(?:capek|cape|capai|lelah)(?: banget| sekali| bgt)? jadi beban\b`],
    ['absence', 0.6, String.raw`\b(?:setelah|sesudah|habis) \w+\b[^.]{0,20}\b(?:aku|saya|gue) (?:nggak|ngga|gak|ga|tidak|tak) (?:butuh|perlu) apa-?apa lagi\b`],
  ]),
  ...compile('vi', [['burden', 0.8, String.raw`\bse song tot hon (?:khi )?(?:khong co|thieu) (?:me|toi|em|anh|chi|con|minh|bo|ba)\b`]]),
  ...compile('it', [['burden', 0.7, String.raw`\b(?:io )?non servo piu(?: a niente| a nessuno)?\b`]]),
  ...compile('no', [['ideation', 1, String.raw`\b(?:vurderer|tenker pa|vil|kommer til|skal) a ta livet (?:sitt|mitt|av seg|av meg)\b`, 'neg']]),
  ...compile('sv', [['absence', 0.6, String.raw`\befter (?:den )?\d{1,2}(?::e|:a)?\b[^.]{0,15}\bbehover jag (?:ingenting|inget)(?: mer)?\b`]]),
  ...compile('ja', [['absence', 0.5, String.raw`(?:俺|私|僕|あたし|自分)の役目(?:も|は)終わり`]]),
  ...compile('en', [
    ['ideation', 0.8, String.raw`\b(?:i'?m |so |just )?tired of waking up\b`, 'neg'],
    ['absence', 0.6, String.raw`\b(?:won'?t|will not) be (?:here|around) for any of it\b|\b(?:won'?t|will not) be reading anything (?:after|past|from) (?:tonight|today|tomorrow|now)\b`],
    ['farewell', 0.5, String.raw`\bsorry i couldn'?t (?:be|do) (?:any )?better\b|\b(?:he|she|they)'?ll understand later\b`],
  ]),
];
