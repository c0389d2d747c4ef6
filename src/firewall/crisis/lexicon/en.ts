import { compile } from '../cue.js';

// English weighted cues: softer evidence that needs company (hopelessness, farewells, belongings,
// heights, medication amounts, "not being around", times). Layer 1 (phrases.ts) has the explicit ones.

const SELF = String.raw`(?:my ?self|him ?self|her ?self|them ?sel(?:f|ves))`;

export const EN = compile('en', [
  ['topic', 0.5, String.raw`\bsuicid(?:e|al)\b`, 'neg'],
  ['ideation', 0.7, String.raw`\b(?:wish(?:es)? (?:i|he|she) could (?:just )?(?:disappear|vanish|fall asleep forever|stop existing)|want to (?:disappear|vanish)(?: forever)?|don'?t want to be (?:here|around)|no (?:longer )?want to be alive)\b`, 'neg'],
  ['ideation', 0.8, String.raw`\b(?:i'?m|i am|he'?s|she'?s|they'?re) (?:so )?(?:done with (?:life|living|everything|it all)|ready to go|ready to be done)\b`],
  ['intent', 0.4, String.raw`\b(?:i'?ll|i will|i'?m going to|gonna|going to) (?:end it|do it|finally do it|go through with it)\b`, 'neg'],
  ['intent', 0.4, String.raw`\b(?:made up my mind|my mind is made up|it'?s decided|this is the end)\b`],
  ['plan', 0.5, String.raw`\b(?:i have|i'?ve got|ive got|i made|he has|she has|has) a plan\b|\b(?:picked|chose|set|decided on) (?:a|the) (?:date|day|time|spot|place)\b`],
  ['plan', 1, String.raw`\b(?:picked|chose|decided on|know) (?:a|the|which) (?:method|bridge|building)\b|\b(?:wrote|written|writing|left|leave|leaving|found) (?:a|my|his|her) (?:suicide |goodbye )note\b|\bwill\b.{0,20}\b(?:after i'?m gone|when i'?m gone)\b`],
  ['farewell', 0.8, String.raw`\b(?:this is (?:my )?(?:final |last )?goodbye|goodbye (?:forever|everyone|world|cruel world)|saying (?:my )?(?:final |last )?goodbyes?|won'?t see (?:you|each other) again|this is (?:my )?last (?:message|post|text)|last time you'?ll hear from me)\b`],
  ['farewell', 0.5, String.raw`\b(?:take care of (?:my|the) (?:cat|dog|kids|children|plants|pets?|family)(?: for me| when i'?m gone)?|tell (?:my|them|her|him) (?:mom|mum|dad|family|kids|parents|sister|brother|wife|husband|son|daughter) (?:that )?i (?:love|loved) (?:them|her|him)|i'?m sorry for everything|thank you for everything,? (?:goodbye|bye|i love you)|(?:please )?don'?t blame yourself|it'?s not your fault,? (?:i|it was))\b`],
  ['farewell', 0.3, String.raw`\b(?:thanks|thank you) for everything\b|\bi love you all\b`],
  ['hopelessness', 0.5, String.raw`\b(?:can'?t|cannot) (?:do this anymore|keep going|take (?:it|this|any of this) anymore|keep doing this|cope anymore)\b`],
  ['hopelessness', 0.7, String.raw`\b(?:can'?t|cannot) (?:go on|live like this|live with (?:this|myself))(?: anymore)?\b|\b(?:i'?m|i am|i feel) (?:so )?(?:worthless|dead inside)\b`],
  ['hopelessness', 0.5, String.raw`\b(?:nothing (?:will ever|is ever going to|will|ever) (?:get|be|gets) better|it(?:'?s| is) (?:all )?hopeless|(?:there'?s|there is) no (?:way out|hope|future|point(?: anymore)?)|i have no (?:future|hope|way out)|can'?t see a way out|what'?s the point (?:of|in) (?:anything|trying|going on|it all)|i give up on (?:life|everything)|everything is pointless|no one can help me|i'?m (?:a )?(?:worthless|hopeless)|i feel (?:empty|numb|trapped|dead inside)|dead inside)\b`],
  ['hopelessness', 0.8, String.raw`\b(?:what'?s the point (?:of|in) (?:living|life|being alive)|(?:don'?t|do not) see (?:the|any) point (?:in|of) (?:anything|it all|trying)(?: anymore)?|i give up\.?$|i'?m done\.?$)\b`],
  ['burden', 0.6, String.raw`\b(?:i'?m|i am|he'?s|she'?s|feel(?:s)? like) (?:just |such |only )?(?:a|an) (?:burden|waste of space|waste of oxygen|drain)\b`],
  ['burden', 1, String.raw`\b(?:a )?burden (?:to|on|for) (?:everyone|everybody|my family|my parents|my kids|the people i love)\b`],
  ['means', 1, String.raw`\b(?:does|is|would|will) (?:suicide|dying|an overdose|overdosing|hanging|drowning|jumping) (?:hurt|be painful|painful|be quick|quick)\b`],
  ['ideation', 1, String.raw`\bi need (?:the |a )?(?:suicide|crisis) (?:hotline|helpline|line|number)\b|\bi'?m (?:not safe|scared of what i might do|afraid i'?ll hurt myself)\b`],
  ['burden', 0.8, String.raw`\b(?:nobody|no one|noone)(?: would| will|'?d)? (?:miss|notice|care)(?: if| when| that)? (?:me|i'?m gone|i died|i was gone|i disappeared|i (?:wasn'?t|was not) here|he died|she died)\b`],
  ['absence', 0.8, String.raw`\b(?:won'?t|will not|not going to|may not|might not|wont) be (?:around|here|alive) (?:much longer|for long|anymore|any ?more|next (?:week|month|year)|tomorrow|by (?:then|monday|the weekend|next week)|to see (?:it|that))\b`],
  ['absence', 0.5, String.raw`\b(?:when|after|once) (?:i'?m|i am|he'?s|she'?s) (?:gone|not here|no longer (?:here|around))\b`],
  ['absence', 0.8, String.raw`\b(?:you|they|nobody)(?: will|'ll)? (?:won'?t )?(?:have to )?(?:hear from|see|deal with|worry about) me (?:again|anymore|any ?more|ever again)\b|\bi won'?t be (?:a problem|bothering (?:you|anyone)|in your way) (?:anymore|much longer)\b`],
  ['giving_away', 0.7, String.raw`\b(?:giv(?:e|ing)|gave|given|giving) away (?:all )?(?:of )?(?:my|his|her|their) (?:things|stuff|belongings|possessions|pets?|cat|dog|guitar|clothes|games|books|collection|savings|jewelry)\b|\b(?:who|someone) (?:will|can|could) (?:take|have) (?:my|his|her) (?:cat|dog|pets?|things|stuff)\b.{0,30}\b(?:after|when|once|gone|need)\b`],
  ['absence', 0.6, String.raw`\b(?:won'?t|will not|wont) (?:need|be needing) (?:it|them|these|this|those|my \w+|any of (?:it|this|my \w+)) (?:anymore|any ?more|where i'?m going|after (?:tonight|this week))\b`],
  ['height', 0.4, String.raw`\b(?:on|at|standing on|up on|sitting on|on top of|at the edge of|edge of) (?:the|a|this|my) (?:roof|rooftop|ledge|bridge|edge|cliff|balcony|top floor|overpass|parking garage|tower)\b|\bhow (?:high|tall) is (?:the|this|that) [\w ]{0,30}(?:bridge|building|tower|cliff|garage)\b|\b(?:tallest|highest) (?:bridge|building|cliff|parking garage|tower)s? (?:near|in|around)\b`],
  ['method', 0.7, String.raw`\b(?:jump(?:ing|ed)? (?:off|from|in front of)|throw (?:${SELF}|me) (?:off|from|in front of)|step(?:ping)? in front of (?:a|the) (?:train|bus|truck|car)|train tracks|hang(?:ing|ed)? ${SELF}|noose|slit(?:ting)? (?:my|his|her) wrists?|carbon monoxide|exhaust pipe|in the garage with the engine)\b`],
  ['means', 0.8, String.raw`\b(?:lethal|fatal|deadly|toxic|overdose) (?:dose|amount|quantity|level|threshold)\b`],
  ['means', 0.7, String.raw`\b(?:overdose|od) on\b|\bwhat happens if (?:i|you|someone|he|she) (?:take|takes|swallow|swallows|took) (?:\d+|all|a whole|the whole|too many|a bottle|a lot)\b|\bcan (?:you|i|someone) (?:die|overdose) (?:from|on|if)\b`],
  ['means', 0.5, String.raw`\b(?:the whole|an entire|a full|all the|all my) (?:bottle|pack|packet|box|blister|strip)(?: of (?:pills|tablets|paracetamol|tylenol|acetaminophen|ibuprofen|xanax|sleeping pills|insulin))?\b|\b(?:too many|a lot of|a bunch of) (?:pills|sleeping pills|tablets|painkillers)\b`],
  ['means', 0.4, String.raw`\bhow many (?:\w+ ){0,3}(?:pills|tablets|mg|milligrams|capsules|units)\b|\b(?:max(?:imum)?|highest) (?:safe )?dose\b|\bhow much (?:insulin|paracetamol|acetaminophen|tylenol|ibuprofen|xanax|benadryl|melatonin|oxycodone|morphine)\b`],
  ['means', 0.5, String.raw`\b(?:bought|buy|buying|got|have|loaded|found|get) (?:a |the |some )?(?:rope|gun|noose|razor blades?|charcoal|helium|rat poison|bleach to drink)\b`],
  ['self_harm', 0.8, String.raw`\bself[- ]?harm(?:ing|ed)?\b|\brelaps(?:e|ed) (?:on|into) (?:cutting|self[- ]?harm)\b|\b(?:cutting|cut) again\b`],
  ['timing', 0.3, String.raw`\b(?:tonight|this (?:weekend|evening|friday|saturday)|tomorrow (?:morning|night)|after (?:the|my) (?:exam|exams|funeral|wedding|party|test|finals|birthday)|before (?:anyone|they|everyone) (?:wakes? up|gets? home)|when (?:they'?re|everyone'?s|everyone is) asleep|once (?:the|my) (?:kids|parents) (?:are )?(?:asleep|gone))\b`],
]);
