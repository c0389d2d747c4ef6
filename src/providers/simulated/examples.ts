import { createHash } from 'node:crypto';
import { parseShots } from '../../core/examples.js';
import type { ChatRequest, ToolDefinition } from '../../core/types.js';

// `example_sensitivity`: a model that learns from in-context examples. The example whose input
// shares the most words with the user's turn is the one it imitates; with probability
// `sensitivity` it calls that example's tool (right or wrong). The draw is a hash of the seed and
// the user's text, so it is the same on every run and for every contender given the same item.

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);

export function toolFromExamples(request: ChatRequest, tools: ToolDefinition[], userText: string, seed: number, sensitivity: number): ToolDefinition | undefined {
  if (sensitivity <= 0) return undefined;
  const shots = parseShots(request.messages).filter((s) => s.tool);
  if (shots.length === 0) return undefined;
  const mine = words(userText);
  let best = shots[0];
  let bestScore = -1;
  for (const s of shots) {
    const theirs = words(s.input);
    let shared = 0;
    for (const w of theirs) if (mine.has(w)) shared++;
    const score = shared / Math.max(1, mine.size + theirs.size - shared);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  const draw = createHash('sha256').update(`${seed}\0examples\0${userText}`).digest().readUInt32BE(0) / 0x1_0000_0000;
  if (draw >= sensitivity) return undefined;
  return tools.find((t) => t.function.name === best.tool);
}
