import type { ChatRequest, ToolCall } from '../../core/types.js';
import { textOf } from '../../core/types.js';
import type { EvalItem } from '../types.js';

// The LLM judge prompt and the parsing of its verdict. The judge is asked for a JSON object so the
// score is machine-readable; a reply that is not one scores 0 with the reason saying so.

export function judgeRequest(route: string, rubric: string, item: EvalItem, answer: string, toolCalls: ToolCall[]): ChatRequest {
  const question = item.input ?? (item.messages ?? []).map((m) => `${m.role}: ${textOf(m.content)}`).join('\n');
  const calls = toolCalls.length ? `\nTool calls made:\n${toolCalls.map((c) => `${c.function.name}(${c.function.arguments})`).join('\n')}` : '';
  return {
    model: route,
    messages: [
      {
        role: 'system',
        content:
          'You grade an AI assistant\'s answer against a rubric. Reply with only a JSON object ' +
          '{"score": <number from 0 to 1>, "reason": "<one sentence>"}.',
      },
      { role: 'user', content: `Rubric:\n${rubric}\n\nTask:\n${question}\n\nAnswer:\n${answer}${calls}` },
    ],
    response_format: { type: 'json_object' },
    temperature: 0,
  };
}

export function parseJudgeReply(text: string): { score: number; reason: string } {
  const match = text.match(/\{[\s\S]*\}/);
  if (!match) return { score: 0, reason: `judge reply is not JSON: ${text.slice(0, 80)}` };
  try {
    const v = JSON.parse(match[0]) as { score?: unknown; reason?: unknown };
    const s = typeof v.score === 'number' ? v.score : Number(v.score);
    if (!Number.isFinite(s)) return { score: 0, reason: 'judge gave no numeric score' };
    return { score: Math.min(1, Math.max(0, s)), reason: typeof v.reason === 'string' ? v.reason : '' };
  } catch {
    return { score: 0, reason: `judge reply is not JSON: ${text.slice(0, 80)}` };
  }
}
