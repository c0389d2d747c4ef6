import { CONCEPT_TRIGGERS } from './concepts.js';
import { FRAME, IDIOM } from './distancing.js';
import { OCCASION_FRAMES, TOPIC_FRAMES } from './lexicon/topic-frames.js';
import { CueIndex } from './prefilter.js';
import type { Cue } from './types.js';

// One walk over a text finds everything the screen may need from it: the cues whose literal words
// occur, whether a concept rule may fire, and which of the big frame and idiom patterns are worth
// running. (Separate literal gates walked the same text six times.)

export type Gate = 'idiom' | 'frame' | 'third' | 'topic_frame' | 'occasion';

export interface TextFacts {
  /** Indexes into the cues, ascending: their literals occur in the text. */
  cues: number[];
  /** A concept trigger's literals occur (concepts.ts decides whether it matches). */
  triggers: RegExp[];
  gates: Set<Gate>;
}

export class TextIndex {
  readonly cues: readonly Cue[];
  readonly #index: CueIndex<{ re: RegExp }>;
  readonly #gates: Array<[number, Gate]>;
  readonly #triggersFrom: number;

  constructor(cues: readonly Cue[], gates: Record<Gate, RegExp>) {
    this.cues = cues;
    const named = Object.entries(gates) as Array<[Gate, RegExp]>;
    this.#triggersFrom = cues.length;
    const gatesFrom = cues.length + CONCEPT_TRIGGERS.length;
    this.#gates = named.map(([g], i) => [gatesFrom + i, g]);
    this.#index = new CueIndex<{ re: RegExp }>([...cues, ...CONCEPT_TRIGGERS.map((re) => ({ re })), ...named.map(([, re]) => ({ re }))]);
  }

  scan(text: string): TextFacts {
    const cues: number[] = [];
    const triggers: RegExp[] = [];
    const gates = new Set<Gate>();
    for (const id of this.#index.candidates(text)) {
      if (id < this.#triggersFrom) cues.push(id);
      else if (id < this.#triggersFrom + CONCEPT_TRIGGERS.length) triggers.push(CONCEPT_TRIGGERS[id - this.#triggersFrom]);
      else gates.add(this.#gates.find(([i]) => i === id)![1]);
    }
    return { cues, triggers, gates };
  }
}

export function screenGates(third: RegExp): Record<Gate, RegExp> {
  return { idiom: IDIOM, frame: FRAME, third, topic_frame: TOPIC_FRAMES, occasion: OCCASION_FRAMES };
}
