import { compile } from '../cue.js';

// Yoruba, Igbo, Zulu, Hausa, Quechua and Guarani (issue 13, bp1 and cd1 round). The older lexicons
// (africa.ts, wider-world.ts, creole-andes-cantonese.ts) name the explicit statements; people in
// these languages mostly said the rest, so each concept here is one line per language:
// - tired of living, life has no point (hopelessness 0.8; "I can't any more" 0.5 needs company);
// - everyone better off without me (burden 1), nobody needs or will miss me (0.6-0.7);
// - not waking up again, sleeping forever (ideation 0.9);
// - not being here, not coming back (absence 0.6);
// - don't look for me, thank you / forgive me for everything (farewell 0.4-0.5);
// - a third person who said he will kill himself (ideation 1).
// Written as normalize() leaves text: tone marks and dots below are gone (Yoruba "ẹ̀" is "e",
// Igbo "ị" is "i"), Quechua and Guarani "ñ" is "n" and nasal vowels lose their tilde.
// Look-alikes that must not match: hunger, heat and laughter that "kill" ("ebi n pa mi", "yunwa na
// kashe ni", "ilanga liyasibulala", "yarqaymanta wanuchkani", "amanombaite kane'ogui") and
// prevention material, which says "yourself" ("pa ara re", "igbu onwe gi", "kikinta").

export const YO_MORE = compile('yo', [
  ['ideation', 1, String.raw`\bpa ara mi\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:mi o|mi ko|emi o) fe (?:wa|gbe) (?:laaye|l'aye|aye|nile aye)\b|\bo (?:ya|san|dara) ki n ku\b`],
  ['ideation', 1, String.raw`\b(?:o ni|so pe|wi pe) (?:oun|on) (?:fe|maa|ma|yoo|o) (?:pa ara (?:re|e)|ku)\b`],
  ['ideation', 0.9, String.raw`\b(?:mi o|mi ko) fe ji mo\b|\bsun\b.{0,12}\b(?:ma|mi o ni|o ni) ji mo\b`],
  ['hopelessness', 0.8, String.raw`\b(?:aye|ile aye) ti su mi\b|\bo ti su mi (?:laye|l'aye|nile aye)\b|\b(?:mi o ri|ko si) idi ti mo fi n (?:gbe aye|ba a lo|wa laaye|tesiwaju)\b`],
  ['hopelessness', 0.5, String.raw`\bgbogbo (?:nkan|nnkan|nkankan) ti su mi\b|\bmi o (?:le|ni le) fara da a mo\b`],
  ['burden', 1, String.raw`\b(?:won|gbogbo (?:eniyan|eeyan|wa|yin)) (?:a|maa|yoo|o) (?:sinmi|dara|gbadun|ni alaafia)\b.{0,25}\b(?:ti|bi) mi (?:o|ko) ba si\b|\bbi mo ba lo\b.{0,20}\b(?:wahala|iya) (?:mi|won) (?:maa|yoo|a) tan\b`],
  ['burden', 0.8, String.raw`\beru (?:lasan )?ni mo je fun\b`],
  ['burden', 0.6, String.raw`\bko si eni(?:kan)? ti (?:yoo|maa|a) (?:se aaro|padanu|ranti|wa) mi\b`],
  ['absence', 0.6, String.raw`\bmi o ni si mo\b|\b(?:ale oni|lale oni|ni ale yi) ni gbogbo (?:re|e) (?:maa|yoo|a) pari\b`],
  ['farewell', 0.5, String.raw`\be (?:jowo )?dariji mi (?:fun|lori) (?:ohun )?gbogbo\b|\be ma wa mi mo\b`],
]);

export const IG_MORE = compile('ig', [
  ['ideation', 1, String.raw`\b(?:igbu|gbuo|gbue|igbuo) onwe m\b`, 'neg'],
  ['ideation', 1, String.raw`\bo ka mma (?:ka m|m) nwuo\b|\b(?:o|ya) (?:kwuru|siri) na (?:o|ya) ga-egbu onwe ya\b`],
  ['hopelessness', 0.8, String.raw`\bike agwula m (?:ndu|ibi ndu)\b|\bndu (?:a )?agwula m ike\b`],
  ['burden', 1, String.raw`\bo ga-aka mma ma m (?:anoghi|adighi|anwuo)\b`],
  ['burden', 0.6, String.raw`\b(?:onweghi|o dighi) onye (?:choro|na-acho|ga-acho|ga-echeta) m\b`],
  ['absence', 0.6, String.raw`\bagaghi m ano ya\b|\bebe m na-agaghi alota\b`],
  ['farewell', 0.4, String.raw`\bekele m gi maka ihe niile\b`],
]);

export const ZU_MORE = compile('zu', [
  ['ideation', 1, String.raw`\bkungcono ngife\b|\bngiyafuna ukufa\b|\bngifisa (?:sengathi )?ngingafa\b|\bngizokuzibulala\b|\bngicabanga ukuzibulala\b`],
  ['ideation', 1, String.raw`\b(?:uthe|uthi|ushilo) (?:uzozibulala|ufuna ukufa|ufuna ukuzibulala)\b`],
  ['hopelessness', 0.8, String.raw`\bngikhathele (?:ukuphila|yimpilo|ngokuphila)\b`],
  ['hopelessness', 0.5, String.raw`\bangisakwazi ukuqhubeka\b|\bngikhathele yi(?:lokhu|konke)(?: konke)?\b`],
  ['burden', 0.7, String.raw`\bakekho (?:ozongikhumbula|ozongiphuthelwa|ongidingayo|ozongikhathalela)\b`],
  ['absence', 0.6, String.raw`\b(?:uma |sengi)?ngingasekho\b|\bsengingekho\b|\buma engasekho\b`],
  ['farewell', 0.5, String.raw`\bngiyaxolisa ngakho konke\b|\b(?:ningangifuni|ungangifuni)\b`],
  ['farewell', 0.4, String.raw`\bngeke ngibuye\b`],
]);

export const HA_MORE = compile('ha', [
  ['ideation', 1, String.raw`\bgara (?:na|in) mutu\b|\b(?:ya|ta) ce (?:zai|za ta) (?:kashe kansa|kashe kanta|mutu)\b`],
  ['ideation', 0.6, String.raw`\bgara (?:na|in) tafi kawai\b`],
  ['method', 1, String.raw`\b(?:zai|za ta|zan) sha (?:maganin (?:ƙwari|kwari)|guba|fiya-fiya)\b`],
  ['hopelessness', 0.8, String.raw`\brayuwa ta (?:ishe|isa) ni\b`],
  ['hopelessness', 0.5, String.raw`\bban ga amfanin (?:komai|rayuwa)\b|\bkomai ya (?:ƙare|kare) (?:mini|min)\b`],
  ['burden', 0.7, String.raw`\b(?:babu|ba) wanda zai (?:damu|yi kewa\w*|kewace ni)\b`],
  ['farewell', 0.4, String.raw`\bna gode da komai\b`],
]);

export const QU_MORE = compile('qu', [
  ['ideation', 1, String.raw`\bwanu(?:kuy|y)ta munani\b|\bwanuyta munachkani\b|\bkikiyta wanuchiku\w*`],
  ['ideation', 0.9, String.raw`\bwinaypaq punu\w*`],
  ['hopelessness', 0.5, String.raw`\bmana(?:nam|m)? (?:kallpay|kallpallay) kanchu\b|\bmana(?:nam|m)? atinichu\b`],
  ['absence', 0.6, String.raw`\bmana(?:nam|m)? kutimusaqchu\b`],
  ['farewell', 0.5, String.raw`\bama maskawankichu\b`],
  ['farewell', 0.4, String.raw`\bsulpayki tukuy (?:imamanta|imapaq)\b`],
  ['means', 0.5, String.raw`\bhayka pastilla\w*`],
]);

/** Guarani and Jopara: the glottal stop typed as ' or ʼ (both ' after normalize). */
export const GN = compile('gn', [
  ['ideation', 1, String.raw`\bn?daikose(?:veima|ima|vei|i)\b|\bndaikovese(?:veima|ima|i)\b|\bamanose\b|\bajejuka(?:se|ta)\b|\baipota amano\b`],
  ['ideation', 0.9, String.raw`\bndapayse(?:veima|ima|vei)\b`],
  ['hopelessness', 0.5, String.raw`\bkane'o(?:pa)? (?:aime )?opa mba'e(?:gui)?\b|\bndaikatuveima\b`],
  ['absence', 0.6, String.raw`\bndajujeveima\b`],
  ['intent', 0.6, String.raw`\bopata opa mba'e\b`],
  ['burden', 0.7, String.raw`\bavave (?:nd)?ohechaukamo'ai\b`],
  ['farewell', 0.5, String.raw`\bani (?:che )?rehekai\b`],
  ['farewell', 0.4, String.raw`\baguyje opa mba'ere\b`],
]);
