import { compile } from '../cue.js';

// Pashto, Kurdish (Kurmanji in Latin letters, Sorani in Arabic script), Azerbaijani and Kazakh
// (issue 13, bp1 and cd1 round), by concept beside caucasus-central-asia.ts: life meaningless,
// tired of living, "I can't bear it any more" (0.5: needs company), a burden on everyone, nobody
// needs me, everyone at ease without me, "tonight it all ends" and "I'll end everything", a last
// night, "I am no more", a phone switched off (0.4, as goodbye-logistics.ts), don't look for me,
// a third person who will kill himself. Written as normalize() leaves text: Kurmanji ê î û ş ç
// lose their marks, Azerbaijani ı is i (ə stays), Kazakh й is и.
// Look-alikes that must not match: "له لوږې مړ شوم", "ji westandinê mirim", "لە برسان مردم",
// "yorğunluqdan ölürəm", "күлкіден өлдім" (died of hunger, tiredness, laughter) and the prevention
// line, which says "you" ("ku xwe bikujî", "intihar barədə düşünürsənsə").

export const PS_MORE = compile('ps', [
  ['ideation', 1, String.raw`ځان به ووژنم|ځان وژنه کوم|ځان (?:وژني|ووژني|به ووژني)`, 'neg'],
  ['hopelessness', 0.8, String.raw`ژوند (?:راته|زما لپاره) (?:بې ?مانا|بې ?معنا|بې ?خونده)`],
  ['hopelessness', 0.5, String.raw`نور نه شم (?:زغملی|زغملای|کولی)|هیڅ لاره نه وینم`],
  ['burden', 0.8, String.raw`(?:زه )?په ټولو (?:بار|بوج) یم|د ټولو (?:لپاره|دپاره) بار یم`],
  ['absence', 0.6, String.raw`زه نور نشته یم|زما وروستۍ شپه`],
  ['absence', 0.4, String.raw`(?:موبایل|ټیلیفون|تلیفون) یې بند دی`],
]);

export const KMR = compile('kmr', [
  ['ideation', 1, String.raw`\b(?:dixwaze|dê|de|ewe) xwe bikuje\b`],
  ['hopelessness', 0.8, String.raw`\bwateya jiyane\b.{0,20}\b(?:nemaye|tune|nine)\b|\bjiyan (?:ji min re )?bewate\b`],
  ['burden', 0.7, String.raw`\bkes (?:hewcedare|hewceyi|ne hewcedare) min\b`],
  ['farewell', 0.5, String.raw`\bkes li min negere\b|\bli min negerin\b`],
]);

export const CKB = compile('ckb', [
  ['ideation', 1, String.raw`دەمەوێ بمرم|خۆکوشتن (?:دەکەم|بکەم)`, 'neg'],
  ['hopelessness', 0.8, String.raw`ژیان (?:هیچ )?مانا(?:یەکی|ی)? (?:نەماوە|نییە)`],
  ['burden', 1, String.raw`بەبێ من (?:هەمووان|هەموو کەس|هەمووتان) (?:باشتر|خۆشتر|ئاسوودە)`],
  ['burden', 0.7, String.raw`(?:هیچ کەس|کەس) پێویستی (?:پێم|بە من) (?:نییە|نیە)`],
]);

export const AZ_MORE = compile('az', [
  ['hopelessness', 0.8, String.raw`(?:həyatdan|yaşamaqdan) (?:yoruldum|bezmişəm|bezdim|bikdim|usandim)`],
  ['burden', 1, String.raw`mənsiz (?:hami|hamisi|hər kəs) (?:rahat|xoşbəxt|yaxşi)`],
  ['burden', 0.7, String.raw`heç kimə lazim deyiləm`],
  ['intent', 0.6, String.raw`hər şeyi bitirəcəyəm`],
  ['farewell', 0.4, String.raw`hər şey üçün sağ ol`],
]);

export const KK_MORE = compile('kk', [
  ['burden', 0.8, String.raw`ешкімге жүк болғым келмейді|(?:бәріне|барлығына) жүкпін`],
  ['intent', 0.8, String.raw`бүгін түнде бәрі бітеді`],
  ['intent', 0.5, String.raw`бәрі бітеді`],
  ['hopelessness', 0.8, String.raw`өмір мағынасыз`],
  ['hopelessness', 0.5, String.raw`енді шыдай алмаймын|бәрі мағынасыз|бәрінен шаршадым`],
]);
