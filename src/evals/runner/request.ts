import type { ChatMessage, ChatRequest, ToolDefinition } from '../../core/types.js';
import type { ContenderSpec } from '../schema/eval-file.js';
import type { EvalItem } from '../types.js';

/** Replaces {{name}} with vars[name]; an unknown variable is an error, not an empty string. */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`template variable {{${name}}} has no value (known: ${Object.keys(vars).join(', ') || 'none'})`);
    return vars[name];
  });
}

/** The request one contender gets for one item. */
export function buildRequest(contender: ContenderSpec, item: EvalItem, sharedTools?: ToolDefinition[]): ChatRequest {
  const vars = { ...(contender.vars ?? {}), ...(item.vars ?? {}), ...(item.input !== undefined ? { input: item.input } : {}) };
  let messages: ChatMessage[];
  if (item.messages) {
    messages = item.messages.map((m) => ({ ...m }));
    if (contender.template) {
      const lastUser = messages.map((m) => m.role).lastIndexOf('user');
      if (lastUser >= 0 && typeof messages[lastUser].content === 'string') {
        messages[lastUser] = { ...messages[lastUser], content: renderTemplate(contender.template, { ...vars, input: messages[lastUser].content as string }) };
      }
    }
  } else {
    messages = [{ role: 'user', content: renderTemplate(contender.template ?? '{{input}}', vars) }];
  }
  if (contender.system_prompt) messages = [{ role: 'system', content: renderTemplate(contender.system_prompt, vars) }, ...messages.filter((m) => m.role !== 'system')];
  const tools = item.tools ?? sharedTools;
  return { ...(contender.params ?? {}), model: contender.route, messages, ...(tools?.length ? { tools } : {}) } as ChatRequest;
}
