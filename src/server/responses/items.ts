import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { ChatMessage, ContentPart, ToolCall } from '../../core/types.js';
import { parseAt } from './schema.js';
import { ToolMap } from './tools.js';
import { TranslationRefusal, type Refusals } from './refusal.js';

// Responses input items -> normalized chat messages. Used for the request's `input` and for the
// stored items of earlier responses in a `previous_response_id` chain. What has no normalized
// equivalent is reported in `dropped` (never silently lost); what would change the meaning of the
// conversation if dropped (files we cannot read, references we cannot resolve) is a
// TranslationRefusal: a 400 when a target must translate, collected rather than thrown so a target
// that speaks Responses natively still gets the request.

export type Item = Record<string, unknown>;

const textPart = z.object({ type: z.enum(['input_text', 'output_text', 'text', 'summary_text', 'reasoning_text']), text: z.string() }).passthrough();
const imagePart = z
  .object({ type: z.literal('input_image'), image_url: z.string().nullable().optional(), file_id: z.string().nullable().optional(), detail: z.enum(['auto', 'low', 'high', 'original']).optional() })
  .passthrough();
const filePart = z
  .object({ type: z.literal('input_file'), file_data: z.string().optional(), filename: z.string().optional(), file_url: z.string().optional(), file_id: z.string().nullable().optional() })
  .passthrough();
const refusalPart = z.object({ type: z.literal('refusal'), refusal: z.string() }).passthrough();
const messageItem = z
  .object({
    type: z.literal('message').optional(),
    role: z.enum(['user', 'assistant', 'system', 'developer']),
    content: z.union([z.string(), z.array(z.record(z.string(), z.unknown()))]),
  })
  .passthrough();
const functionCall = z
  .object({ type: z.literal('function_call'), call_id: z.string().min(1), name: z.string().min(1), arguments: z.string(), namespace: z.string().nullable().optional() })
  .passthrough();
const customCall = z
  .object({ type: z.literal('custom_tool_call'), call_id: z.string().min(1), name: z.string().min(1), input: z.string(), namespace: z.string().nullable().optional() })
  .passthrough();
const callOutput = z
  .object({ type: z.enum(['function_call_output', 'custom_tool_call_output']), call_id: z.string().min(1), output: z.union([z.string(), z.array(z.record(z.string(), z.unknown()))]) })
  .passthrough();

// Items produced by OpenAI's hosted tools: the calls happened upstream and have no normalized form.
const HOSTED_CALL_ITEMS = new Set([
  'web_search_call', 'file_search_call', 'computer_call', 'computer_call_output', 'code_interpreter_call', 'image_generation_call',
  'local_shell_call', 'local_shell_call_output', 'shell_call', 'shell_call_output', 'apply_patch_call', 'apply_patch_call_output',
  'mcp_list_tools', 'mcp_approval_request', 'mcp_approval_response', 'mcp_call', 'tool_search_call', 'tool_search_output', 'compaction',
]);

const TEXT_FILE = /\.(txt|md|markdown|csv|tsv|json|jsonl|ya?ml|xml|html?|css|js|mjs|cjs|ts|tsx|jsx|py|rb|go|rs|java|kt|c|h|cc|cpp|hpp|cs|sh|sql|toml|ini|log)$/i;

/** A file part as text, when it is text; otherwise a 400 naming it (a PDF cannot be summarized away). */
function fileText(raw: Item, at: string): string {
  const f = parseAt(filePart, raw, at);
  const data = f.file_data ? /^data:([^;,]*)(;base64)?,(.*)$/s.exec(f.file_data) : null;
  const mime = data?.[1] ?? '';
  const isText = mime.startsWith('text/') || /json|xml|yaml|javascript/.test(mime) || (!!f.filename && TEXT_FILE.test(f.filename));
  if (!data || !isText) {
    throw new TranslationRefusal(
      `${at}: input_file is supported only as inline text (file_data as a data: URL of a text file); file_id, file_url and binary files such as PDFs cannot be translated for this route`,
      at,
    );
  }
  const text = data[2] ? Buffer.from(data[3], 'base64').toString('utf8') : decodeURIComponent(data[3]);
  return `<file name="${f.filename ?? 'file'}">\n${text}\n</file>`;
}

function refuse(err: TranslationRefusal, refusals: Refusals): void {
  if (!refusals) throw err;
  refusals.push(err);
}

function contentParts(content: string | Item[], at: string, refusals: Refusals): ContentPart[] | string {
  if (typeof content === 'string') return content;
  const parts: ContentPart[] = [];
  content.forEach((p, j) => {
    const path = `${at}.content[${j}]`;
    if (p.type === 'input_image') {
      const img = parseAt(imagePart, p, path);
      if (!img.image_url) {
        refuse(new TranslationRefusal(`${path}.image_url: images are supported as URLs or data: URLs; file_id needs OpenAI's file store`, `${path}.image_url`), refusals);
        parts.push({ type: 'text', text: '[input_image]' });
        return;
      }
      const detail = img.detail === 'original' ? 'high' : img.detail;
      parts.push({ type: 'image_url', image_url: { url: img.image_url, ...(detail ? { detail } : {}) } });
    } else if (p.type === 'input_file') {
      let text = '[input_file]';
      try {
        text = fileText(p, path);
      } catch (err) {
        if (!(err instanceof TranslationRefusal)) throw err;
        refuse(err, refusals);
      }
      parts.push({ type: 'text', text });
    } else if (p.type === 'refusal') parts.push({ type: 'text', text: parseAt(refusalPart, p, path).refusal });
    else parts.push({ type: 'text', text: parseAt(textPart, p, path).text });
  });
  return parts.every((p) => p.type === 'text') ? parts.map((p) => (p as { text: string }).text).join('') : parts;
}

/**
 * Appends the messages for `items` to `out`. Consecutive function calls (and the assistant text
 * before them) merge into one assistant message, as Chat Completions requires.
 */
export function itemsToMessages(items: Item[], at: (i: number) => string, out: ChatMessage[], dropped: Set<string>, refusals?: Refusals): void {
  items.forEach((item, i) => {
    const path = at(i);
    const type = item.type ?? 'message';
    if (type === 'message') {
      const m = parseAt(messageItem, item, path);
      const content = contentParts(m.content, path, refusals);
      if (m.role === 'assistant') out.push({ role: 'assistant', content: typeof content === 'string' ? content : content.map((p) => (p.type === 'text' ? p.text : '')).join('') });
      else out.push({ role: m.role, content });
    } else if (type === 'function_call' || type === 'custom_tool_call') {
      const call: ToolCall =
        type === 'function_call'
          ? (() => {
              const c = parseAt(functionCall, item, path);
              return { id: c.call_id, type: 'function', function: { name: ToolMap.flat(c.name, c.namespace), arguments: c.arguments } };
            })()
          : (() => {
              const c = parseAt(customCall, item, path);
              return { id: c.call_id, type: 'function', function: { name: ToolMap.flat(c.name, c.namespace), arguments: JSON.stringify({ input: c.input }) } };
            })();
      const last = out[out.length - 1];
      if (last?.role === 'assistant') (last.tool_calls ??= []).push(call);
      else out.push({ role: 'assistant', content: null, tool_calls: [call] });
    } else if (type === 'function_call_output' || type === 'custom_tool_call_output') {
      const o = parseAt(callOutput, item, path);
      out.push({ role: 'tool', tool_call_id: o.call_id, content: contentParts(o.output, path, refusals) });
    } else if (type === 'reasoning') {
      dropped.add(`${path}=reasoning`);
    } else if (typeof type === 'string' && HOSTED_CALL_ITEMS.has(type)) {
      dropped.add(`${path}=${type}`);
    } else if (type === 'item_reference') {
      refuse(new TranslationRefusal(`${path}: item_reference is not supported when translating; send the item itself or use previous_response_id`, `${path}.type`), refusals);
    } else {
      throw new InvalidRequestError(`${path}.type: unsupported input item type ${JSON.stringify(type)}`, `${path}.type`);
    }
  });
}

const ID_PREFIX: Record<string, string> = { message: 'msg', function_call: 'fc', function_call_output: 'fco', custom_tool_call: 'ctc', custom_tool_call_output: 'ctco', reasoning: 'rs' };

/** The request's input as stored items: a string becomes a user message; every item gets an id. */
export function inputItems(input: string | Item[] | undefined): Item[] {
  if (input === undefined) return [];
  const items: Item[] = typeof input === 'string' ? [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: input }] }] : input;
  return items.map((it) => {
    const type = String(it.type ?? 'message');
    const withType = it.type ? it : { type, ...it };
    return typeof it.id === 'string' && it.id ? withType : { id: `${ID_PREFIX[type] ?? 'item'}_${hex()}`, ...withType };
  });
}

export function hex(): string {
  return newId().replace(/-/g, '');
}
