import { finding } from '../rules/finding.js';
import { disposable } from '../targets.js';
import { nameIntent } from './tool-name.js';
import { str, type ToolInputs } from './types.js';

// A Claude Code skill is instructions the agent follows at once: loading `pdf` or `code-review`
// reads, but `deploy-prod --skip-smoke-tests` or `drop-tenant --confirm` is the deploy or the
// deletion itself, with its arguments. The skill's name says which (as an unknown tool's name does);
// a preview, test or staging target is throwaway.

const ACTS = new Set(['exec', 'destroy', 'send', 'finance']);

export function skillInputs(args: Record<string, unknown>): ToolInputs {
  const name = str(args, 'skill', 'name', 'command') ?? '';
  const given = str(args, 'args', 'arguments') ?? '';
  const intent = nameIntent(name.replace(/[-\s]+/g, '_'));
  if (!intent || !ACTS.has(intent) || disposable(name, given)) return {};
  const cls = intent === 'destroy' || intent === 'finance' ? 'critical' : 'external';
  return { findings: [finding(0.7, cls, false, 'skill_action', `runs the ${name} skill${given ? ` (${given})` : ''}, named for what it does, not for reading`)] };
}
