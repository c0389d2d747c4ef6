import type { Cue, CrisisSignal } from './types.js';

// Lexicon rows are written the way normalize() leaves text: lowercase, Latin accents optional
// (they are stripped from the pattern too), Cyrillic й/ё folded.

export type CueRow = [CrisisSignal, number, string] | [CrisisSignal, number, string, 'neg'];

function foldPattern(src: string): string {
  return src
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/ё/g, 'е')
    .replace(/й/g, 'и')
    .replace(/[أإآ]/g, 'ا');
}

export function compile(lang: string, rows: CueRow[], weak = false): Cue[] {
  return rows.map(([signal, weight, src, neg]) => ({ lang, signal, weight, re: new RegExp(foldPattern(src)), negatable: neg === 'neg', ...(weak ? { weak } : {}) }));
}

/** One alternation of many patterns (for frames and idioms), flags as given. */
export function union(patterns: string[], flags = ''): RegExp {
  return new RegExp(patterns.map((p) => `(?:${foldPattern(p)})`).join('|'), flags);
}
