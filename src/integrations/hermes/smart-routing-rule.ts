// Hermes's cheap-turn rule, ported line by line from agent/smart_model_routing.py
// (choose_cheap_model_route): the reference a migrated config is checked against, by the tests
// and by `switchyard migrate hermes --verify`. Never used for routing.

const COMPLEX = new Set([
  'debug', 'debugging', 'implement', 'implementation', 'refactor', 'patch', 'traceback', 'stacktrace', 'exception', 'error',
  'analyze', 'analysis', 'investigate', 'architecture', 'design', 'compare', 'benchmark', 'optimize', 'optimise', 'review',
  'terminal', 'shell', 'tool', 'tools', 'pytest', 'test', 'tests', 'plan', 'planning', 'delegate', 'subagent', 'cron', 'docker', 'kubernetes',
]);

export interface HermesSmartRouting {
  enabled?: boolean | string;
  max_simple_chars?: number | string;
  max_simple_words?: number | string;
  cheap_model?: { provider?: string; model?: string } | null;
}

const truthy = (v: unknown) => v === true || (typeof v === 'string' && ['true', 'yes', 'on', '1'].includes(v.toLowerCase()));
const int = (v: unknown, d: number) => (v === undefined || v === null || Number.isNaN(Number.parseInt(String(v), 10)) ? d : Number.parseInt(String(v), 10));

export function hermesChoosesCheap(userMessage: string, cfg: HermesSmartRouting | null | undefined): boolean {
  if (!cfg || !truthy(cfg.enabled)) return false;
  const cheap = cfg.cheap_model;
  if (!cheap || !String(cheap.provider ?? '').trim() || !String(cheap.model ?? '').trim()) return false;
  const text = (userMessage ?? '').trim();
  if (!text) return false;
  if (text.length > int(cfg.max_simple_chars, 160)) return false;
  if (text.split(/\s+/).filter(Boolean).length > int(cfg.max_simple_words, 28)) return false;
  if ((text.match(/\n/g) ?? []).length > 1) return false;
  if (text.includes('`')) return false;
  if (/https?:\/\/|www\./i.test(text)) return false;
  const strip = (t: string) => t.replace(/^[.,:;!?()[\]{}"'`]+|[.,:;!?()[\]{}"'`]+$/g, '');
  return !text.toLowerCase().split(/\s+/).filter(Boolean).map(strip).some((w) => COMPLEX.has(w));
}

/** User turns that exercise every branch of the rule (the synthetic sample of --verify). */
export const SAMPLE_TURNS: string[] = [
  'hi there!',
  'what time is it in Tokyo?',
  'thanks\nsee you tomorrow',
  'line one\nline two\nline three',
  'please debug the login flow',
  'Can you REFACTOR this?',
  'run the tests.',
  '(docker) status?',
  'check https://example.com for me',
  'see www.example.org',
  'what does `ls -la` print?',
  'x'.repeat(160),
  'x'.repeat(161),
  Array(28).fill('word').join(' '),
  Array(29).fill('word').join(' '),
  '   ',
  'summarize our plan',
  'planet names please',
  'tell me a joke about kubernetes',
  'Tools: which do you have?',
];
