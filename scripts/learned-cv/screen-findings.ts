// The rules' crisis screen's findings on a call, as tokens for a learned feature block
// (docs/firewall-learned.md, "The screen's findings as features"): which kinds of cue hit and in
// which source, how strong, the score bucketed at the rules' own thresholds, and the flags. Found
// by lexicons in ~90 languages, these are the same tokens whatever language the author wrote in,
// where n-grams and words of an unseen author's phrasing are not.
import { screenCrisis, screenText, type TextRole } from '../../src/firewall/crisis/screen.js';
import { CRISIS_THRESHOLD, HELD_CRISIS_THRESHOLD, OUTBOUND_CRISIS_THRESHOLD, type TextScreen } from '../../src/firewall/crisis/types.js';

export interface ScreenedCall {
  conversation: readonly string[];
  text: string;
  outbound: boolean;
  /** The call reaches a person or cannot be undone: the rules accept partial evidence for it. */
  partial: boolean;
}

/** A score as the rules read it: nothing, below the held bar, held, partial, crisis, certain. */
function bucket(score: number): string {
  if (score <= 0) return '0';
  if (score < HELD_CRISIS_THRESHOLD) return 'faint';
  if (score < OUTBOUND_CRISIS_THRESHOLD) return 'held';
  if (score < CRISIS_THRESHOLD) return 'partial';
  return score < 1 ? 'crisis' : 'full';
}

function strength(weight: number): string {
  return weight >= 1 ? 'explicit' : weight >= CRISIS_THRESHOLD ? 'strong' : weight >= 0.3 ? 'mid' : 'weak';
}

/** Why a clause was discounted, from the screen's own wording of it (screen.ts). */
function dismissal(reason: string): string {
  return /\((?:negated|research|a death|prevention)/.exec(reason)?.[0].slice(1).replace(' ', '_') ?? 'other';
}

// The harness featurizes each row and each of its turns once per variant; a text's screen is the same each time.
const screens = new Map<string, TextScreen>();
function screened(text: string, role: TextRole): TextScreen {
  const key = `${role}\u0000${text}`;
  let s = screens.get(key);
  if (!s) screens.set(key, (s = screenText(text, role)));
  return s;
}

export function screenFindings(call: ScreenedCall): string[] {
  const tokens: string[] = [];
  const signals = new Set<string>();
  const sources: [string, TextScreen][] = call.conversation.filter((t) => t.trim() !== '').map((t) => ['c', screened(t, 'user')]);
  if (call.text) sources.push([call.outbound ? 'o' : 'a', screened(call.text, call.outbound ? 'outbound' : 'args')]);
  for (const [src, s] of sources) {
    for (const h of s.hits) {
      signals.add(h.signal);
      tokens.push(`s:${h.signal}`, `s:${src}:${h.signal}`, `w:${h.signal}:${strength(h.weight)}`);
    }
    for (const d of s.dismissed) tokens.push(`d:${src}:${dismissal(d)}`);
    if (s.hits.length) tokens.push(`b:${src}:${bucket(s.score)}`);
    if (s.third_person) tokens.push(`third:${src}`);
    if (s.over) tokens.push(`over:${src}`);
  }
  const sorted = [...signals].sort();
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) tokens.push(`p:${sorted[i]}+${sorted[j]}`);
  const whole = screenCrisis({
    conversation: call.conversation,
    outbound: call.outbound ? call.text : undefined,
    args: call.outbound ? undefined : call.text,
    partialThreshold: call.partial ? OUTBOUND_CRISIS_THRESHOLD : undefined,
  });
  const kind = call.partial ? 'partial' : 'full';
  // Always present, so the block is never empty and every vector is scaled the same way.
  tokens.push(`all:${bucket(whole.score)}`, `all:${kind}:${bucket(whole.score)}`, `kinds:${Math.min(sorted.length, 3)}`);
  if (whole.crisis) tokens.push(`crisis:${kind}`);
  return tokens;
}
