import { compile } from '../cue.js';

// Swahili (issue 13, fourth round): the concepts of the other lexicons, explicit and indirect.

export const SW = compile('sw', [
  ['topic', 0.5, String.raw`\bkujiua\b|\bkujitoa uhai\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:nataka|ninataka|natamani|nimeamua) (?:kufa|kujiua|kujitoa uhai|kumaliza maisha yangu)\b|\bsitaki kuishi (?:tena)?\b|\bnitajiua\b|\b(?:nilale|kulala) (?:na )?nisiamke (?:tena)?\b`],
  ['ideation', 0.7, String.raw`\b(?:nataka|ninataka) kutoweka\b`],
  ['ideation', 1, String.raw`\b(?:anataka|wanataka|alisema anataka) (?:kufa|kujiua|kujitoa uhai)\b|\bhataki kuishi (?:tena)?\b|\batajiua\b`],
  ['hopelessness', 1, String.raw`\bnimechoka (?:na )?(?:kuishi|maisha)\b|\bmaisha (?:yangu )?hayana maana\b|\bsina sababu ya kuishi\b`],
  ['hopelessness', 0.5, String.raw`\bsiwezi tena\b|\bsina (?:tumaini|matumaini)\b`],
  ['burden', 1, String.raw`\b(?:mtakuwa|mngekuwa|watakuwa|wote watakuwa) (?:bora|na furaha) bila mimi\b`],
  ['burden', 0.6, String.raw`\bmimi ni mzigo\b|\bmzigo kwa (?:kila mtu|familia|nyinyi|wote)\b`],
  ['farewell', 0.8, String.raw`\bkwaheri(?:ni)? (?:nyote|wote|kwa wote)\b|\bmtakaposoma (?:ujumbe )?huu\b`],
  ['farewell', 0.6, String.raw`\bmsinitafute\b|\businitafute\b`],
  ['farewell', 0.45, String.raw`\bnisameheni(?: kwa kila kitu)?\b|\b(?:mtunze|mtunzeni|tunza) (?:mama|baba|watoto|mbwa|paka)\b`],
  ['farewell', 0.4, String.raw`\bkwaheri\b`],
  ['absence', 0.7, String.raw`\bsitakuwepo\b|\b(?:nikishaondoka|nikiwa sipo|nitakapokuwa sipo)\b`],
  ['giving_away', 0.6, String.raw`\b(?:nakupa|nawapa|chukua) (?:vitu vyangu|mali yangu|kila kitu)\b`],
  ['method', 1, String.raw`\bkuruka (?:kutoka|kwenye) (?:daraja|ghorofa|jengo)\b|\bkujinyonga\b`],
  ['means', 0.8, String.raw`\b(?:kunywa|kumeza) (?:vidonge|dawa) (?:vyote|zote)\b|\bvidonge vingapi\b`],
  ['self_harm', 1, String.raw`\bkujidhuru\b|\bkujikata\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:usiku wa leo|leo usiku)\b`],
]);
