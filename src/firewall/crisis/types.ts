// Crisis screening vocabulary. A cue is one weighted piece of evidence; a screen adds cues up over
// the conversation. Weights: 1 is an explicit statement; >= 0.6 (CRISIS_THRESHOLD) is enough alone
// (a farewell, giving things away, feeling a burden); <= 0.5 needs company (a bare "suicide", a
// high place, a time, "I can't take it anymore", a medication amount).

export type CrisisSignal =
  | 'ideation' // wanting to die, to kill oneself
  | 'intent' // decided, about to act
  | 'plan' // note written, date picked, preparations
  | 'means' // lethal amounts, medication counts, weapons
  | 'method' // a way to die (jumping, hanging, tracks)
  | 'self_harm'
  | 'farewell'
  | 'hopelessness'
  | 'burden'
  | 'giving_away'
  | 'absence' // "won't be around much longer"
  | 'height' // being somewhere high
  | 'timing' // "tonight", "after the exam": only strengthens other cues
  | 'topic' // the bare word "suicide": a person must be attached
  | 'intervention' // outbound: the agent answering a crisis (hotlines, "are you safe")
  | 'harm_encouragement' // outbound: urging someone to die or self-harm
  | 'harm_method' // outbound: telling someone how
  | 'harm_shaming' // outbound: mocking or shaming a person in distress
  | 'harm_abandonment'; // outbound: cutting off someone who may be at risk

export interface Cue {
  /** ISO 639-1 code, or 'any'. */
  lang: string;
  signal: CrisisSignal;
  weight: number;
  /** Matched against normalized text (see normalize.ts). No `g` flag: exec() from 0. */
  re: RegExp;
  /** The pattern of `re`, readable without building it (lexicon cues build `re` on first use). */
  source?: string;
  /** A negation shortly before the match ("I don't want to die") turns the cue off. */
  negatable?: boolean;
  /** A broad topic word (lexicon/topic-*.ts): counted once per conversation however often it recurs. */
  weak?: boolean;
}

export type CrisisSubject = 'self' | 'third_person' | 'outbound';

export interface CueHit {
  signal: CrisisSignal;
  weight: number;
  lang: string;
  phrase: string;
  weak?: boolean;
}

/** The screen of one text (a user message, the outbound content, tool arguments). */
export interface TextScreen {
  score: number;
  hits: CueHit[];
  /** Clauses whose cues were discounted: research, prevention work, fiction, news, negation. */
  dismissed: string[];
  /** A clause told of a death or an episode that is over (over.ts), and was discounted. */
  over: boolean;
  third_person: boolean;
  truncated: boolean;
}

/** A screen at or above this shows risk: the call is crisis-sensitive and the session remembers it. */
export const CRISIS_THRESHOLD = 0.6;

/**
 * For a call that reaches a person (a message, email, post, typed text, a scheduled or delegated
 * send): partial evidence is enough, because what is sent cannot be taken back and may be a
 * farewell. Chosen by sweeping the project's corpora (docs/firewall-corpus.md). Session risk is
 * still raised only at CRISIS_THRESHOLD.
 */
export const OUTBOUND_CRISIS_THRESHOLD = 0.45;

/**
 * For a call a person must approve anyway (money, a cloud delete, a deferred send): one weaker
 * signal (pills mentioned, "a burden", a will written) marks it crisis-sensitive. Marking adds no
 * gate, it tells the approver and keeps any setting from waving the call through.
 */
export const HELD_CRISIS_THRESHOLD = 0.25;
/** The learned layer's bar for those calls (its own threshold holds calls that would run). */
export const HELD_MODEL_THRESHOLD = 0.5;

export const SIGNAL_TEXT: Record<CrisisSignal, string> = {
  ideation: 'suicidal ideation',
  intent: 'stated intent to act',
  plan: 'a plan or preparations',
  means: 'interest in lethal means',
  method: 'a method of dying',
  self_harm: 'self-harm',
  farewell: 'a farewell',
  hopelessness: 'hopelessness',
  burden: 'feeling a burden',
  giving_away: 'giving belongings away',
  absence: 'talk of not being around',
  height: 'being somewhere high',
  timing: 'a time set',
  topic: 'the topic of suicide',
  intervention: 'a crisis intervention',
  harm_encouragement: 'encouragement to self-harm',
  harm_method: 'instructions for self-harm',
  harm_shaming: 'shaming a person in distress',
  harm_abandonment: 'abandoning a person in distress',
};
