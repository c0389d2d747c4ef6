import { finding } from '../rules/finding.js';
import { nothing, searches } from './extract.js';
import { patchInputs, shellInputs } from './codex.js';
import { obj, p, str, strs, type ToolProfile } from './types.js';

// The OpenAI Agents SDK's hosted and built-in tools. Hosted search, file search and image
// generation read; code_interpreter runs in OpenAI's sandbox (judged, but lower floor); the
// computer tool's typing is outbound text and its clicks are judged by what they press.

const A = 'agents_sdk' as const;

const computer = p(A, 'browser', 'external', 'controls a computer', {
  base_risk: 0.05,
  extract: (a) => {
    const action = { ...a, ...obj(a.action) };
    const type = str(action, 'type') ?? '';
    if (type === 'type') return { outbound: { text: str(action, 'text') ?? '' } };
    if (type === 'keypress') return { texts: strs(action, 'keys') };
    if (/click|drag/.test(type)) return {};
    return { profile: p(A, 'browser', 'read_only', `computer ${type || 'action'}`, { base_risk: 0.02, extract: nothing }) };
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
  hosted_mcp: p(A, 'generic', 'external', 'calls a hosted MCP server', {
    base_risk: 0.2,
    confidence: 0.5,
    extract: (a) => ({ findings: str(a, 'require_approval') === 'never' ? [finding(0.5, 'external', true, 'safety_tampering', 'hosted MCP call configured never to ask')] : [] }),
  }),
};

/** `shell` and `apply_patch` are shared with Codex; the table there handles both argument shapes. */
export { shellInputs, patchInputs };
