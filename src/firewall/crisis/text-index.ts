import { CONCEPT_TRIGGERS } from './concepts.js';
import { FRAME, IDIOM, WORK_FRAME } from './distancing.js';
import { OCCASION_FRAMES, TOPIC_FRAMES } from './lexicon/topic-frames.js';
import { CueIndex, sortSmall } from './prefilter.js';
import type { Cue } from './types.js';
import type { PartedUnion } from './parted-union.js';

// One walk over a text finds everything the screen may need from it: the cues whose literal words
// occur, whether a concept rule may fire, and which of the big frame and idiom patterns are worth
// running. (Separate literal gates walked the same text six times.)

export type Gate = 'idiom' | 'frame' | 'third' | 'topic_frame' | 'occasion' | 'work_frame';

export interface TextFacts {
  /** Indexes into the cues, ascending: their literals occur in the text. */
  cues: number[];
  /** A concept trigger's literals occur (concepts.ts decides whether it matches). */
  triggers: RegExp[];
  gates: Set<Gate>;
  /** Of a gate made of parts, the parts (ascending) whose literals occur: the others cannot match. */
  parts: Map<Gate, number[]>;
}

/** A gate's pattern: one regex, or a union whose parts are indexed one by one (parted-union.ts). */
export type GatePattern = RegExp | PartedUnion;

/** One literal index over the cues of several lists (each role's cues overlap the others'). */
class SharedIndex {
  readonly #index: CueIndex<{ re: RegExp; source?: string }>;
  readonly cues: readonly Cue[];
  readonly #triggersFrom: number;
  readonly #gatesFrom: number;
  /** Per index entry from #gatesFrom on: its gate, and its part of that gate (-1 for a plain regex). */
  readonly #gateOf: Array<[Gate, number]> = [];

  constructor(cues: readonly Cue[], gates: Record<Gate, GatePattern>) {
    this.cues = cues;
    this.#triggersFrom = cues.length;
    this.#gatesFrom = cues.length + CONCEPT_TRIGGERS.length;
    const entries: Array<{ re: RegExp }> = [];
    for (const [g, pattern] of Object.entries(gates) as Array<[Gate, GatePattern]>) {
      const res = pattern instanceof RegExp ? [pattern] : pattern.parts;
      res.forEach((re, i) => {
        entries.push({ re });
        this.#gateOf.push([g, pattern instanceof RegExp ? -1 : i]);
      });
    }
    this.#index = new CueIndex<{ re: RegExp; source?: string }>([...cues, ...CONCEPT_TRIGGERS.map((re) => ({ re })), ...entries]);
  }

  /** Indexes into `cues` (ascending) whose literals occur, with the triggers and gates. */
  scan(text: string): TextFacts {
    const cues: number[] = [];
    const triggers: RegExp[] = [];
    const gates = new Set<Gate>();
    const parts = new Map<Gate, number[]>();
    for (const id of this.#index.candidates(text)) {
      if (id < this.#triggersFrom) cues.push(id);
      else if (id < this.#gatesFrom) triggers.push(CONCEPT_TRIGGERS[id - this.#triggersFrom]);
      else {
        const [g, part] = this.#gateOf[id - this.#gatesFrom];
        gates.add(g);
        if (part < 0) continue;
        const some = parts.get(g);
        if (some) some.push(part);
        else parts.set(g, [part]);
      }
    }
    return { cues, triggers, gates, parts };
  }
}

/** One list's view of a shared index: its cues, numbered as in that list. */
export class TextIndex {
  readonly cues: readonly Cue[];
  readonly #shared: SharedIndex;
  /** A shared cue's index in this list, or -1. */
  readonly #own: Int32Array;

  constructor(cues: readonly Cue[], shared: SharedIndex) {
    this.cues = cues;
    this.#shared = shared;
    const at = new Map(cues.map((c, i) => [c, i]));
    this.#own = Int32Array.from(shared.cues, (c) => at.get(c) ?? -1);
  }

  scan(text: string): TextFacts {
    const facts = this.#shared.scan(text);
    const cues: number[] = [];
    for (const id of facts.cues) if (this.#own[id] >= 0) cues.push(this.#own[id]);
    return { ...facts, cues: sortSmall(cues) };
  }
}

/**
 * An index per cue list over one shared literal index: a call screens the user's messages and
 * its outgoing text with different lists, and the second screen then reads tables the first
 * brought into the CPU's caches (three separate indexes were three copies of mostly the same
 * literals, ~0.4 MB each).
 */
export function textIndexes(lists: ReadonlyArray<readonly Cue[]>, gates: Record<Gate, GatePattern>): TextIndex[] {
  const shared = new SharedIndex([...new Set(lists.flat())], gates);
  return lists.map((cues) => new TextIndex(cues, shared));
}

export function screenGates(third: RegExp): Record<Gate, GatePattern> {
  return { idiom: IDIOM, frame: FRAME, third, topic_frame: TOPIC_FRAMES, occasion: OCCASION_FRAMES, work_frame: WORK_FRAME };
}
