import { compile } from '../cue.js';

// Maltese, Icelandic, Basque and Welsh (issue 13, bp1 and cd1 round), by concept beside the
// explicit statements of europe-more.ts: taking one's own life, tired of living and "no point in
// anything", everyone better off without me, nobody needs me, not being here after a named day,
// not coming back, goodbyes said to everyone, pills gathered, and a third person who said he will
// kill himself. Written as normalize() leaves text: Maltese ż ċ ġ lose their dot (ħ stays),
// Icelandic æ is "ae" and accents go (þ and ð stay), Welsh circumflexes go.
// Look-alikes that must not match: "qtilt ruħi naħdem" (killed myself working), "l-aħħar darba li
// tarawni b'xagħar twil" (the last time you'll see me with long hair: a haircut), "að drepast úr
// þreytu" (dying of tiredness), "gosez hiltzen nago" (dying of hunger), "bron â marw eisiau bwyd",
// and the prevention line, which says "yourself" ("toqtol lilek innifsek", "zure buruaz beste").

const DAYS_IS = String.raw`(?:laugardag|sunnudag|manudag|þri(?:ð|d)judag|mi(?:ð|d)vikudag|fimmtudag|fostudag)\w*|helgina|morgundaginn|kvoldi(?:ð|d)`;
const DAYS_CY = String.raw`(?:dydd |nos )?(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|heno|yfory`;

export const MT_MORE = compile('mt', [
  ['ideation', 1, String.raw`\b(?:se|ser|sejjer|sa|na(?:ħ|h)seb (?:biex|li)) noqtol (?:lili )?nnifsi\b|\bnixtieq (?:immut|nmut)\b|\bma nixtieqx ng(?:ħ|h)ix\b`],
  ['ideation', 1, String.raw`\b(?:se|ser|sejjer|li se) joqtol (?:lilu )?nnifsu\b|\b(?:se|ser|sejra|li se) toqtol (?:lilha )?nnifisha\b`],
  ['hopelessness', 0.8, String.raw`\bm'?g(?:ħ|h)andi(?:x)? (?:l-ebda |ebda )?(?:raguni|skop)\w* (?:nibqa|ng(?:ħ|h)ix)\b`],
  ['hopelessness', 0.5, String.raw`\bma nistax (?:aktar|izjed)\b`],
  ['burden', 0.7, String.raw`\b(?:ħadd|hadd) (?:ma|mhu) (?:je(?:ħ|h)tiegni|se jinduna|jinduna|jimmissjani|se jimmissjani)\b`],
  ['absence', 0.6, String.raw`\bdin (?:hija )?l-a(?:ħ|h)(?:ħ|h)ar (?:gimg(?:ħ|h)a|darba|lejla|jum) tieg(?:ħ|h)i\b|\bl-a(?:ħ|h)(?:ħ|h)ar darba li (?:tarawni|tarani)\b(?! ?(?:b'|bi\b|bil-|bl-|f'|fil-|ma'|mal-|hekk|bhal))`],
  ['farewell', 0.4, String.raw`\bgrazzi ta' kollox\b`],
]);

export const IS_MORE = compile('is', [
  ['ideation', 1, String.raw`\bmig langar (?:bara |svo )?a(?:ð|d) deyja\b|\bmig langar ekki a(?:ð|d) lifa\b|\btaka mitt eigi(?:ð|d) lif\b|\bsvipta mig lifi\b|\bfyrirfara mer\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:aetlar|aetli|vill|aetla(?:ð|d)i) a(?:ð|d) (?:drepa sig|fyrirfara ser|svipta sig lifi|taka sitt eigi(?:ð|d) lif)\b`],
  ['burden', 1, String.raw`\bbetra fyrir alla ef eg vaeri ekki (?:her|til)\b`],
  ['burden', 0.8, String.raw`\beg er bara fyrir (?:ollum|oðrum|odrum)\b`],
  ['hopelessness', 0.5, String.raw`\beg get (?:þetta|thetta) ekki lengur\b`],
  ['absence', 0.8, String.raw`\b(?:eftir|fra) (?:${DAYS_IS})\b.{0,15}\bver(?:ð|d) eg ekki (?:her|til)\b`],
  ['absence', 0.5, String.raw`\b(?:aetla|aetli) ekki a(?:ð|d) koma til baka\b`],
  ['farewell', 0.6, String.raw`\bbuin(?:n)? a(?:ð|d) kve(?:ð|d)ja alla\b`],
]);

export const EU_MORE = compile('eu', [
  ['ideation', 0.9, String.raw`\bez dut (?:gehiago )?esnatu nahi\b`],
  ['ideation', 0.8, String.raw`\bnola amaitu dena\b`],
  ['ideation', 1, String.raw`\bbere (?:burua hil(?:go|ko)?|buruaz beste egin(?:go)?) (?:du|duela|dutela)\b`],
  ['burden', 1, String.raw`\bhobe litzateke (?:denentzat |guztientzat )?ni (?:hemen )?ez banengo\b|\bhobe litzateke ni gabe\b`],
  ['hopelessness', 0.6, String.raw`\bez dut zentzurik ikusten (?:ezertan|ezer)\b`],
  ['hopelessness', 0.5, String.raw`\bezin dut gehiago\b|\bez dut gehiago jasan nahi\b`],
  ['means', 0.8, String.raw`\bpilula guztiak hartuko (?:ditu|dituela|ditut)\b`],
]);

export const CY_MORE = compile('cy', [
  ['ideation', 1, String.raw`\b(?:dw i|dwi)(?: wedi)? penderfynu marw\b|\bdiweddu (?:fy |'n )?mywyd\b|\bcymryd fy mywyd\b`],
  ['ideation', 1, String.raw`\b(?:mae|mae o|mae hi|wedi dweud) (?:e |o |hi )?(?:am|yn mynd i) ladd ei hun\b`],
  ['burden', 1, String.raw`\b(?:maen nhw|mae pawb|byddan nhw)(?:'n| yn) well (?:eu byd )?hebdda i\b`],
  ['burden', 0.7, String.raw`\bdoes neb (?:yn mynd i|am) weld fy eisiau\b`],
  ['hopelessness', 0.6, String.raw`\bdoes dim pwynt (?:i ddim(?: byd)?|byw|mewn dim)\b`],
  ['hopelessness', 0.5, String.raw`\balla i ddim mynd ymlaen (?:fel hyn|rhagor)\b`],
  ['absence', 0.8, String.raw`\b(?:ar ol|wedi) (?:${DAYS_CY})\b.{0,12}\bfydda i ddim (?:yma|o gwmpas)\b|\bfydda i ddim (?:yma|o gwmpas) (?:ar ol|wedi) (?:${DAYS_CY})\b`],
  ['means', 0.8, String.raw`\b(?:casglu|cadw)(?:'r)? (?:tabledi|pils)\b`],
]);
