import { gatedRegexes } from './content/literal-gate.js';
import { scanRecoveryPhrase } from './content/recovery-phrase.js';
import { CONCEPT_TRIGGERS } from './crisis/concepts.js';

// Patterns the warm-up's calls do not reach, warmed by themselves (perf-warm2, docs/firewall-speed.md):
// a content detector's gated regex runs only on a text holding its literals, a crisis concept's
// trigger only on a text holding its cue words, and the recovery-phrase scanner only on a long run
// of words, so the first prompt after the warm-up that reached one still compiled it.

/** ASCII, Latin-1 and two-byte; each a run of twelve short words or more, so the recovery-phrase scanner reads it past its cheap test. */
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

/** One step per regex (a step is one event-loop turn of the warm-up), then the recovery-phrase scanner (its word lists load on first use). */
export function patternWarmSteps(): Array<() => void> {
  // The registry as it stands: the engine's modules (warm-up.ts imports them) have registered theirs at load.
  const regexes = [...gatedRegexes(), ...CONCEPT_TRIGGERS];
  return [
    ...regexes.map((re) => () => {
      for (const subject of PATTERN_SUBJECTS) execFromStart(re, subject);
    }),
    () => {
      for (const subject of PATTERN_SUBJECTS) scanRecoveryPhrase(subject);
    },
  ];
}
