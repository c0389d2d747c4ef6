import { compile } from '../cue.js';

// Haitian Creole, Quechua, written Cantonese, and Arabic in Latin letters from the Maghreb
// (Darija) and the Levant (issue 13, eighth round), by the concepts of south-asia-more.ts.
// Cantonese is matched as substrings like Chinese; its "tired/hungry/hot to death" idioms are in
// distancing.ts.

export const HT = compile('ht', [
  ['topic', 0.5, String.raw`\bswisid\w*`],
  ['ideation', 1, String.raw`\bm(?:wen)? pa vle viv (?:anko|ank)\b|\bm(?:wen)? vle mouri\b|\b(?:m(?:wen)? )?(?:pral|ap|pra|prale) touye tet (?:mwen|m)\b|\btouye tet (?:mwen|m)\b`],
  ['burden', 1, String.raw`\btout moun (?:ap|ta|va) pi byen san mwen\b|\bpi byen san mwen\b`],
  ['farewell', 0.5, String.raw`\bpadone m(?:wen)? pou tout bagay\b`],
  ['giving_away', 0.45, String.raw`\bm(?:wen)? p(?: ?ap| pral) bezwen (?:l|li|yo) anko\b`],
  ['timing', 0.3, String.raw`\b(?:aswe|sware) a\b`],
  ['hopelessness', 0.8, String.raw`\bm(?:wen)? bouke ak lavi\b`],
  ['method', 1, String.raw`\b(?:sote|voltije|lage ko m) (?:sou|soti sou|nan) pon\b`],
]);

export const QU = compile('qu', [
  ['ideation', 1, String.raw`\bmana(?:nam|m)? kawsayta munanichu\b|\bwanuy(?:ta|tam) munani\b|\b(?:kikiyta )?wanuchikusaq\b`],
  ['farewell', 0.4, String.raw`\btukuy imamanta pampachaway\b`],
]);

export const YUE = compile('yue', [
  ['ideation', 1, String.raw`唔想(?:再)?(?:生存|活|生|做人)|唔想(?:再)?活落去|好想死|想死咗佢|我想死|(?:想|要)自殺|想了結自己|去死算`],
  ['method', 1, String.raw`(?:天台|樓頂|橋|大廈|窗).{0,6}跳落去|跳樓`],
  ['burden', 1, String.raw`冇咗我.{0,8}(?:好啲|開心啲|更好|冇咁辛苦)`],
  ['means', 0.9, String.raw`食晒(?:啲|所有|全部)?(?:藥|安眠藥|藥丸)`],
  ['giving_away', 0.45, String.raw`以後都唔(?:使|需要)用`],
  ['timing', 0.3, String.raw`今晚`],
  ['hopelessness', 0.5, String.raw`頂唔順`],
  ['ideation', 1, String.raw`一死了之`],
  ['means', 0.9, String.raw`(?:藥|安眠藥).{0,6}儲(?:夠|埋|定)|儲(?:夠|埋)(?:晒)?(?:啲)?藥`],
]);

/** Darija and Levantine Arabic in Latin letters, as the Egyptian rows of wider-world.ts. */
export const AR_LATN_MORE = compile('ar', [
  ['ideation', 1, String.raw`\bbghit (?:nmout|nmot|nmoot)\b|\bma bqitch (?:bghit|baghi|baghya) n3ich\b|\b(?:ghadi |ghan )?nqtel rasi\b|\b(?:bidi|bde|bdi) (?:mout|moot)\b|\bma (?:3ad|ba3ed|ba2a) (?:bidi|bde) (?:3ish|3eesh)\b`],
  ['burden', 1, String.raw`\bkolchi (?:ghadi )?ykon (?:mzyan|7sen|mzyana) bla(?: biya| bia)\b`],
  ['farewell', 0.5, String.raw`\bsm7i ?(?:lia|li) 3la kolchi\b|\bsam7ini 3a (?:kel|kol) shi\b`],
  ['giving_away', 0.45, String.raw`\bma (?:ba3ed|3ad) (?:ra7|7a) e7tajo\b`],
  ['hopelessness', 0.8, String.raw`\b3ya9t mn (?:had )?l7ayat?\b`],
  ['means', 0.8, String.raw`\bjm3t (?:dwa|l7bob|lhbob)\b`],
]);
