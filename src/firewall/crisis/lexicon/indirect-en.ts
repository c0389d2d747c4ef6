import { compile } from '../cue.js';
import { MEDICINE } from './medicine-gathered.js';

// English indirect risk (issue 13, third round): what people say instead of the stock phrases.
// Each row is a family of phrasing, weighted to need company (< 0.6) unless it is specific:
// - hand-overs: "the plants are yours", "keep him for good", "promise me you'll look after Mochi",
//   not being able to care for a dependent after a date;
// - endings with a date: "after this week it won't matter", "by then it'll be done", "Sunday is
//   when it'll be done", "it'll all be over soon", not seeing oneself here in the new year;
// - settling up: debts paid back "before it's over", everything put in order, nobody having to go
//   through one's stuff afterwards, letters written for everyone, who goes in first;
// - means counted or gathered ("forty of the 10mg diazepam saved up", "my meds are all in one
//   place", "how many of my tablets it would take");
// - worth and burden without the word ("a weight on everyone", "they'll manage fine without me",
//   "everything I touch goes wrong", "I feel like I'm already gone");
// - a third person: "has been cutting", "keeps posting about wanting to die", "ready to join her",
//   a parent's gun, an attempt, drawings of hanging, a way out planned;
// - leaving, in other words: "the last thing you'll hear from me", "leaving this world", "it's my
//   time", "at peace soon", "taking up space", "they'd be free of me", "I'll be gone by then".

/** Medicines by name (medicine-gathered.ts), and "the sleeping ones". */
const MEDS = String.raw`(?:${MEDICINE}|ones)`;
const COUNT = String.raw`(?:\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a few hundred)`;
const DAY = String.raw`(?:this|next|the) (?:week|weekend|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend`;
const WHO = String.raw`(?:everyone|everybody|that team|the team|my family|them|you all|all of you|my (?:kids|parents|wife|husband|partner|mum|mom|dad))`;

export const INDIRECT_EN = compile('en', [
  // hand-overs
  ['giving_away', 0.5, String.raw`\b(?:the|my|all (?:the|my)|both) (?:[\w'-]+ ){0,5}(?:is|are) (?:all )?yours(?: now| to keep)?\b|\b(?:the|my) [\w-]+'s (?:all )?yours\b`],
  ['giving_away', 0.45, String.raw`\byou can (?:have|keep) (?:the|my|all|both)\b|\b(?:i want|i'?d like|i wanted) you to have (?:my|the|all|[\w]+'s)\b`],
  ['giving_away', 0.55, String.raw`\b(?:take|have|keep|look after|adopt|rehome) (?:him|her|them|it|the \w+|my \w+|[a-z]+)\b[^.?!]{0,30}\b(?:for good|permanently|for ever|forever|from now on)\b`],
  ['farewell', 0.55, String.raw`\bpromise (?:me )?(?:you'?ll|you will|to) (?:look after|take care of|care for|feed|keep|walk)\b`],
  ['farewell', 0.4, String.raw`\blook after (?:each other|mum|mom|dad|your mum|your mom|your dad|the kids|my kids)\b|\b(?:you )?made (?:these|those|all these|all those) years (?:worth|bearable|better)\b`],
  ['absence', 0.6, String.raw`\b(?:won'?t|will not|can'?t|cannot|not) (?:be able to )?(?:look after|take care of|care for) (?:him|her|them|it|the (?:dog|cat|kids|children)|my \w+) (?:after (?:${DAY})|from (?:${DAY})|past (?:${DAY})|beyond (?:${DAY}))\b`],
  ['absence', 0.5, String.raw`\b(?:won'?t|will not|wont) be (?:needing|using|wearing|playing) (?:it|them|this|these|those|any of (?:it|them|this|that)|the \w+|my \w+)(?: \w+){0,2}? (?:again|anymore|any more)\b`],
  ['absence', 0.5, String.raw`\b(?:won'?t|will not|wont) be (?:needing|using) (?:it|them|any of (?:it|them|this))\b`],
  ['absence', 0.8, String.raw`\b(?:won'?t|don'?t|will not) need\b[^.]{0,40}\bwhere i'?m going\b`],
  // endings with a date
  ['absence', 0.5, String.raw`\b(?:after|by|past|beyond) (?:${DAY})\b[^.!?]{0,30}\b(?:won'?t|doesn'?t|will not|wouldn'?t|isn'?t going to) (?:matter|be (?:a problem|my problem|an issue))\b`],
  ['absence', 0.5, String.raw`\b(?:it|none of (?:it|this|that)|nothing)(?:'ll| will)? (?:won'?t|will not|doesn'?t|isn'?t going to|wouldn'?t) matter (?:after|by|past|once|soon|then|anymore|any more)\b`],
  ['absence', 0.6, String.raw`\b(?:by then|by (?:${DAY}|morning)|after that|soon)\b[^.!?]{0,12}\b(?:it'?ll|it will|it'?s going to|everything will|everything'?ll|it should|it would|it'?d) (?:all )?(?:be )?(?:done|over|finished|quiet)\b`],
  ['absence', 0.5, String.raw`\b(?:it'?ll|it will|everything will|everything'?ll|it'?s all going to|it'?s going to|it is going to) (?:all )?(?:be )?(?:over|quiet|done|finished) (?:soon|by|after|tonight|then|before long)\b|\ball be over soon\b|\bit'?ll all be quiet\b`],
  ['absence', 0.6, String.raw`\b(?:${DAY}) is when (?:it'?ll|it will|i'?ll|i will|it'?s going to) (?:be done|happen|do it|be over)\b`],
  ['absence', 0.45, String.raw`\b(?:don'?t|can'?t|do not|cannot) see myself (?:still )?(?:here|alive|around|being here) (?:in|by|at|for|next|after)\b|\bwon'?t (?:make it|last) (?:to|until|till|through) (?:christmas|new year|my birthday|the (?:weekend|summer|new year|end of the (?:week|month)))\b(?! (?:party|dinner|lunch|market|do|meal))`],
  ['absence', 0.45, String.raw`\b(?:won'?t|will not) have to (?:\w+ ){0,3}(?:after|by|past|beyond) (?:${DAY})\b|\b(?:won'?t|will not) have to worry about me\b`],
  ['absence', 0.45, String.raw`\b(?:won'?t|will not|wont|not) (?:be )?(?:coming back|coming in|be in|returning)\b[^.]{0,20}\b(?:again|ever|or anywhere|anywhere else)\b|^(?:or|and) (?:again|ever again|anywhere else)$`],
  ['farewell', 0.3, String.raw`\b(?:don'?t|do not|stop) worry(?:ing)? about me (?:anymore|any more|now)\b|\bi'?m not (?:scared|afraid) (?:anymore|any more)\b`],
  // settling up and arrangements
  ['plan', 0.5, String.raw`\b(?:settl(?:e|ed|ing)|clear(?:ed|ing)?|pa(?:y|id|ying) (?:back|off)) (?:everything|all|what) (?:i|that i) owe\b|\b(?:don'?t|do not) want to owe (?:anybody|anyone|anything|a penny)\b|\bsettl(?:e|ed|ing) (?:everything|all my debts|what i owe)\b`],
  ['plan', 0.5, String.raw`\bput(?:ting)? (?:everything|it all|all of it|my life|things) in order\b|\btying (?:things|everything|it all) (?:off|up)\b|\bleave (?:it|everything) (?:all )?(?:tidy|sorted|in order)\b|\b(?:nothing|there'?s nothing) (?:left )?to sort\b`],
  ['plan', 0.3, String.raw`\b(?:sorted|sorting) out (?:the|my) (?:insurance|pension|car|flat|accounts|papers|affairs|will)\b|\b(?:paid|paying) off (?:the|my) (?:car|loan|card|debts?|overdraft)\b|\bcancel(?:l?ed|l?ing)? (?:the|my) (?:phone|mobile) (?:contract|plan)\b`],
  ['plan', 0.5, String.raw`\b(?:nobody|no one|anyone|anybody)(?: needs| has| should| will)? (?:to )?(?:have to )?(?:go through|deal with|sort through|clear out|clean up) (?:my|that|all my|the|this|all that) (?:stuff|things|mess|room|flat|belongings)\b`],
  ['plan', 0.5, String.raw`\b(?:written|wrote|left|leaving|writing) (?:a |the )?(?:letters?|notes?|one|something|cards?) (?:for|to) (?:mum|mom|dad|my \w+|everyone|everybody|each of|all of|the kids|him|her)\b|\b(?:written|wrote) to (?:everyone|everybody|all of them)\b`],
  ['plan', 0.4, String.raw`\b(?:letters?|notes?|envelopes?) (?:are |is )?(?:on|in) (?:the kitchen table|the table|the kitchen counter|the counter|the desk|the drawer)\b`],
  ['plan', 0.7, String.raw`\bfinds? out from a (?:note|letter)\b|\bbe the one (?:who )?(?:goes?|comes?|walks?) in(?: first)?\b|\b(?:goes|go|come|comes) in first,? not (?:mum|mom|dad|my \w+)\b`],
  // means counted or gathered
  ['means', 0.8, String.raw`\b${COUNT} (?:of (?:the|my|them|those) )?(?:\d+ ?mg )?(?:\w+ )?${MEDS}\b[^.]{0,25}\b(?:saved|stored|hidden|kept|counted|collected|put aside|set aside|stashed|gathered|left over)\b`],
  ['means', 0.5, String.raw`\b(?:counted|count|recounted) (?:them|my pills|the pills|my tablets|the tablets|my meds)\b|\b${COUNT} of the \d+ ?mg\b`],
  ['means', 0.8, String.raw`\b(?:my|the|all (?:my|the)) (?:meds|pills|tablets|medication)(?: are)? (?:all )?in one place\b|\bhow many (?:of )?(?:my |the |these )?(?:\w+ )?(?:it would|it'?d|it will|would it) take\b`],
  ['intent', 0.8, String.raw`\b(?:i'?ll|i will) have taken (?:them|it|the \w+)\b`],
  ['intent', 0.5, String.raw`\b(?:take them all|take it all|taking them all|swallow them all|swallowing them all|swallow it all)\b`],
  // worth and burden without the word
  ['burden', 0.8, String.raw`\b(?:a|such a) (?:weight|drain|burden|problem|nuisance) (?:on|for|to) ${WHO}\b`],
  ['burden', 0.6, String.raw`\b(?:they|everyone|everybody|the team|my family|you all|the kids)(?:'ll|'d| will| would)? (?:all )?(?:manage|cope|do) (?:fine|better|ok|okay|just fine) without me\b|\b(?:they'?d|they would|everyone would|everyone'?d|you'?d|you would) (?:all )?have an easier time\b`],
  ['burden', 0.5, String.raw`\bdeserves? (?:a|an|someone|better)\b[^.]{0,30}\b(?:isn'?t|who isn'?t|not|than) (?:a wreck|a mess|me|broken|like me)\b`],
  ['hopelessness', 0.4, String.raw`\beverything i touch (?:goes wrong|turns to|breaks|falls apart|gets ruined)\b|\bi (?:ruin|wreck|destroy|break) everything\b`],
  ['hopelessness', 0.5, String.raw`\bnothing (?:is|'s) (?:ever )?(?:going to|gonna) (?:get|be) (?:better|any better|different)\b|\bnothing (?:is )?ever going to change\b|\bstopped pretending (?:it|things|that)\b`],
  ['ideation', 0.6, String.raw`\bi (?:feel|felt) (?:like )?(?:i'?m |i am )?already (?:gone|dead)\b`],
  ['intent', 0.45, String.raw`\b(?:made|making) (?:my )?(?:mind up|decision)\b|\bi'?ve made up my mind\b`],
  ['farewell', 0.45, String.raw`\b(?:sorry|apologi[sz]e) for (?:the|all the) (?:trouble|pain|hurt|mess|worry) (?:i'?ve|i have|i) caused\b|\bsorry i (?:wasn'?t|couldn'?t be|was never) (?:stronger|better|enough)\b|\bthank you for being my (?:friend|brother|sister|mum|mom|dad)\b`],
  ['farewell', 0.6, String.raw`\b(?:this is|tonight is|tonight'?s) (?:my|her|his|their) last night\b(?! (?:in|at|of|with|before|here in))|\b(?:my )?last (?:night|day) (?:alive|on earth)\b`],
  ['plan', 0.5, String.raw`\b(?:nobody|no one|anyone|anybody)(?: needs| has| should| will)? (?:to )?(?:have to )?(?:read|see|find|go through)\b[^.]{0,25}\b(?:after|afterwards|once i'?m gone|when i'?m gone)\b`],
  ['farewell', 0.5, String.raw`\bsaid (?:what i (?:needed|wanted|had) to say|my goodbyes|goodbye) to\b|\b(?:i'?m|i am) (?:so )?sorry,? (?:i|but i) (?:can'?t|cannot|couldn'?t) (?:do this|go on|keep going|take it|cope)\b`],
  ['ideation', 1, String.raw`\b(?:don'?t|do not|doesn'?t|does not) (?:intend to|plan to|expect to) (?:still )?be alive\b`],
  ['ideation', 0.5, String.raw`\b(?:don'?t|do not|doesn'?t|does not) (?:intend to|plan to|expect to) (?:still )?be (?:around|here) (?:by|when|after|for)\b|\bby the time (?:she|he|they|anyone|you) (?:reads?|sees?|finds?|gets?|opens?) (?:it|this|that|them)\b`],
  ['method', 0.5, String.raw`\b(?:how high|how tall|how far down|how deep) (?:the|that|this) [\w ]{0,30}?(?:bridge|building|tower|cliff|drop|car park|garage|overpass|viaduct|quarry) is\b`],
  ['absence', 0.5, String.raw`\b(?:won'?t|will not|wont) be (?:around|here) (?:for|to) [^.]{0,30}\banyway\b`],
  ['giving_away', 0.6, String.raw`\b(?:giving|gave|given|give|gives) (?:away )?(?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions|games|clothes|books|toys|records|jewel(?:le)?ry|collection) away\b`],
  ['hopelessness', 0.7, String.raw`\b(?:doesn'?t|does not|didn'?t|can'?t|cannot|won'?t) see (?:the|any) point (?:in|of) (?:anything|living|life|going on|it all|trying)\b`],
  ['hopelessness', 0.3, String.raw`\b(?:hasn'?t|has not|haven'?t|have not|not) (?:left|come out of|been out of) (?:her|his|their|my) room (?:in|for) \w+ days\b|\b(?:has |have |'s )?stopped eating\b`],
  // a third person
  ['self_harm', 0.8, String.raw`\b(?:has been|have been|'s been|keeps|kept|started|is) (?:cutting|burning|hurting|harming|scratching) (?:him|her|them)sel(?:f|ves)\b|\b(?:has|have|'s|had) been cutting(?: (?:again|him ?self|her ?self|themselves|in secret|for (?:weeks|months|a while|a year)|since \w+|at school))?(?=[.,;!?]|$| and | but | to )`],
  ['ideation', 0.7, String.raw`\b(?:posting about|posts about|talking about|talks about|writing about|texting about|going on about) (?:cutting|self[- ]harm(?:ing)?|suicide|killing (?:him|her|them)sel(?:f|ves)|wanting to die|dying|ending it|not wanting to (?:live|be here)|being dead)\b`],
  ['intent', 0.8, String.raw`\bsa(?:ys|id|ying) (?:she'?ll|he'?ll|she will|he will|they'?ll|they will|she'?s going to|he'?s going to) (?:overdose|jump|take (?:all )?(?:her|his|their|the) pills|end it|do it|kill (?:her|him|them)sel(?:f|ves))\b`],
  ['ideation', 0.7, String.raw`\b(?:ready|wants?|wanting|wish(?:es)?|longs?|longing) to join (?:her|him|them|mum|mom|dad|my \w+|his \w+|her \w+)\b|\bto be with (?:her|him|mum|mom|dad|my \w+|his \w+) again\b`],
  ['ideation', 0.8, String.raw`\bwish(?:es|ed)? (?:you|he|she|they|i) (?:weren'?t|wasn'?t|were not|was not) (?:here|alive|around)\b`],
  ['means', 0.5, String.raw`\b(?:has|got|took|have|with|found) (?:his|her|their|my) (?:dad'?s|father'?s|mum'?s|mom'?s|brother'?s|uncle'?s|grandad'?s|grandpa'?s) (?:gun|rifle|pistol|shotgun|revolver)\b`],
  ['absence', 0.3, String.raw`\b(?:won'?t|will not) (?:be in|be at school|be at work) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|again)\b`],
  // leaving, in other words
  ['farewell', 0.7, String.raw`\b(?:the )?last (?:thing|time|message) (?:you'?ll|you will|anyone will|you'?re going to) (?:ever )?(?:hear|get|see) from me\b(?! (?:this|until|till|for a while|before))`],
  ['farewell', 0.45, String.raw`\blike it was the last time\b`],
  ['ideation', 0.55, String.raw`\b(?:leaving this|leave this|departing this|depart this|gone from this) (?:world|earth)\b|\bit'?s my time(?:,? i'?m sure(?: of it)?)?\.?$|\bmy time has come\b|\b(?:will|i'?ll|gonna|going to) (?:finally )?be at peace soon\b|\bi'?m checking out\.?$`],
  ['burden', 0.7, String.raw`\b(?:just )?taking up space\b|\b(?:they'?d|they would|you'?d|you would|everyone would|everyone'?d) (?:all )?be free of me\b|\bwon'?t be a (?:bother|nuisance|burden|problem) to (?:anyone|anybody|you|them) (?:much longer|for long|anymore|any more|soon)\b`],
  ['absence', 0.5, String.raw`\bi'?ll (?:be )?(?:long )?gone (?:by then|by (?:${DAY}|morning)|before (?:you|they|anyone))\b|\bi (?:won'?t|will not|don'?t think i'?ll|don'?t think i will) last (?:the|this|another) (?:winter|week|month|year|night)\b|\bit'?s not long now\b(?! (?:until|till|before|to go))|\bnot (?:coming|going) back to any of (?:it|this|them)\b`],
  ['plan', 0.5, String.raw`\b(?:made|making|sorted|finished) (?:all )?(?:the |my )?(?:final )?arrangements\b|\bleave (?:as little as possible|nothing|no mess) behind\b|\b(?:writing|written|wrote) to each of (?:them|you)\b`],
  ['plan', 0.8, String.raw`\bpays? out (?:in all circumstances|if it'?s suicide|for suicide|no matter how (?:i|you) die)\b`],
  ['method', 0.45, String.raw`\b(?:sealed|taped|taping|sealing) (?:up )?(?:the )?(?:windows|doors?|vents?|gaps) (?:in|of) (?:the|my) (?:spare room|bedroom|car|garage|bathroom|room)\b`],
  ['farewell', 0.45, String.raw`\bnone of (?:this|it) (?:is|was) (?:on you|your fault)\b|\bdon'?t be angry (?:with|at) me\b|\byou always tried\b|\bsaid (?:my|all my) goodbyes\b|\bsaid (?:bye|goodbye) to (?:all of us|everyone|everybody|us all)\b`],
  ['farewell', 0.3, String.raw`\bdon'?t wait up for me\b|\blogged out of everything\b|\benough now\b`],
  // withdrawing, erasing oneself, being out of everyone's way
  ['ideation', 0.6, String.raw`\bremov(?:e|ing) myself from (?:everything|everyone|the world|it all|all of it)\b|\berase myself\b|\bdisappear(?:ing)? from (?:everything|everyone)\b`],
  ['burden', 0.6, String.raw`\bout of (?:everyone'?s|your|their|everybody'?s) (?:hair|way|lives?)(?: for good| forever| soon| at last)?\b`],
  ['absence', 0.6, String.raw`\b(?:won'?t|will not|wont|not going to|may not|might not) (?:be around|be here|be alive) for (?:much longer|long)\b|\b(?:won'?t|will not) (?:need it again|need them again|need this again|need any of it again)\b`],
  ['farewell', 0.45, String.raw`\bsorry for being (?:such )?(?:hard work|a pain|a handful|difficult|a problem|so much trouble)\b|\bsorry to leave (?:it|you|things|everything) like this\b|\b(?:love|loved) you (?:all )?more than (?:you know|anything)\b|\bbe good to each other\b|\btake care of each other\b`],
  ['burden', 0.6, String.raw`\byou deserved? (?:an? )?(?:easier|better) (?:son|daughter|kid|child|brother|sister|mum|mom|dad|partner|wife|husband|friend)\b`],
  ['intent', 0.3, String.raw`\b(?:i'?m|i feel) (?:so )?(?:calm|at peace|peaceful) (?:about it|now|with it|about (?:the|my) decision)\b`],
  ['plan', 0.5, String.raw`\bputting (?:things|everything|the (?:house|car|flat|accounts?)|it all) in (?:my |her |his )?(?:\w+'s )?name\b|\b(?:no|any) loose ends\b|\ball my (?:crypto|savings|money|shares) to\b`],
  ['hopelessness', 0.45, String.raw`\btired\b[^.]{0,20}\bof (?:everything|it all|life|living)\b|\bcan'?t be (?:a |her |his |their )?(?:mum|mom|dad|father|mother|parent|wife|husband) (?:anymore|any more)\b`],
  ['absence', 0.5, String.raw`\bbefore i go\b(?! (?:to|on|out|into|back|home|shopping|abroad|away|in))`],
  ['means', 0.5, String.raw`\b(?:looking at|staring at|stare at|look at|looked at|stared at) (?:the|my|a|that) (?:bottle of |box of |packet of |pile of )?(?:pills|tablets|meds|rope|gun|knife|blades?|razor)\b`],
  ['method', 0.5, String.raw`\b(?:thinking|thought|think|obsessing) (?:about|of) (?:the )?(?:\w+ )?(?:bridge|edge|tracks|train line|railway|cliff|roof|jumping|the drop)\b(?! (?:design|project|repair|closure|works|traffic))`],
  ['plan', 0.5, String.raw`\b(?:wrote|written|writing|left) (?:each of )?(?:mum|mom|dad|my \w+|her|him|them|everyone|the kids|the children|each of them|all of them) (?:a )?(?:long |short )?(?:letter|note)s?\b`],
  ['plan', 0.45, String.raw`\beverything'?s? (?:is )?(?:ready|prepared|set|arranged)\.?$|\b(?:all ready|all prepared|all set)\.?$`],
  ['height', 0.3, String.raw`\b(?:drove|driven|walked|went|gone|came|come) (?:out )?to (?:the reservoir|the lake|the river|the sea|the beach|the woods|the forest|the quarry|the dam|the coast)\b`],
  ['height', 0.45, String.raw`\b(?:at|on|by) the edge of the (?:platform|tracks|roof|bridge|cliff|car park)\b`],
  ['hopelessness', 0.5, String.raw`\bmy (?:whole )?life is (?:a failure|a mess|worthless|pointless|over)\b`],
  ['hopelessness', 1, String.raw`\b(?:got|have|has|had|with) nothing (?:left )?to live for\b|\bnothing left to live for\b`],
  ['burden', 0.8, String.raw`\b(?:worth more|better off|more use) dead than alive\b`],
  ['burden', 0.6, String.raw`\b(?:better|happier|safer) (?:off )?with (?:\w+ ){1,2}than with me\b`],
  ['plan', 0.7, String.raw`\b(?:decided|figured out|worked out|chosen|picked) how\.?$|\b(?:i'?ve|i have) (?:decided|figured out|worked out) how (?:i'?ll|i will|i'?m going to) do it\b`],
  ['plan', 0.4, String.raw`\b(?:don'?t|do not) open (?:it|this|the \w+) (?:until|before|till)\b|\b(?:it'?s|it is) going to be (?:this weekend|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\.?$`],
  ['plan', 0.45, String.raw`\b(?:don'?t|do not) want to leave (?:anyone|anybody|anything|people) (?:waiting|hanging|unfinished|in a mess)\b|\bthere won'?t be anyone to (?:use|need|read|see|open|look after)\b`],
  ['absence', 0.45, String.raw`\b(?:not going to|won'?t|will not) be here (?:on|by|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|your birthday)\b`],
  ['height', 0.3, String.raw`\b(?:up|out|down)? ?at the (?:quarry|cliffs?|bridge|reservoir|viaduct|overpass|multi-?storey|car park roof) (?:every|each|again|all) \w+\b`],
  // a third person
  ['means', 0.6, String.raw`\b(?:photo of|picture of|pic of|selfie of|video of|story of) (?:the |his |her |their |some |a (?:pile|bunch|handful) of )?(?:pills|tablets|rope|noose|blades?|a bridge|the bridge|a gun|the tracks)\b`],
  ['intent', 0.8, String.raw`\b(?:taken|took|swallowed) (?:\d+|${COUNT}|all (?:of )?(?:the|his|her|their|my)) (?:of (?:the|his|her|my) )?(?:\d+ ?mg )?${MEDS}\b`],
  ['self_harm', 0.8, String.raw`\b(?:is|she'?s|he'?s|they'?re) a cutter\b`],
  ['burden', 0.55, String.raw`\b(?:we|they|you|everyone|everybody|the family|my family|the kids|you all)(?:'d|'ll| would| will)? (?:all )?(?:be|manage|cope|do) (?:just )?(?:fine|better|happier|okay|ok|better off) without (?:me|him|her)\b`],
  ['burden', 0.8, String.raw`\b(?:said|says|told (?:me|us|her|him|them)|keeps saying)(?: [\w']+){0,4}?(?: that)? (?:we|they|you|everyone|everybody|the family|the kids)(?:'d|'ll| would| will)? (?:all )?(?:be|manage|cope|do) (?:just )?(?:fine|better|happier|okay|ok|better off) without (?:him|her|them|me)\b`],
  // An overdose taken days ago: a recent attempt, the person's own or reported.
  ['ideation', 0.6, String.raw`\b(?:tried|attempted) to od\b|\b(?:took|taken) an overdose\b|\boverdosed (?:last|this|on) (?:week|night|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`],
  ['ideation', 1, String.raw`\b(?:tried|attempted|tries|trying) to (?:overdose|kill (?:him|her|my|them)sel(?:f|ves)|end (?:his|her|my|their) (?:own )?life|hang (?:him|her|my|them)sel(?:f|ves))\b`],
  ['method', 1, String.raw`\b(?:drawings? of|pictures? of|drew|drawn|sketch(?:es|ed)? of) (?:him|her|them|my)sel(?:f|ves) (?:hanging|dead|jumping|with a (?:rope|noose|gun))\b`],
  ['plan', 0.8, String.raw`\b(?:a|his|her|my|their) way out (?:planned|sorted|ready|figured out|worked out)\b|\bhas (?:got )?(?:a|his|her) way out\b`],
  ['plan', 0.6, String.raw`\b(?:letter|note)\b[^.]{0,30}\bsaying (?:sorry|goodbye) to (?:all of us|us all|everyone|everybody)\b`],
  ['giving_away', 0.45, String.raw`\b(?:gave|given|giving|give|gives) away (?:all )?(?:of )?(?:his|her|their|my) [\w-]+\b|\b(?:been |keeps? |started )?giving (?:his|her|their|my) [\w-]+ away\b`],
  ['absence', 0.45, String.raw`\b(?:not going to|won'?t|will not) (?:be around|be here) (?:for|to see) (?:the|his|her|my|their) (?:playoffs|birthday|wedding|graduation|exams?|christmas|summer|holidays?|next \w+|end of)\b`],
]);
