import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import type { ToolChoice, ToolDefinition } from '../../core/types.js';
import { parseAt } from './schema.js';
import { TranslationRefusal } from './refusal.js';

// Responses tools -> normalized function tools, and the map back. Function tools translate 1:1;
// namespace tools (Codex's `multi_agent_v1`) flatten to `<namespace>__<name>`; custom (freeform)
// tools become a function with one string argument `input`. Hosted tools (web_search,
// file_search, ...) run inside OpenAI and no translated target can run them: offered ones are
// dropped and reported, forced ones are a 400.

const NAME = /^[a-zA-Z0-9_.:-]{1,128}$/;
const functionTool = z.object({
  type: z.literal('function'),
  name: z.string().regex(NAME, 'tool names are 1-128 letters, digits, _ . : -'),
  description: z.string().nullable().optional(),
  parameters: z.record(z.string(), z.unknown()).nullable().optional(),
  strict: z.boolean().nullable().optional(),
});
const customTool = z.object({
  type: z.literal('custom'),
  name: z.string().regex(NAME, 'tool names are 1-128 letters, digits, _ . : -'),
  description: z.string().nullable().optional(),
  format: z.object({ type: z.string(), syntax: z.string().optional(), definition: z.string().optional() }).passthrough().optional(),
});
const namespaceTool = z.object({
  type: z.literal('namespace'),
  name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'namespace names are 1-64 letters, digits, _ -'),
  description: z.string().nullable().optional(),
  tools: z.array(z.record(z.string(), z.unknown())),
});

/** What a normalized tool name stands for on the Responses side. */
interface ToolRef {
  name: string;
  namespace?: string;
  custom: boolean;
}

export class ToolMap {
  readonly #byFlat = new Map<string, ToolRef>();

  add(flat: string, ref: ToolRef): void {
    this.#byFlat.set(flat, ref);
  }

  /** The Responses identity of a tool the model called (unknown names are plain functions). */
  ref(flat: string): ToolRef {
    return this.#byFlat.get(flat) ?? { name: flat, custom: false };
  }

  /** The normalized name for a call item coming back in `input` (namespace + name). */
  static flat(name: string, namespace?: string | null): string {
    return namespace ? `${namespace}__${name}` : name;
  }
}

interface ConvertedTools {
  tools: ToolDefinition[];
  map: ToolMap;
  /** Indexes of hosted tools that were dropped, with their type. */
  hosted: { path: string; type: string }[];
}

function customAsFunction(flat: string, t: z.infer<typeof customTool>): ToolDefinition {
  const fmt = t.format;
  const grammar = fmt && fmt.type === 'grammar' && fmt.definition ? `\nThe input must follow this ${fmt.syntax ?? ''} grammar:\n${fmt.definition}` : '';
  return {
    type: 'function',
    function: {
      name: flat,
      description: `${t.description ?? ''}${grammar}`.trim() || undefined,
      parameters: { type: 'object', properties: { input: { type: 'string', description: 'the raw input of this freeform tool' } }, required: ['input'], additionalProperties: false },
    },
  };
}

function convertOne(raw: Record<string, unknown>, at: string, out: ConvertedTools, namespace?: string): void {
  if (raw.type === 'function') {
    const t = parseAt(functionTool, raw, at);
    const flat = ToolMap.flat(t.name, namespace);
    out.tools.push({
      type: 'function',
      function: { name: flat, ...(t.description ? { description: t.description } : {}), ...(t.parameters ? { parameters: t.parameters } : {}), ...(t.strict != null ? { strict: t.strict } : {}) },
    });
    out.map.add(flat, { name: t.name, namespace, custom: false });
  } else if (raw.type === 'custom') {
    const t = parseAt(customTool, raw, at);
    const flat = ToolMap.flat(t.name, namespace);
    out.tools.push(customAsFunction(flat, t));
    out.map.add(flat, { name: t.name, namespace, custom: true });
  } else if (raw.type === 'namespace' && !namespace) {
    const t = parseAt(namespaceTool, raw, at);
    t.tools.forEach((inner, j) => convertOne(inner, `${at}.tools[${j}]`, out, t.name));
  } else if (typeof raw.type === 'string' && !namespace) {
    out.hosted.push({ path: at, type: raw.type });
  } else {
    throw new InvalidRequestError(`${at}.type: unsupported tool type ${JSON.stringify(raw.type)}`, `${at}.type`);
  }
}

export function convertTools(tools: Record<string, unknown>[] | null | undefined): ConvertedTools {
  const out: ConvertedTools = { tools: [], map: new ToolMap(), hosted: [] };
  (tools ?? []).forEach((t, i) => convertOne(t, `tools[${i}]`, out));
  return out;
}

const allowedTools = z.object({
  type: z.literal('allowed_tools'),
  mode: z.enum(['auto', 'required']),
  tools: z.array(z.object({ type: z.string(), name: z.string().optional() }).passthrough()),
});
const namedChoice = z.object({ type: z.enum(['function', 'custom']), name: z.string().min(1), namespace: z.string().optional() }).passthrough();

/** tool_choice -> normalized choice; `allowed_tools` narrows `converted.tools` in place. */
export function convertToolChoice(choice: unknown, converted: ConvertedTools): ToolChoice | undefined {
  if (choice == null) return undefined;
  if (typeof choice === 'string') return choice as ToolChoice;
  const type = (choice as { type?: unknown }).type;
  if (type === 'function' || type === 'custom') {
    const c = parseAt(namedChoice, choice, 'tool_choice');
    const flat = ToolMap.flat(c.name, c.namespace);
    if (!converted.tools.some((t) => t.function.name === flat)) {
      throw new InvalidRequestError(`tool_choice: no ${type} tool named "${c.name}" in tools`, 'tool_choice.name');
    }
    return { type: 'function', function: { name: flat } };
  }
  if (type === 'allowed_tools') {
    const c = parseAt(allowedTools, choice, 'tool_choice');
    const hosted = c.tools.find((t) => t.type !== 'function' && t.type !== 'custom');
    if (hosted && c.mode === 'required' && c.tools.every((t) => t.type !== 'function' && t.type !== 'custom')) {
      throw new TranslationRefusal(`tool_choice.tools: hosted tool "${hosted.type}" runs only on OpenAI's own Responses API, which this route does not reach`, 'tool_choice.tools');
    }
    const allowed = new Set(c.tools.filter((t) => t.name).map((t) => ToolMap.flat(t.name!, (t as { namespace?: string }).namespace)));
    converted.tools = converted.tools.filter((t) => allowed.has(t.function.name));
    return c.mode;
  }
  throw new TranslationRefusal(
    `tool_choice: hosted tool "${String(type)}" runs only on OpenAI's own Responses API, which this route does not reach; offer function tools instead`,
    'tool_choice',
  );
}
