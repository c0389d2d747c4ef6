import { nothing, searches } from './extract.js';
import { approvalFindings } from './hosted-mcp.js';
import { patchInputs, shellInputs } from './codex.js';
import { obj, p, str, strs, type ToolProfile } from './types.js';

// The OpenAI Agents SDK's hosted and built-in tools. Hosted search, file search and image
// generation read; code_interpreter runs in OpenAI's sandbox (judged, but lower floor); the
// computer tool's typing is outbound text and its clicks are judged by what they press.

const A = 'agents_sdk' as const;

// Computer tools come in three shapes: a single `action` object (the Agents SDK's
// computer_use_preview), a batch in `actions: [...]` (the current computer tool), and a flat
// `action` name with its fields beside it (Anthropic's computer tool: `{"action": "type", "text": …}`,
// `left_click`, `key`). A batch is judged as a whole: what it types leaves, what it presses is
// judged by the request, and only a batch of nothing but looking (screenshots, scrolls, waits) reads.
interface ComputerAction {
  kind: string;
  fields: Record<string, unknown>;
}

function computerActions(a: Record<string, unknown>): ComputerAction[] {
  const list = Array.isArray(a.actions) ? a.actions.map(obj) : [typeof a.action === 'string' ? a : { ...a, ...obj(a.action) }];
  return list.map((x) => ({ kind: str(x, 'type') ?? (typeof x.action === 'string' ? x.action : ''), fields: x }));
}

const computer = p(A, 'browser', 'external', 'controls a computer', {
  base_risk: 0.05,
  extract: (a) => {
    const actions = computerActions(a);
    const typed = actions.filter((x) => x.kind === 'type').map((x) => str(x.fields, 'text') ?? '');
    // Anthropic's `key` action names its keys in `text`.
    const keys = actions.filter((x) => /^(?:keypress|key|hold_key)$/.test(x.kind)).flatMap((x) => strs(x.fields, 'keys', 'text'));
    const presses = actions.some((x) => /click|drag|mouse_down|mouse_up/.test(x.kind));
    if (typed.length) return { outbound: { text: typed.join('\n') }, texts: keys };
    if (keys.length) return { texts: keys };
    if (presses) return {};
    const kinds = [...new Set(actions.map((x) => x.kind || 'action'))].join(', ');
    return { profile: p(A, 'browser', 'read_only', `computer ${kinds}`, { base_risk: 0.02, extract: nothing }) };
  },
});

export const AGENTS_SDK: Record<string, ToolProfile> = {
  web_search_preview: p(A, 'web', 'read_only', 'searches the web', { base_risk: 0.03, extract: searches }),
  file_search: p(A, 'read', 'read_only', 'searches uploaded files', { base_risk: 0.02, extract: searches }),
  image_generation: p(A, 'generic', 'read_only', 'generates an image', { base_risk: 0.03, extract: (a) => ({ texts: strs(a, 'prompt') }) }),
  code_interpreter: p(A, 'code', 'local_edit', "runs code in OpenAI's sandbox", {
    base_risk: 0.05,
    extract: (a) => ({ code: [{ code: str(a, 'code', 'input') ?? '', language: 'python' }].filter((c) => c.code) }),
  }),
  computer,
  computer_use_preview: computer,
  computer_use: computer,
  // A hosted MCP call that names its tool is judged as that tool's call (hosted-mcp.ts); this
  // profile is for the rest: the hosted tool's own configuration.
  hosted_mcp: p(A, 'generic', 'external', 'calls a hosted MCP server', { base_risk: 0.2, confidence: 0.5, extract: (a) => ({ findings: approvalFindings(a) }) }),
};

/** `shell` and `apply_patch` are shared with Codex; the table there handles both argument shapes. */
export { shellInputs, patchInputs };
