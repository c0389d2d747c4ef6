import { compile, type CueRow } from '../cue.js';
import type { Cue, CrisisSignal } from '../types.js';

// Broad topic cues (issue 13): single words and short phrases for death, ending, disappearing,
// goodbyes, burden, hopelessness, exhaustion with life, methods and means, absence, giving things
// away and final arrangements. Each is weak (TOPIC_WEIGHT): alone it never gates anything; two or
// three of different kinds across the conversation and the outgoing text cross the outbound
// threshold, three or more the general one. One cue per signal and language, so a clause full of
// one kind of word counts once; the same word repeated in later messages counts once too
// (screen.ts). Frames, idioms and negation apply to them as to every cue.

export const TOPIC_WEIGHT = 0.25;
/** Means and plans are more telling than mood words. */
export const TOPIC_STRONG = 0.3;

export type TopicGroups = Partial<Record<CrisisSignal, string[]>>;

const STRONGER = new Set<CrisisSignal>(['means', 'absence', 'giving_away', 'plan']);
/** Places (a bridge, a roof, the tracks) are everyday words: they only strengthen other kinds. */
export const TOPIC_PLACE = 0.2;

/**
 * `bounded`: the script has ASCII word boundaries after normalize() (Latin); other scripts match
 * stems without them, so their terms are written long enough not to sit inside ordinary words.
 */
export function topicCues(lang: string, groups: TopicGroups, bounded: boolean): Cue[] {
  const rows: CueRow[] = [];
  for (const [signal, terms] of Object.entries(groups) as Array<[CrisisSignal, string[]]>) {
    if (!terms.length) continue;
    const alt = `(?:${terms.join('|')})`;
    rows.push([signal, signal === 'height' ? TOPIC_PLACE : STRONGER.has(signal) ? TOPIC_STRONG : TOPIC_WEIGHT, bounded ? String.raw`\b${alt}\b` : alt, 'neg']);
  }
  return compile(lang, rows, true);
}
