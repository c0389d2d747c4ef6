import { FRAME, IDIOM, negatedBefore, QUESTION_TO_ANOTHER, speaksForSelf, WORK_FRAME } from './distancing.js';
import { bound, clauses, normalize, plainWords } from './normalize.js';
import { screenGates, textIndexes, type Gate } from './text-index.js';
import type { PartedUnion } from './parted-union.js';
import { conceptHits, conceptsApply, CONCEPT_TRIGGERS, ordinaryEnding } from './concepts.js';
import { sourceOf } from './prefilter.js';
import { isAcknowledged } from './session.js';
import { toldAsOver } from './over.js';
import { CRISIS_THRESHOLD, SIGNAL_TEXT, type CueHit, type CrisisSignal, type TextScreen } from './types.js';
import { CONVERSATION_CUES, OUTBOUND_CUES, STRONG_CUES } from './cue-lists.js';
import { OCCASION_FRAMES, TOPIC_FRAMES } from './lexicon/topic-frames.js';
import { TextMemo } from './text-memo.js';
import { lever } from '../../core/levers.js';

// Screens texts for crisis cues and adds the evidence up over the conversation. Layer 1 is the
// explicit English phrases, layer 2 the weighted multilingual lexicon; both run per clause after
// idioms are removed, and a clause framed as research, prevention work, fiction or news (or
// negated right before the words) does not count. Results per text are memoized: an agent
// session sends the same user messages with every tool call.

export type TextRole = 'user' | 'outbound' | 'args';

let prefilter = true;
const ANCHORED = new Set(OUTBOUND_CUES.filter((c) => /(?<!\\)[$^]/.test(sourceOf(c).replace(/\[[^\]]*\]/g, ''))));

/** Test hook: false runs every cue's regex on every clause (the prefilter must not change results). */
export function setCuePrefilter(on: boolean): void {
  prefilter = on;
  memo.clear();
  prefixed.clear();
}

/** Only make other evidence stronger; alone they stay under the threshold. */
const BOOSTERS = new Set<CrisisSignal>(['timing', 'height', 'topic']);
const BOOSTERS_ALONE_MAX = 0.55;
/** Core evidence below this gets half of a booster. */
const BOOSTED_CORE_MIN = 0.45;
const HARM = new Set<CrisisSignal>(['harm_encouragement', 'harm_method', 'harm_shaming', 'harm_abandonment']);

const FIRST_PERSON = /\b(?:i|i'm|im|me|my|myself)\b/;
const THIRD_PERSON = new RegExp(
  [
    String.raw`\b(?:my|our|a) (?:best )?(?:friend|son|daughter|kid|child|mom|mum|mother|dad|father|brother|sister|ex|ex-partner|ex-boyfriend|ex-girlfriend|partner|boyfriend|girlfriend|husband|wife|student|roommate|coworker|colleague|cousin|teen|teenager|neighbou?r|patient|client)\b|\b(?:he|she|they)(?:'s|'ll| is| has| said| wants| keeps)\b`,
    String.raw`\bmi (?:amig[oa]|hij[oa]|herman[oa]|ex|pareja|novi[oa]|espos[oa]|madre|padre|mama|papa|alumn[oa]|companer[oa])\b|\b(?:meu|minha) (?:amig[oa]|filh[oa]|irma|irmao|ex|namorad[oa]|marido|esposa|mae|pai|alun[oa])\b`,
    String.raw`\b(?:mon|ma) (?:ami|amie|fils|fille|frere|soeur|ex|copain|copine|mari|femme|mere|pere|eleve)\b|\b(?:mein|meine|meinem|meiner) (?:freund|freundin|sohn|tochter|bruder|schwester|ex|partner|partnerin|mann|frau|mutter|vater|schuler)\w*|\b(?:il mio|la mia|mio|mia) (?:amic[oa]|figli[oa]|fratello|sorella|ex|ragazz[oa]|marito|moglie|madre|padre)\b`,
    String.raw`友達|友人|息子|娘|彼氏|元彼|元カノ|朋友|儿子|兒子|女儿|女兒|前任|男朋友|女朋友|친구|아들|딸|남자친구|여자친구`,
  ].join('|'),
);

const GATES = screenGates(THIRD_PERSON);
const NO_PARTS: readonly number[] = [];
const [CONVERSATION_INDEX, OUTBOUND_INDEX, ARGS_INDEX] = textIndexes([CONVERSATION_CUES, OUTBOUND_CUES, STRONG_CUES], GATES);
/** Goodbyes, hand-overs and absences that a death in the family, a new job or a move explain. */
const OCCASIONAL = new Set<CrisisSignal>(['farewell', 'giving_away', 'absence']);
const occasional = (signal: CrisisSignal, weight: number) => OCCASIONAL.has(signal) && weight < 1;

let memoSize = 512;
const memo = new TextMemo();
/** Bench lever: off keys the memo by role prefix and text, as before perf-r21 (text-memo.ts). */
const prefixed = new Map<string, TextScreen>();
const memoByRole = lever('crisisMemoByRole');

/** Bench hook: 0 turns the per-text memo off. */
export function setCrisisMemoSize(n: number): void {
  memoSize = n;
  memo.clear();
  prefixed.clear();
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Texts screened during the current assessment, memo or not (the bench's cold mode turns the memo
 * off): one call screens the conversation once per crisis verdict, and a read's query and a
 * deferred job's commands ask for a second verdict over the same messages.
 */
const inCall = new TextMemo();
let callDepth = 0;

/** Runs `fn` (one assessment) with the per-call screens kept, then forgets them. */
export function withinCall<T>(fn: () => T): T {
  callDepth++;
  try {
    return fn();
  } finally {
    if (--callDepth === 0) inCall.clear();
  }
}

export function screenText(text: string, role: TextRole): TextScreen {
  if (!memoByRole.on && memoSize > 0) return screenPrefixed(text, role);
  const cached = memoSize > 0 ? memo.get(role, text) : callDepth > 0 ? inCall.get(role, text) : undefined;
  if (cached) return cached;
  const result = screenUncached(text, role);
  if (memoSize > 0) memo.set(role, text, result, memoSize);
  else if (callDepth > 0) inCall.set(role, text, result, Infinity);
  return result;
}

/** screenText with the memo on as before perf-r21, for the `crisisMemoByRole` lever's off side (bench only). */
function screenPrefixed(text: string, role: TextRole): TextScreen {
  const key = role === 'outbound' ? `o${text}` : role === 'args' ? `a${text}` : `u${text}`;
  const cached = prefixed.get(key);
  if (cached) return cached;
  const result = screenUncached(text, role);
  if (prefixed.size >= memoSize) prefixed.clear();
  prefixed.set(key, result);
  return result;
}

function screenUncached(text: string, role: TextRole): TextScreen {
  const b = bound(text);
  const hits: CueHit[] = [];
  const dismissed: string[] = [];
  let thirdPerson = false;
  let over = false;
  const index = role === 'outbound' ? OUTBOUND_INDEX : role === 'args' ? ARGS_INDEX : CONVERSATION_INDEX;
  const normalized = plainWords(normalize(b.text));
  // The cues whose literal words occur anywhere in the text; usually none, seldom more than a few.
  // Of those, the ones that match the whole text; only these are tried clause by clause.
  // (A cue anchored to the clause's end or start cannot be tested on the whole text.)
  // One walk finds the candidate cues, concept triggers and which frame and idiom patterns may apply.
  const facts = prefilter ? index.scan(normalized) : null;
  const ids = facts ? facts.cues.filter((id) => ANCHORED.has(index.cues[id]) || index.cues[id].re.test(normalized)) : index.cues.map((_, i) => i);
  const concepts = conceptsApply(normalized, facts ? facts.triggers : CONCEPT_TRIGGERS);
  if (ids.length === 0 && !concepts) return { score: 0, hits, dismissed, over: false, third_person: false, truncated: b.truncated };
  const gate = (g: Gate) => !facts || facts.gates.has(g);
  // A union gate is tested with only the parts whose literals occur in the text (parted-union.ts).
  const partsOf = (g: Gate) => facts!.parts.get(g) ?? NO_PARTS;
  const inText = (u: PartedUnion, g: Gate) => (facts ? u.testSome(normalized, partsOf(g)) : u.whole.test(normalized));
  const idiom = facts ? IDIOM.subset(partsOf('idiom')) : IDIOM.whole;
  const frames = gate('frame');
  const third = gate('third');
  // The three frames below are whole-text tests, each run when a clause first needs it (most texts
  // with candidate cues have no clause that matches one).
  // Grief, a move, a new job, a trip: the broad topic words in this text are ordinary.
  let topicFramed: boolean | undefined;
  const isTopicFramed = () => (topicFramed ??= ids.some((id) => index.cues[id].weak) && gate('topic_frame') && inText(TOPIC_FRAMES, 'topic_frame'));
  // The same occasions explain the stronger goodbye and hand-over cues below 1 in this text.
  let occasion: boolean | undefined;
  const isOccasion = () => (occasion ??= (concepts || ids.some((id) => occasional(index.cues[id].signal, index.cues[id].weight))) && gate('occasion') && inText(OCCASION_FRAMES, 'occasion'));
  const ordinaryEnd = concepts && ordinaryEnding(normalized);
  // The concept triggers whose literals occur: the others cannot match a clause of this text.
  const possible = concepts && facts ? new Set(facts.triggers) : null;
  // Outgoing prevention material (a training module, a banner bug, a style reminder) quotes crisis
  // words in clauses its frame is not part of; harm to a person is never discounted.
  let workText: boolean | undefined;
  const isWorkText = () => (workText ??= role === 'outbound' && gate('work_frame') && inText(WORK_FRAME, 'work_frame'));
  // The same clause twice in one text (a message the call carries in two fields) counts once.
  const seen = new Set<string>();
  for (const raw of clauses(normalized)) {
    if (seen.has(raw)) continue;
    seen.add(raw);
    const clause = idiom ? raw.replace(idiom, ' ') : raw;
    let clauseHits: CueHit[] | null = null;
    let negated: string | null = null;
    for (const id of ids) {
      const cue = index.cues[id];
      if ((cue.weak && isTopicFramed()) || (occasional(cue.signal, cue.weight) && isOccasion())) continue;
      const m = cue.re.exec(clause);
      if (!m) continue;
      if (cue.negatable && negatedBefore(clause, m.index)) {
        negated = m[0];
        continue;
      }
      if (clauseHits?.some((h) => h.signal === cue.signal && h.phrase === m[0])) continue;
      // A topic word inside words a stronger cue already counted adds nothing.
      if (cue.weak && clauseHits?.some((h) => !h.weak && (h.phrase.includes(m[0]) || m[0].includes(h.phrase)))) continue;
      let weight = cue.weight;
      if (cue.signal === 'topic' && cue.lang === 'en' && FIRST_PERSON.test(clause)) weight = CRISIS_THRESHOLD;
      (clauseHits ??= []).push(cue.weak ? { signal: cue.signal, weight, lang: cue.lang, phrase: m[0], weak: true } : { signal: cue.signal, weight, lang: cue.lang, phrase: m[0] });
    }
    if (concepts) {
      for (const h of conceptHits(clause, ordinaryEnd, normalized, clause === raw ? possible : null)) {
        if (occasional(h.signal, h.weight) && isOccasion()) continue;
        // The same signal from a concept and a phrase is one piece of evidence: keep the stronger.
        const same = clauseHits?.findIndex((x) => x.signal === h.signal) ?? -1;
        if (same < 0) (clauseHits ??= []).push(h);
        else if (clauseHits![same].weight < h.weight) clauseHits![same] = h;
      }
    }
    if (!clauseHits) {
      if (negated) dismissed.push(`"${clip(raw)}" (negated: "${negated}")`);
      continue;
    }
    if (toldAsOver(clause, normalized, clauseHits)) {
      dismissed.push(`"${clip(raw)}" (a death or an episode that is over)`);
      over = true;
      continue;
    }
    // The text's literals say which frame parts can match a clause of it, not one an idiom's removal changed.
    const framed = frames && framedBeyondHelpline(clause, clauseHits, () => (facts && clause === raw ? FRAME.testSome(clause, partsOf('frame')) : FRAME.whole.test(clause)));
    if ((framed && !speaksForSelf(clause, clauseHits)) || (role === 'user' && QUESTION_TO_ANOTHER.test(clause))) {
      dismissed.push(`"${clip(raw)}" (research, prevention work, fiction or news)`);
      continue;
    }
    if (isWorkText() && !FIRST_PERSON.test(clause) && !clauseHits.some((h) => HARM.has(h.signal))) {
      dismissed.push(`"${clip(raw)}" (prevention material)`);
      continue;
    }
    if (third && !thirdPerson && THIRD_PERSON.test(clause)) thirdPerson = true;
    for (const h of clauseHits) hits.push(h);
  }
  return { score: scoreHits(hits), hits, dismissed, over, third_person: thirdPerson, truncated: b.truncated };
}

/**
 * Helpline names that carry a frame word ("prevention"): in a clause that points a reader at help,
 * the name is not prevention work. Written as the text is normalized (lowercase, no accents).
 */
const HELPLINE_NAME = /\b(?:suicide prevention (?:life|hot|help)line|(?:linea|telefono) (?:nacional )?de prevencion del suicidio|linha (?:de )?prevencao do suicidio|ligne (?:de )?prevention du suicide|numero national de prevention du suicide)\b|자살\s?예방\s?상담\s?전화|자살예방\s?상담/g;

/** The reader told to reach the line ("call", "llama", "연락하세요"), not resources listed for a notice board. */
const TELLS_TO_REACH = /\b(?:call|text|ring|phone|contact|reach out to|llama|llame|marca|contacta|ligue|liga|appelle|appelez|contacte|ruf|rufen sie|chiama)\b|연락\s?(?:하세요|해|해요|주세요)|전화\s?(?:하세요|해|해요|주세요)/;

/**
 * Whether the frame (research, prevention work, fiction, news) distances the clause, not counting
 * the name of a helpline the clause gives: "llama a la línea de prevención del suicidio",
 * "자살예방상담전화 109로 연락하세요" point a reader at help, and the "prevention" in the line's own
 * name is no prevention work. A message that reaches someone at risk is held even when kind
 * (docs/firewall-corpus.md, "Messages to the person at risk"); a volunteers' rota or a campaign
 * still says its frame outside the name, and resources listed for a notice board tell no one to call.
 */
function framedBeyondHelpline(clause: string, hits: readonly CueHit[], framedAsIs: () => boolean): boolean {
  if (!framedAsIs()) return false;
  if (!hits.some((h) => h.signal === 'intervention') || !TELLS_TO_REACH.test(clause)) return true;
  return FRAME.whole.test(clause.replace(HELPLINE_NAME, ' '));
}

/** Per signal: strongest cue plus half of the others (capped at 1); boosters only add to others. */
export function scoreHits(hits: readonly CueHit[]): number {
  if (hits.length === 0) return 0;
  const bySignal = new Map<CrisisSignal, { max: number; rest: number }>();
  for (const h of hits) {
    const s = bySignal.get(h.signal);
    if (!s) bySignal.set(h.signal, { max: h.weight, rest: 0 });
    else if (h.weight > s.max) {
      s.rest += s.max;
      s.max = h.weight;
    } else s.rest += h.weight;
  }
  let core = 0;
  let boost = 0;
  for (const [signal, s] of bySignal) {
    const v = Math.min(1, s.max + s.rest / 2);
    if (BOOSTERS.has(signal)) boost += v;
    else core += v;
  }
  // A time or a place strengthens real evidence; next to a single weak cue ("stopped eating" and
  // "tomorrow morning") it counts half, so the two together stay under the threshold.
  const total = core <= 0 ? Math.min(boost, BOOSTERS_ALONE_MAX) : core + (core >= BOOSTED_CORE_MIN ? boost : boost / 2);
  return Math.round(total * 1000) / 1000;
}

export interface ScreenInput {
  /** User messages, oldest first. */
  conversation: readonly string[];
  /** What an outbound tool is about to send. */
  outbound?: string;
  /** Text in the arguments of a tool that does not send (a search query, a file's content). */
  args?: string;
  /** Fingerprints of messages an approver already reviewed (SessionRisk.acknowledged). */
  acknowledged?: readonly string[];
  /**
   * For calls that reach a person: a lower score shows risk when it comes from at least two kinds
   * of evidence (a farewell and hopelessness, giving things away and a method). One kind alone,
   * however often repeated, still needs CRISIS_THRESHOLD: a "suicide prevention" shift reminder
   * or a bike giveaway is one topic, not a pattern.
   */
  partialThreshold?: number;
}

export type EvidenceSource = 'conversation' | 'outbound' | 'args';

export interface CrisisScreen {
  crisis: boolean;
  score: number;
  /** Score of each source alone. */
  sources: Record<EvidenceSource, number>;
  signals: CrisisSignal[];
  reasons: string[];
  dismissed: string[];
  /** Some text told of a death or an episode that is over (over.ts). */
  over: boolean;
  third_person: boolean;
  /** The outbound content itself would harm a person at risk. */
  outbound_harm: boolean;
  /** A long text was scanned as head + tail. */
  truncated: boolean;
}

const MAX_CONVERSATION = 6;

export function screenCrisis(input: ScreenInput): CrisisScreen {
  const all: CueHit[] = [];
  const reasons: string[] = [];
  const dismissed: string[] = [];
  const sources: Record<EvidenceSource, number> = { conversation: 0, outbound: 0, args: 0 };
  let third = false;
  let over = false;
  let truncated = false;
  const conv = input.conversation;
  const convHits: CueHit[] = [];
  const from = Math.max(0, conv.length - MAX_CONVERSATION);
  for (let i = from; i < conv.length; i++) {
    const text = conv[i];
    if (!text || (i > from && text === conv[i - 1])) continue;
    if (isAcknowledged(text, input.acknowledged)) continue;
    const s = screenText(text, 'user');
    const label = i === conv.length - 1 ? 'the user message' : 'an earlier user message';
    take(s, label, convHits, reasons, dismissed);
    third ||= s.third_person;
    over ||= s.over;
    truncated ||= s.truncated;
  }
  sources.conversation = scoreHits(onceEach(convHits));
  all.push(...convHits);
  for (const [source, text, role] of [['outbound', input.outbound, 'outbound'], ['args', input.args, 'args']] as const) {
    if (!text) continue;
    const s = screenText(text, role);
    const hits: CueHit[] = [];
    take(s, source === 'outbound' ? 'the outbound content' : 'the tool arguments', hits, reasons, dismissed);
    sources[source] = s.score;
    third ||= s.third_person;
    over ||= s.over;
    truncated ||= s.truncated;
    all.push(...hits);
  }
  const score = scoreHits(onceEach(all));
  const signals = [...new Set(all.map((h) => h.signal))];
  const kinds = signals.filter((k) => !BOOSTERS.has(k)).length;
  const partialAt = input.partialThreshold;
  const partial = partialAt !== undefined && (kinds >= 2 || saidOfOneself(convHits, sources.conversation, partialAt));
  const threshold = partial ? Math.min(partialAt, CRISIS_THRESHOLD) : CRISIS_THRESHOLD;
  return {
    crisis: score >= threshold,
    score,
    sources,
    signals,
    reasons,
    dismissed,
    over,
    third_person: third,
    outbound_harm: signals.some((s) => HARM.has(s)),
    truncated,
  };
}

/**
 * What the user said of their state (wanting it over, no way forward, a burden) carries over to the
 * message they then ask to send: one kind is enough at the partial threshold when it comes from the
 * conversation. Goodbyes, giveaways, absences, plans and medicines are left out: a move, an illness
 * or a death in the family explains them (a will, letters for a funeral, a prescription), and topic
 * words say nothing of the person.
 */
const STATED_STATE = new Set<CrisisSignal>(['ideation', 'intent', 'method', 'self_harm', 'hopelessness', 'burden']);
function saidOfOneself(convHits: readonly CueHit[], conversation: number, partialThreshold: number): boolean {
  return conversation >= partialThreshold && convHits.some((h) => STATED_STATE.has(h.signal));
}

/** A topic word the agent repeats from the user's message, or the user repeats, counts once. */
function onceEach(hits: CueHit[]): CueHit[] {
  if (!hits.some((h) => h.weak)) return hits;
  const seen = new Set<string>();
  return hits.filter((h) => {
    if (!h.weak) return true;
    const k = `${h.signal}\u0000${h.phrase}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function take(s: TextScreen, label: string, into: CueHit[], reasons: string[], dismissed: string[]): void {
  for (const h of s.hits) {
    into.push(h);
    reasons.push(`${label} shows ${SIGNAL_TEXT[h.signal]}${h.lang !== 'en' && h.lang !== 'any' ? ` (${h.lang})` : ''}: "${clip(h.phrase)}"`);
  }
  for (const d of s.dismissed) dismissed.push(`${label}: ${d}`);
}
