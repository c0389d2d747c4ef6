import { compile } from './cue.js';

// Layer 1: explicit English statements, each enough on its own. Fast and precise; the weighted
// multilingual cues in lexicon/ catch what these phrases do not.

const SELF = String.raw`(?:my ?self|him ?self|her ?self|them ?sel(?:f|ves)|your ?self|one ?self)`;
const POSS = String.raw`(?:my|his|her|their|your)`;

export const PHRASES = compile('en', [
  ['ideation', 1, String.raw`\b(?:kill(?:ing|ed|s)?|off(?:ing)?|hang(?:ing|ed|s)?|shoot(?:ing|s)?|drown(?:ing|s)?|unalive|unaliv(?:ing|ed)) ${SELF}\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:end(?:ing|ed|s)?|take|taking|took|takes) ${POSS} (?:own )?li(?:fe|ves)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:want|wanna|wants|wanted|wanting|wish|wishes|wishing|ready|deserve|deserves|need|needs|going) (?:to )?(?:die|be dead|not (?:exist|be alive|wake up)|disappear (?:forever|for good)|never wake up|stop (?:existing|living|breathing))\b`, 'neg'],
  ['ideation', 1, String.raw`\bwish(?:es|ed)? (?:i|he|she|they) (?:was|were|had|'d)(?:n't| not)? (?:dead|never (?:been )?born)\b`],
  ['ideation', 1, String.raw`\b(?:suicidal|suicide (?:attempt|plan|thoughts?|ideation|pact))\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:thinking|thought|think|thinks|fantasi[sz]e|fantasi[sz]ing|dream(?:ing)?) (?:a lot )?(?:about|of) (?:suicide|killing ${SELF}|ending (?:it|${POSS} life|things|it all)|dying|not being alive|being dead)\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:don'?t|do not|doesn'?t|does not|didn'?t) want to (?:live|exist|be alive|wake up|keep living|go on)\b`],
  ['ideation', 1, String.raw`\b(?:don'?t|do not|doesn'?t) want to be (?:here|around|alive) (?:anymore|any ?more|now)\b`],
  ['ideation', 1, String.raw`\b(?:end it all|end everything|end my suffering|make it (?:all )?stop (?:for good|forever)|go to sleep and never wake up|never wake up again)\b`],
  ['ideation', 1, String.raw`\bwant (?:it all|everything|the pain|all of this|this) to (?:stop|end) (?:forever|for good|permanently)\b`],
  ['intent', 1, String.raw`\b(?:going to|gonna|will|'ll|decided to|plan(?:ning)? to|about to|ready to|tonight i) (?:kill ${SELF}|end (?:it|my life|his life|her life|everything|it all)|do it tonight|jump)\b`, 'neg'],
  ['intent', 1, String.raw`\btake (?:all|every one|the whole (?:bottle|pack|box)) (?:of )?(?:my |his |her |the |these )?(?:pills|meds|medication|tablets|sleeping pills|painkillers)\b`],
  ['plan', 1, String.raw`\b(?:goodbye|farewell|suicide) (?:letter|note|video)s?\b`],
  ['plan', 1, String.raw`\b(?:stockpil\w*|sav(?:ed|ing) up|hoard\w*|collect(?:ed|ing)) (?:my |his |her |the )?(?:pills|meds|medication|tablets|sleeping pills|painkillers)\b`],
  ['means', 1, String.raw`\bhow (?:many|much) [\w' -]{0,40}?(?:to|would|will|does it take to|do i need to|before (?:i|you|someone)) (?:die|kill|overdose|od|be (?:fatal|lethal|deadly)|stop (?:my|a|the) heart|not wake up|never wake up)\b`],
  ['means', 1, String.raw`\b(?:painless|quickest|easiest|surest|fastest|quick|easy|best|simplest) (?:way|method|ways|methods) to (?:die|kill ${SELF}|end (?:it|my life)|commit suicide|not wake up)\b`],
  ['method', 1, String.raw`\b(?:tall|high) enough to (?:die|kill|be fatal)\b|\bfatal fall\b|\bwould(?:n'?t)? survive (?:the|a|that) (?:fall|jump)\b`],
  ['self_harm', 1, String.raw`\b(?:cut(?:ting|s)?|burn(?:ing|s)?|harm(?:ing|s)?|starv(?:e|ing|es)|punish(?:ing|es)?|hurt(?:ing|s)?) ${SELF}\b`, 'neg'],
  ['farewell', 1, String.raw`\bby the time (?:you|anyone|someone) (?:read|reads|see|sees|find|finds|get|gets) this\b`],
  ['burden', 1, String.raw`\b(?:everyone|everybody|they|my family|the world|people|you|you all|y'?all)(?:'d| would| will)? (?:be|are|is) (?:so much |much )?(?:better|happier) (?:off )?without (?:me|him|her)\b`],
  ['burden', 1, String.raw`\b(?:i'?m|i am|i'?d be|i would be) worth more (?:to (?:[\w']+ ){1,3})?dead\b`],
  ['burden', 1, String.raw`\bbetter off dead\b|\b(?:won'?t|will not|wouldn'?t) be a (?:burden|problem) (?:to anyone |for anyone |to you )?(?:much longer|anymore|any ?more|for long|soon)\b`],
  ['hopelessness', 1, String.raw`\bno (?:reason|point) (?:to|in) (?:live|living|go(?:ing)? on|being alive|stay(?:ing)? alive|wak(?:e|ing) up)\b`],
  ['hopelessness', 1, String.raw`\b(?:tired|exhausted|sick) of (?:living(?! (?:in|at|on|near|next to|out of|off) (?!(?:this|my|the) (?:world|body|skin|head|pain|misery|hell)\b))|being alive|existing|life itself)\b|\blife (?:isn'?t|is not|ain'?t) worth (?:living|it)\b`],
  ['hopelessness', 1, String.raw`\b(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:in|of) (?:living|life|going on|being alive|staying alive)\b`],
]);
