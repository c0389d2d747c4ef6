import { textOf, type ChatMessage } from '../core/types.js';
import type { CheapRuleConfig } from '../config/schema.js';

// Cheap-vs-strong routing for one turn. Conservative by design (as Hermes's own rule): any sign of
// code, links, tool work or a long message keeps the strong model.

/** Words that signal work a cheap model should not take (Hermes's list, agent/smart_model_routing.py). */
const DEFAULT_STRONG_KEYWORDS: readonly string[] = [
  'debug', 'debugging', 'implement', 'implementation', 'refactor', 'patch', 'traceback', 'stacktrace',
  'exception', 'error', 'analyze', 'analysis', 'investigate', 'architecture', 'design', 'compare',
  'benchmark', 'optimize', 'optimise', 'review', 'terminal', 'shell', 'tool', 'tools', 'pytest', 'test',
  'tests', 'plan', 'planning', 'delegate', 'subagent', 'cron', 'docker', 'kubernetes',
];

const URL_RE = /https?:\/\/|www\./i;
const TRIM_PUNCT = /^[.,:;!?()[\]{}"'`]+|[.,:;!?()[\]{}"'`]+$/g;

interface CheapDecision {
  choice: 'cheap' | 'strong';
  reason: string;
}

export function chooseCheapOrStrong(messages: readonly ChatMessage[], rule: CheapRuleConfig): CheapDecision {
  const last = messages[messages.length - 1];
  if (rule.strong_on_tool_results && last?.role === 'tool') return { choice: 'strong', reason: 'turn carries tool results' };
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const text = textOf(lastUser?.content ?? null).trim();
  if (!text) return { choice: 'strong', reason: 'no user text in this turn' };
  if (text.length > rule.max_chars) return { choice: 'strong', reason: `message has ${text.length} characters (> ${rule.max_chars})` };
  const words = text.split(/\s+/);
  if (words.length > rule.max_words) return { choice: 'strong', reason: `message has ${words.length} words (> ${rule.max_words})` };
  const newlines = text.split('\n').length - 1;
  if (newlines > rule.max_newlines) return { choice: 'strong', reason: `message has ${newlines} newlines (> ${rule.max_newlines})` };
  if (rule.strong_on_code && text.includes('`')) return { choice: 'strong', reason: 'message contains code (backticks)' };
  if (rule.strong_on_urls && URL_RE.test(text)) return { choice: 'strong', reason: 'message contains a URL' };
  const keywords = new Set((rule.keywords ?? DEFAULT_STRONG_KEYWORDS).map((k) => k.toLowerCase()));
  for (const w of words) {
    const word = w.toLowerCase().replace(TRIM_PUNCT, '');
    if (keywords.has(word)) return { choice: 'strong', reason: `keyword "${word}"` };
  }
  return { choice: 'cheap', reason: 'simple turn' };
}
