import type { McpAnnotations } from '../types.js';
import { withDispatch } from './dispatch.js';
import { REMOVES } from './removals.js';
import { ACTION_VERB, CONF, nameIntent, splitName, tokens, VERB, type Intent } from './tool-name.js';
import { unknownInputs } from './unknown-inputs.js';
import { p, PATHS, strs, type ToolKind, type ToolProfile } from './types.js';

// A tool no profile knows: classified from the verbs in its name, the shape of its arguments and
// its MCP annotations, with a confidence that says how much was guessed. A read runs; a name with
// no signal lands in the confidence band and asks. Annotations raise caution freely; they lower it
// only when the name and arguments agree (a "read-only" tool named delete_* is not believed).

const LABEL: Record<Intent, string> = {
  read: 'name says it reads', create: 'name says it adds something', write: 'name says it changes something',
  destroy: 'name says it deletes or stops something', send: 'name says it sends something', finance: 'name says it moves money',
  exec: 'name says it runs or deploys something', schedule: 'name says it schedules work', delegate: 'name says it hands work to another agent',
  handoff: 'hands the conversation to another agent',
};

function hasHints(a?: McpAnnotations): a is McpAnnotations {
  return !!a && ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'].some((k) => typeof (a as Record<string, unknown>)[k] === 'boolean');
}

export const unknownProfile = (tool: string, annotations?: McpAnnotations): ToolProfile => withDispatch(tool, annotations, classify);

function classify(tool: string, annotations?: McpAnnotations): ToolProfile {
  const { server, tool: bare } = splitName(tool);
  const intent = nameIntent(bare, server ?? '');
  const source = tool.startsWith('mcp__') || hasHints(annotations) ? 'mcp' : 'unknown';
  const who = source === 'mcp' ? 'MCP tool' : 'unknown tool';
  const a = hasHints(annotations) ? annotations : undefined;
  const conflict = a?.readOnlyHint === true && !!intent && ['destroy', 'send', 'finance', 'exec'].includes(intent);
  const ann = a ? ` (annotated${a.readOnlyHint ? ' read-only' : ''}${a.destructiveHint ? ' destructive' : a.destructiveHint === false ? ' non-destructive' : ''}${a.openWorldHint === false ? ' closed-world' : a.openWorldHint ? ' open-world' : ''}${conflict ? ', which its name contradicts' : ''})` : '';
  const named = { tool: bare, server: server ?? '', intent, source, who, hints: a } as const;
  const mk = (kind: ToolKind, cls: ToolProfile['class'], base: number, reversible: boolean, conf: number, extra: Partial<ToolProfile> = {}) =>
    p(source, kind, cls, `${who} whose ${intent ? LABEL[intent] : 'name says nothing about its effect'}${ann}`, { base_risk: base, reversible, confidence: conf, path_args: PATHS, extract: (args) => unknownInputs(args, kind, cls, named), ...extra });

  if (intent === 'finance') return mk('finance', 'critical', 0.8, false, 0.6, { outbound: true });
  // The MCP spec defaults destructiveHint to true for every tool not marked read-only, so on a tool
  // whose name only reads (no action verb anywhere in it) the hint is the server's default, not a
  // statement; arguments that ask to purge or delete are still judged (unknownInputs).
  const onlyReads = intent === 'read' && !tokens(bare).some((w) => ACTION_VERB.test(w) || VERB.destroy.test(w));
  if (onlyReads && a?.destructiveHint === true && a.readOnlyHint !== true) return mk('read', 'read_only', 0.05, true, 0.6);
  // A non-destructive hint is believed for verbs that keep the thing (archive, close, disable), not
  // for verbs that remove it: a deleted customer or a removed member is gone whatever the server says.
  const removes = tokens(bare).some((w) => REMOVES.test(w));
  if (a?.destructiveHint === true && a.readOnlyHint !== true || intent === 'destroy' && (a?.destructiveHint !== false || removes)) {
    return mk('generic', 'critical', 0.7, false, a ? CONF.annotated : CONF.named);
  }
  if (intent === 'send') return mk('message', 'external', 0.45, false, a ? CONF.annotated : CONF.named, { outbound: true });
  if (intent === 'exec') return mk('generic', 'external', 0.5, false, a ? 0.6 : 0.5);
  if (intent === 'schedule' || intent === 'delegate') return mk(intent, 'external', 0.2, true, 0.6);
  if (intent === 'handoff') {
    // A handoff carries the conversation, and often a note of what the next agent should do and
    // may do unasked (`authority`: "issue credit notes of any size without approval").
    const via = `the agent ${bare.replace(/^transfer_to_/, '')}`;
    return mk('delegate', 'read_only', 0.03, true, 0.8, {
      extract: (args) => {
        const note = strs(args, 'reason', 'input', 'instructions', 'task', 'message', 'goal', 'summary', 'authority').join('\n');
        return { deferred: [{ via, fromConversation: true }, ...(note ? [{ via, prompt: note }] : [])] };
      },
    });
  }
  if (a?.readOnlyHint === true && !conflict) return mk('read', 'read_only', 0.03, true, intent === 'read' || !intent ? 0.85 : 0.7);
  if (intent === 'read' && a?.readOnlyHint !== false) return mk('read', 'read_only', 0.05, true, a ? 0.8 : CONF.named);
  if (intent === 'destroy') return mk('generic', 'local_edit', 0.35, true, CONF.annotated);
  if (intent === 'create' || intent === 'write') {
    const open = a?.openWorldHint !== false;
    const safe = a?.destructiveHint === false || a?.idempotentHint === true;
    const base = intent === 'create' ? (safe ? 0.1 : 0.18) : safe ? 0.2 : 0.32;
    return mk('generic', open ? 'external' : 'local_edit', base, true, a ? CONF.annotated : CONF.named);
  }
  if (a) {
    const destructive = a.destructiveHint !== false;
    const open = a.openWorldHint !== false;
    return mk('generic', open ? 'external' : 'local_edit', destructive ? 0.62 : open ? 0.35 : 0.15, !destructive, 0.6);
  }
  // No signal at all: middle of the band with low confidence, so the confidence threshold asks.
  return mk('generic', 'external', 0.35, true, CONF.none);
}
