import { compile } from '../cue.js';

// Hindi and Bengali (native script and the romanized forms people type) and Arabic. Kept to explicit phrases:
// these are the languages whose softer cues we could not write well enough to weight.

export const HI = compile('hi', [
  ['topic', 0.5, String.raw`आत्महत्या|ख़ुदकुशी|खुदकुशी|\b(?:aatmhatya|atmahatya|khudkushi)\b`, 'neg'],
  ['ideation', 1, String.raw`(?:अब )?(?:और )?नहीं जीना चाहत[ाी]|\b(?:ab )?(?:aur )?nahi jeena chaht[ai]\b|मरना चाहत[ाी]|मर जाना चाहत[ाी]|जीना नहीं चाहत[ाी]|आत्महत्या कर(?:ना|ूंगा|ूंगी|ने)|ख़ुद को मार|खुद को मार|\b(?:marna|mar jana|mar jaana) chaht[ai]\b|\bjeena nahi chaht[ai]\b|\b(?:khudkushi|aatmhatya) kar(?:na|unga|ungi|lunga|lungi)\b|\bkhud ko maar\b`],
  ['hopelessness', 1, String.raw`जीने का कोई मतलब नहीं|\bjeene ka koi matlab nahi\b`],
  ['farewell', 0.8, String.raw`अलविदा सब|\balvida sab\b`],
  ['hopelessness', 0.8, String.raw`(?:अब )?(?:और )?नहीं जी (?:सकता|सकती|पाऊंगा|पाऊंगी)|\b(?:ab )?(?:aur )?nahi ji (?:sakta|sakti|paunga|paungi)\b`],
  ['farewell', 0.4, String.raw`अलविदा|\balvida\b|मुझे माफ़ कर(?:ना|दो|देना)|\bmujhe maaf kar(?:na|do|dena)\b`],
]);

export const BN = compile('bn', [
  ['topic', 0.5, String.raw`আত্মহত্যা|\batmohott?a\b`, 'neg'],
  ['ideation', 1, String.raw`আর বাঁচতে চাই না|বাঁচতে চাই না|মরে যেতে চাই|মরতে চাই|\b(?:ami )?(?:r|ar) bachte chai ?na\b|\bbachte chai ?na\b|\bmore jete chai\b|\bmorte chai\b`],
  ['absence', 0.8, String.raw`আমি আর থাকব না|\bami (?:r|ar) thakbo ?na\b`],
]);

export const AR = compile('ar', [
  ['topic', 0.5, String.raw`انتحار`, 'neg'],
  ['ideation', 1, String.raw`اريد ان اموت|اريد الموت|ابغى اموت|ابي اموت|اريد ان انتحر|سانتحر|اقتل نفسي|لا اريد ان اعيش|ما ابي اعيش|افكر في الانتحار|انهي حياتي`],
  ['hopelessness', 1, String.raw`لا معنى لحياتي|الحياة لا تستحق`],
  ['burden', 1, String.raw`سيكونون افضل بدوني|الكل افضل بدوني`],
  ['farewell', 0.8, String.raw`وداعا للجميع|رسالة وداع`],
]);
