import { compile } from '../cue.js';

// What the other English lexicons had only in the first person or only in one wording (issue 13,
// ch1 round), by concept: a friend, child, partner or colleague described the way the first-person
// cues describe the speaker (nobody would miss her, people relieved if he was gone, his kids better
// off with the insurance, counting his tablets, keeping her sleeping pills back, asking how high a
// car park is, tied up his loose ends, updated his will, gave me his login), and first-person
// wordings of the same concepts (pills counted as enough, tired of being the problem, everyone
// would breathe easier, the river calling, won't see the weekend). Weights below 0.6 need company.
// Look-alikes that must not match: counting Mum's tablets for her dosette box, a library floor
// with the best view, "sorry to be a pain, can someone cover", updating our wills after a birth.

const POSSESSIVE = String.raw`(?:his|her|their|my)`;
const PILLS = String.raw`(?:sleeping )?(?:tablets|pills|meds|medication|painkillers|sleeping pills|insulin|sertraline|paracetamol)`;

export const IMPLICIT_EN = compile('en', [
  // a burden, said of another person or in other words
  ['burden', 0.7, String.raw`\b(?:nobody|no one|noone)(?: would| will|'?d|'ll)? (?:even )?(?:miss|notice)(?: if| when)? (?:him|her|them)\b`],
  ['burden', 0.5, String.raw`\b(?:nobody|no one|noone)(?: would| will|'?d|'ll) (?:even )?notice\b`],
  ['burden', 0.7, String.raw`\b(?:everyone|everybody|people|they|the family|you all|we)(?:'d|'ll| would| will)? (?:all )?(?:be relieved|breathe easier|feel lighter|be lighter)\b(?:[^.?!]{0,20}\b(?:if|when|once) (?:i|he|she|they) (?:was|were|'m|am|is) gone\b)?`],
  ['burden', 0.6, String.raw`\btired of being (?:the|everyone'?s|everybody'?s|a|their) (?:problem|burden|worry)\b`],
  ['burden', 0.6, String.raw`\b(?:everyone'?s|everybody'?s|they'?ve|you'?ve|people have|everyone has) been carrying (?:me|him|her)\b`],
  ['burden', 0.6, String.raw`\b(?:i'?m|he'?s|she'?s|i am|he is|she is) (?:only|just) (?:in the way|getting in the way)\b`],
  ['burden', 0.45, String.raw`\bsorry (?:i was|for being) (?:such )?(?:hard work|a pain|a nuisance|so much trouble|a burden)\b`],
  ['burden', 0.55, String.raw`\b(?:move|go|run|work) (?:faster|smoother|better) without me\b`],
  ['burden', 0.9, String.raw`\bbetter off with (?:the|my|his|her|their) (?:life )?(?:insurance|payout|pension)(?: money)?\b`],
  // means and method, of oneself or of another person
  ['means', 0.5, String.raw`\bcount(?:ing|ed|s)? (?:out )?${POSSESSIVE} ${PILLS}\b`],
  ['means', 0.7, String.raw`\b(?:pills|tablets|prescription|meds|medication)\b[^.?!]{0,40}\b(?:it'?s|that'?s|there'?s|there are|they'?re|is|are) (?:more than |just )?enough\b`],
  ['means', 0.7, String.raw`\b(?:keep|kept|keeping|put|putting|set|setting|hold|holding|held)(?: back| aside)? ${POSSESSIVE} ${PILLS} (?:back|aside)\b|\b(?:keep|kept|keeping|put|putting|set|setting|hold|holding|held) (?:back|aside) ${POSSESSIVE} ${PILLS}\b`],
  ['method', 0.5, String.raw`\b(?:ask(?:ed|ing|s)?|look(?:ed|ing)? up|check(?:ed|ing)?|googl(?:ed|ing)|search(?:ed|ing) for) (?:how high|the height of|how tall|how far (?:down|the drop))\b|\bwhich floor\b[^.?!]{0,30}\b(?:is )?(?:the )?highest\b`],
  ['method', 0.6, String.raw`\b(?:the )?(?:river|sea|water|bridge|tracks|edge|cliffs?)(?:'s| has| is| keeps)? (?:been )?calling (?:me|him|her|to me)\b`],
  // arrangements: loose ends, a will, accounts handed over
  ['plan', 0.5, String.raw`\b(?:tied|tying|tie) up (?:all )?${POSSESSIVE} loose ends\b`],
  ['plan', 0.5, String.raw`\b(?:updated|rewrote|changed|wrote|made|sorted|finished) ${POSSESSIVE} will\b`],
  ['plan', 0.5, String.raw`\b(?:gave|sent|handed|left) (?:me|us) ${POSSESSIVE} (?:[\w-]+ )?(?:login|logins|passwords?|pin|bank details)\b`],
  // belongings given away by someone else, a pet rehomed, things left for someone
  ['giving_away', 0.45, String.raw`\b(?:he|she|they) (?:gave|has given|'s given|handed)(?: (?:me|us))? (?:his|her|their) [\w-]+\b`],
  ['giving_away', 0.45, String.raw`\bgiving ${POSSESSIVE} (?:[\w-]+ ){1,3}away\b`],
  ['giving_away', 0.5, String.raw`\b(?:gave|given|rehomed) (?:the|my|his|her) (?:cat|dog|puppy|kitten|rabbit|pets?) (?:to|away)\b`],
  ['giving_away', 0.45, String.raw`\bi'?ve left (?:the|my) [\w-]+(?: and (?:the|my) [\w-]+)? for you\b`],
  // time running out, hopelessness in other words
  ['intent', 0.7, String.raw`\b(?:won'?t|will not|not going to) (?:see|make it to) (?:the weekend|christmas|my birthday|next week|monday|tomorrow|the new year)\b|\b(?:the )?last (?:night|day|time) i'?(?:ll| will) (?:have to|ever)\b`],
  ['absence', 0.6, String.raw`\bdon'?t see myself (?:being )?(?:around|here|alive)\b(?! (?:in|at|for|after|by|doing|working|long term|forever|when)\b)`],
  ['farewell', 0.45, String.raw`\bdon'?t blame yourself\b`],
  ['hopelessness', 0.6, String.raw`\bnothing'?s? (?:is )?worth (?:getting up|living|waking up|going on) for\b`],
]);
