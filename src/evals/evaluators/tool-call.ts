import { isDeepStrictEqual } from 'node:util';
import type { ToolCall } from '../../core/types.js';
import type { ArgPredicate, ToolExpectation } from '../schema/eval-file.js';
import type { Score } from '../types.js';
import { jsonPathGet } from './json-path.js';

/** Did the model call the expected tool with arguments satisfying every predicate? */
export function matchToolCall(calls: ToolCall[], expected: ToolExpectation): Score {
  if (calls.length === 0) return { pass: false, score: 0, explanation: `expected a call to ${expected.tool}, got no tool call` };
  const candidates = expected.position === 'first' ? calls.slice(0, 1) : calls;
  const named = candidates.filter((c) => c.function.name === expected.tool);
  if (named.length === 0) {
    return { pass: false, score: 0, explanation: `expected ${expected.tool}, got ${calls.map((c) => c.function.name).join(', ')}` };
  }
  let lastProblem = '';
  for (const call of named) {
    let args: unknown;
    try {
      args = JSON.parse(call.function.arguments || '{}');
    } catch {
      lastProblem = `arguments of ${call.function.name} are not valid JSON`;
      continue;
    }
    const failed = expected.args.map((p) => checkPredicate(args, p)).find((r) => r !== null);
    if (!failed) return { pass: true, score: 1, explanation: `called ${expected.tool}${expected.args.length ? ' with matching arguments' : ''}` };
    lastProblem = failed;
  }
  return { pass: false, score: 0, explanation: lastProblem };
}

/** null when the predicate holds, else why not. */
function checkPredicate(args: unknown, p: ArgPredicate): string | null {
  const got = jsonPathGet(args, p.path);
  if (p.exists !== undefined) {
    if (got.found !== p.exists) return `argument ${p.path} ${p.exists ? 'is missing' : 'should be absent'}`;
  } else if (!got.found) {
    return `argument ${p.path} is missing`;
  }
  if (p.equals !== undefined && !isDeepStrictEqual(got.value, p.equals)) {
    return `argument ${p.path} is ${JSON.stringify(got.value)}, expected ${JSON.stringify(p.equals)}`;
  }
  const text = typeof got.value === 'string' ? got.value : JSON.stringify(got.value);
  if (p.contains !== undefined && !text.includes(p.contains)) return `argument ${p.path} (${clip(text)}) does not contain ${JSON.stringify(p.contains)}`;
  if (p.regex !== undefined && !new RegExp(p.regex).test(text)) return `argument ${p.path} (${clip(text)}) does not match /${p.regex}/`;
  return null;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
