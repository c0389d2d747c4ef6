import { union } from './cue.js';
import type { CueHit } from './types.js';
import { execIf, testIf, type Possible } from './possible.js';

// Layer 2d (issue 13, sixth round): acts and their objects said in the writer's own words, each a
// pair of small vocabularies in one clause, so that "drive into the reservoir on sunday", "step in
// front of the 7:40 train", "i'll be dead by then", "took everything in the cabinet an hour ago",
// "enough of my sleeping tablets to make sure…" and "nobody has to carry me after this week" are
// classes, not sentences. Each rule names what keeps its look-alikes out.

/** Moving oneself into water, traffic or a train (not "drive into town", not "jump into the lake"). */
const INTO = /\b(?:drive|driving|drove|walk|walking|step|stepping|throw (?:my|him|her|them)sel(?:f|ves)|crash|crashing|steer|steering|run|running)\b(?: [\w':]+){0,3} (?:into|off|in front of|under|onto)\b(?: [\w':]+){0,3} (?:reservoir|river|lake|sea|ocean|canal|quarry|harbou?r|traffic|train|tram|lorry|truck|bus|wall|cliff|motorway|highway|tracks|rails)\b/;
/** Said as what will happen, or wanted. */
const WILL = /\b(?:i'?m going to|i'?m gonna|going to|gonna|i'?ll|ill|i will|want to|wanna|plan(?:ning)? to|(?:he|she|they)(?:'s| is| are| will)|tonight|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;
/** Ordinary errands by car or on foot into a place (a car park, a garage). */
const ERRAND = /\b(?:park|parking|garage|car wash|drive-?through|depot|station to|the station|work|office|town|city)\b/;

/** Dead by a time; not waking up tomorrow; not alive to see it. */
const DEAD_BY = union([
  String.raw`\b(?:i'?ll|ill|i will|i'?m going to|(?:he|she)(?:'ll| will)) be dead (?:by|before|long before)\b`,
  String.raw`\bwon'?t (?:be alive|be breathing|survive|make it) (?:by|until|to see|past|through)\b`,
  String.raw`\b(?:i'?m|i am) not (?:waking|going to wake) up (?:tomorrow|again|in the morning|after tonight)\b`,
]);

/** A whole supply of medication taken (the act done, not collected for disposal). */
const TOOK_ALL = /\b(?:took|taken|swallowed|downed|have taken|i'?ve taken)\b(?: [\w']+){0,2} (?:everything|all|every|the whole|the rest of)\b(?: [\w']+){0,4} (?:cabinet|pills|tablets|meds|medication|packet|pack|bottle|box|blister|prescription)\b/;
const RECENTLY = /\b(?:ago|already|just|earlier)\b/;
const DISPOSAL = /\bto (?:the |a )?(?:pharmacy|chemist|car|bin|recycling|clinic|vet|surgery)\b|\b(?:disposal|dispose|return(?:ed)?|recycl\w*|expired)\b/;

/** Enough medication to make sure, or medication saved up. */
const MEDS = String.raw`(?:pills|tablets|meds|medication|sleeping (?:tablets|pills)|painkillers|paracetamol|insulin|oxy\w*|opioids)`;
const ENOUGH = new RegExp(String.raw`\b(?:enough|plenty)\b(?: [\w']+){0,4} ${MEDS}\b(?: [\w']+){0,2} to (?:make sure|not wake|never wake|end|do it|finish|be sure|die|kill)\b|\b${MEDS}\b(?: [\w']+){0,3} (?:i'?ve |he'?s |she'?s )?been (?:saving|stockpiling|hoarding|collecting|keeping|putting aside)\b`);

/** A day made the last one on purpose, or a last day alive. */
const LAST_DAY = /\bmake sure (?:[\w']+ ){0,3}(?:is|will be) (?:the|my) last (?:day|night)\b|\blast (?:day|night|week) (?:on earth|alive|of my life)\b/;

/** Nobody has to carry, deal with or look after me (a hand-over in the words of a burden). */
const CARRY_ME = /\b(?:nobody|no one|none of you|you all|everyone|they)\b(?: [\w']+){0,2} (?:has|have|will have|needs?|won'?t (?:have|need)) to (?:carry|deal with|worry about|look after|put up with|take care of|cover for|bail out|clean up after) me\b/;
const WEIGHT_ON = /\b(?:dead weight|a weight|a burden|a drain|a liability)\b(?: [\w']+){0,3} (?:on|to|for) (?:this|the|my|our|his|her) (?:team|firm|family|company|business|people|kids|parents|friends)\b|\b(?:been )?a burden\b.{0,30}\blong enough\b/;

/** A plan to overdose, hang, drown (someone's own words or reported about them). */
const PLAN_TO = /\b(?:a|his|her|their|my) plan to (?:overdose|od|jump|hang|kill|end (?:it|his life|her life|my life|things)|die|shoot|drown)\b|\b(?:going to|gonna|will|plans? to|planning to) (?:overdose|od)\b/;

/** "I'm doing it friday night": an unnamed act set for a near time. */
const DOING_IT = /\b(?:i'?m|i am) (?:doing|going to do|gonna do) it\b(?: [\w']+){0,3} (?:tonight|tomorrow|this weekend|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

/** Not wanting to be here, alive or around, said at the end of a clause (not "here at this party"). */
const NOT_HERE = /\b(?:don'?t|doesn'?t|do not|does not|didn'?t|no longer) want(?:s)? to (?:be here|be alive|exist|be around)(?: anymore| any more| any longer)?(?= *(?:$|[,.!?;:\n])| and\b| so\b| but\b)/;

/** Telling someone which way to die is quickest and to be alone for it. */
const FASTEST_WAY = /\b(?:quickest|fastest|easiest|surest|most painless|least painful) (?:way|method)\b|\b(?:which|what) (?:way|method) (?:is|was|would be) (?:the )?(?:quickest|fastest|easiest|surest|most painless)\b/;
const ALONE_FOR_IT = /\bmake sure (?:nobody|no one|noone)(?:'s| is)? (?:home|around|there|finds? you|sees? you|can stop you)\b|\bso (?:nobody|no one) (?:finds|stops) you\b/;

/** Everyone better off without him, her or me, in the languages whose lexicons only had "me". */
const WITHOUT_THEM = union([
  String.raw`\b(?:everyone|everybody|all of us|we)(?:'d| would| will)? (?:be )?(?:better off|happier) without (?:him|her|them)\b`,
  String.raw`\b(?:wszystkim|wszyscy) (?:bedzie|beda|byloby|byliby) (?:lepiej|szczesliwsi) bez (?:niego|niej|mnie|nich)\b`,
  String.raw`\bnie (?:widzi|widze|widza) sensu (?:zyc|zycia|dalej zyc)\b`,
]);

/** Done with living itself, not with a job or a town ("finished with living", "had enough of this life"). */
const DONE_LIVING = /\b(?:finished|done|through|had enough|fed up|tired|sick) (?:with|of) (?:living|being alive|this life|life itself|my life|existing)\b(?! (?:in|at|on|near|with|out of|abroad|here|there|downtown|alone in|under|as a|as an|off)\b)/;

/** No way back wanted: a one-way booking, no checkout (with a height or a date it is a plan). */
const NO_RETURN = /\bwon'?t (?:be needing|need) (?:a |the |my )?(?:checkout|check-out|return(?: ticket| flight| trip| journey)?|way back|ride back|round trip)\b/;

/** Everyone better off (without me implied), and a bare "better without me". */
const BETTER_OFF = /\b(?:we'?ll|we will|you'?ll|you will|you'?d|everyone will|everyone'?d|they'?ll|they'?d|you'?d all|we'?ll all|you'?ll all) (?:all )?be better off\b(?! (?:with|if we|financially|in the long run|on|at|using))/;
/** "Better without me", "dragging everyone down": needs company (a meeting can go better without me). */
const WITHOUT_ME = /\b(?:better|easier|happier|lighter)\b.{0,25}\bwithout me\b|\bdragging (?:everyone|everybody|you all|the team|them) down\b/;

/** Goodbye said to everyone, reported ("told everyone bye"). */
const TOLD_ALL_BYE = /\b(?:told|said|texted|messaged) (?:everyone|everybody|all of us|us all|the group) (?:bye|goodbye)\b|\bsaid (?:bye|goodbye) to (?:everyone|everybody|all of us)\b/;

/** A whole supply taken, in Indonesian and Malay (the English act is TOOK_ALL). */
const TOOK_ALL_ID = /\b(?:minum|menelan|telan|makan) semua (?:obat|obatnya|ubat|ubatnya|pil|pilnya)\b/;

function hit(signal: CueHit['signal'], weight: number, phrase: string): CueHit {
  return { signal, weight, lang: 'any', phrase };
}

/** One of these must occur for any rule here to fire (text-index.ts indexes their literals). */
export const ACT_TRIGGERS: readonly RegExp[] = [DONE_LIVING, NO_RETURN, BETTER_OFF, TOLD_ALL_BYE, TOOK_ALL_ID, WITHOUT_ME, INTO, DEAD_BY, TOOK_ALL, ENOUGH, LAST_DAY, CARRY_ME, WEIGHT_ON, PLAN_TO, DOING_IT, NOT_HERE, FASTEST_WAY, WITHOUT_THEM];

/** `possible`: the triggers whose literals occur in the clause's text (possible.ts). */
export function actConceptHits(clause: string, possible: Possible = null): CueHit[] {
  const out: CueHit[] = [];
  const into = execIf(INTO, clause, possible);
  if (into && !ERRAND.test(into[0])) out.push(hit('method', WILL.test(clause) ? 0.8 : 0.45, into[0]));
  const dead = execIf(DEAD_BY, clause, possible);
  if (dead) out.push(hit('intent', 0.9, dead[0]));
  const took = execIf(TOOK_ALL, clause, possible);
  if (took && !DISPOSAL.test(clause)) out.push(hit('means', RECENTLY.test(clause) ? 0.9 : 0.6, took[0]));
  const enough = execIf(ENOUGH, clause, possible);
  if (enough) out.push(hit('means', 0.8, enough[0]));
  const last = execIf(LAST_DAY, clause, possible);
  if (last) out.push(hit('plan', 0.6, last[0]));
  const carry = execIf(CARRY_ME, clause, possible);
  const weight = execIf(WEIGHT_ON, clause, possible);
  if (carry || weight) out.push(hit('burden', carry && weight ? 0.8 : 0.5, (carry ?? weight)![0]));
  const plan = execIf(PLAN_TO, clause, possible);
  if (plan) out.push(hit('plan', 0.9, plan[0]));
  const doing = execIf(DOING_IT, clause, possible);
  if (doing) out.push(hit('intent', 0.45, doing[0]));
  const notHere = execIf(NOT_HERE, clause, possible);
  if (notHere) out.push(hit('ideation', 0.7, notHere[0]));
  if (testIf(FASTEST_WAY, clause, possible) && ALONE_FOR_IT.test(clause)) out.push(hit('harm_method', 1, 'the quickest way, and to be alone for it'));
  const without = execIf(WITHOUT_THEM, clause, possible);
  if (without) out.push(hit(without[0].startsWith('nie') ? 'hopelessness' : 'burden', 0.8, without[0]));
  const done = execIf(DONE_LIVING, clause, possible);
  if (done) out.push(hit('hopelessness', 0.8, done[0]));
  const noReturn = execIf(NO_RETURN, clause, possible);
  if (noReturn) out.push(hit('plan', 0.5, noReturn[0]));
  const better = execIf(BETTER_OFF, clause, possible);
  const withoutMe = execIf(WITHOUT_ME, clause, possible);
  if (better || withoutMe) out.push(hit('burden', better ? 0.6 : 0.45, (better ?? withoutMe)![0]));
  const bye = execIf(TOLD_ALL_BYE, clause, possible);
  if (bye) out.push(hit('farewell', 0.5, bye[0]));
  const tookId = execIf(TOOK_ALL_ID, clause, possible);
  if (tookId) out.push(hit('means', 0.9, tookId[0]));
  return out;
}
