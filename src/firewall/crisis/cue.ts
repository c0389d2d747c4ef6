import { foldMarks } from './normalize.js';
import type { Cue, CrisisSignal } from './types.js';
import { isAscii } from '../ascii.js';
import { PartedUnion } from './parted-union.js';

// Lexicon rows are written the way normalize() leaves text: lowercase, Latin accents optional
// (they are stripped from the pattern too), Cyrillic й/ё and the other letters normalize() folds
// (ı, ß, æ...) folded in the pattern as in the text.

export type CueRow = [CrisisSignal, number, string] | [CrisisSignal, number, string, 'neg'];


function foldPattern(src: string): string {
  // ASCII has nothing to fold (most rows): skip four passes over the pattern.
  if (isAscii(src)) return src;
  // NFKC as normalize() does: Thai sara am (ำ) becomes two code points in the text, so it must in the pattern too.
  return foldMarks(src.normalize('NFKC'));
}

/**
 * A lexicon cue whose regex is built on first use: building all ~1600 costs a short-lived process
 * (the Claude Code hook) more than its whole verdict, and the prefilter (prefilter.ts) reads only
 * `source` to know which few can match a text.
 */
class LexiconCue implements Cue {
  #re: RegExp | undefined;
  readonly negatable: boolean;
  declare readonly weak?: boolean;

  constructor(
    readonly lang: string,
    readonly signal: CrisisSignal,
    readonly weight: number,
    readonly source: string,
    negatable: boolean,
    weak: boolean,
  ) {
    this.negatable = negatable;
    if (weak) (this as { weak?: boolean }).weak = true;
  }

  get re(): RegExp {
    this.#re ??= new RegExp(this.source);
    return this.#re;
  }
}

export function compile(lang: string, rows: CueRow[], weak = false): Cue[] {
  return rows.map(([signal, weight, src, neg]) => new LexiconCue(lang, signal, weight, foldPattern(src), neg === 'neg', weak));
}

/** One alternation of many patterns (for frames and idioms), flags as given. */
export function union(patterns: string[], flags = ''): RegExp {
  return new RegExp(patterns.map((p) => `(?:${foldPattern(p)})`).join('|'), flags);
}

/** union() kept beside its parts, for the screen's gated frames and idioms (parted-union.ts). */
export function partedUnion(patterns: string[], flags = ''): PartedUnion {
  return new PartedUnion(patterns.map(foldPattern), flags);
}
