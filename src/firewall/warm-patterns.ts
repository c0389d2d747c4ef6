import { gatedRegexes } from './content/literal-gate.js';
import { scanRecoveryPhrase } from './content/recovery-phrase.js';
import { CONCEPT_TRIGGERS } from './crisis/concepts.js';
import { concept, LANGUAGES } from './rules/multilingual/languages.js';
import type { Concept } from './rules/multilingual/lexicon.js';

// Patterns the warm-up's calls do not reach, warmed by themselves (docs/firewall-speed.md): the
// multilingual judges ask only for the concepts a clause leads to (whether a deletion is for good
// only of a clause that deletes), in one subject encoding or one form (the ASCII-only words, the
// full `iu` one); a content detector's gated regex runs only on a text holding its literals, a
// crisis concept's trigger only on a text holding its cue words, and the recovery-phrase scanner
// only on a long run of words. The first prompt after the warm-up that reached one still compiled
// it (a Spanish prompt deleting something for good compiled `permanent`, ~30 ms).

/** Every concept of the multilingual prompt and UI judges (rules/multilingual/lexicon.ts). */
export const WARMED_CONCEPTS = [...new Set(LANGUAGES.flatMap((l) => Object.keys(l)))].filter((k) => k !== 'lang' && k !== 'script') as Concept[];

/** ASCII, Latin-1 and two-byte (V8 compiles a regex once per subject encoding); each a run of twelve short words or more, so the recovery-phrase scanner reads it past its cheap test. */
export const PATTERN_SUBJECTS = [
  'please send the weekly report and all notes from today with every file before the next review',
  'cada lunes envía las notas del año pasado con los datos nuevos para todo equipo antes del jueves',
  'каждый вечер отправь отчёт для всей команды сохрани старые файлы перед новой встречей завтра утром',
];

/** One exec from the start of `subject`; a `g` or `y` regex keeps its lastIndex as the engine left it. */
function execFromStart(re: RegExp, subject: string): void {
  const from = re.lastIndex;
  re.lastIndex = 0;
  try {
    re.exec(subject);
  } finally {
    re.lastIndex = from;
  }
}

/**
 * One step per multilingual concept and per regex (a step is one event-loop turn of the warm-up),
 * then the recovery-phrase scanner (its word lists load on first use).
 */
export function patternWarmSteps(): Array<() => void> {
  // The registry as it stands: the engine's modules (warm-up.ts imports them) have registered theirs at load.
  const regexes = [...gatedRegexes(), ...CONCEPT_TRIGGERS];
  return [
    ...WARMED_CONCEPTS.map((c) => () => {
      concept(c, true).test(PATTERN_SUBJECTS[0]);
      for (const subject of PATTERN_SUBJECTS) concept(c, false).test(subject);
    }),
    ...regexes.map((re) => () => {
      for (const subject of PATTERN_SUBJECTS) execFromStart(re, subject);
    }),
    () => {
      for (const subject of PATTERN_SUBJECTS) scanRecoveryPhrase(subject);
    },
  ];
}
