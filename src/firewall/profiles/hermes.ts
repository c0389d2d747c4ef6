import { judgeStopAsking } from '../rules/tampering.js';
import { HA_CALL_SERVICE } from './home-assistant.js';
import { judgeRememberedSecret } from '../rules/remembered-secret.js';
import { command, fetchesUrl, fileEdit, nothing, outboundOf, readsPath, searches, searchesFiles } from './extract.js';
import { parseAnyPatch } from './patch-envelope.js';
import { deliveredTo } from '../rules/delivered-output.js';
import { browserCdp, browserConsole } from './page-script.js';
import { p, PATHS, str, strs, type ToolProfile } from './types.js';

// Hermes Agent's tools with their real argument shapes (tools/*.py in NousResearch/hermes-agent):
// action-style tools (send_message, cronjob, memory, process, skill_manage) are judged per action.

const H = 'hermes' as const;
const read = (label: string, extract = nothing) => p(H, 'read', 'read_only', label, { extract, path_args: PATHS });
const quiet = (label: string) => p(H, 'generic', 'read_only', label, { base_risk: 0.01, extract: nothing });
const action = (a: Record<string, unknown>) => (str(a, 'action') ?? '').toLowerCase();

const cronjob = p(H, 'schedule', 'local_edit', 'schedules agent work', {
  base_risk: 0.08,
  extract: (a) => {
    const act = action(a);
    if (act === 'list' || act === '') return a.prompt || a.script ? cronDeferred(a) : { profile: quiet('lists scheduled jobs') };
    if (act === 'remove' || act === 'pause' || act === 'resume' || act === 'resnap') return { profile: p(H, 'schedule', 'local_edit', `${act}s a scheduled job`, { base_risk: 0.1, extract: nothing }) };
    return cronDeferred(a);
  },
});

function cronDeferred(a: Record<string, unknown>) {
  const prompt = strs(a, 'prompt').join('\n');
  const script = str(a, 'script');
  // One reading of `deliver` for both uses: the job's output judged as a message to that chat, and the target's words for the crisis screen.
  const to = deliveredTo(str(a, 'deliver'));
  return {
    deferred: [{ via: 'a scheduled job', prompt: prompt || undefined, command: script && /\s/.test(script) ? script : undefined, ...(to ? { deliversTo: to } : {}) }],
    texts: to ? [`deliver to ${to}`] : [],
  };
}

export const HERMES: Record<string, ToolProfile> = {
  terminal: p(H, 'shell', 'local_edit', 'runs a shell command', { command_arg: 'command', base_risk: 0.05, extract: command('command') }),
  read_file: read('reads a file', readsPath('path', 'file_path')),
  // search_files prints matching lines unless its target is file names.
  search_files: read('searches files', searchesFiles((a) => str(a, 'target') !== 'files')),
  write_file: p(H, 'write', 'local_edit', 'writes a file', { path_args: PATHS, base_risk: 0.05, extract: (a) => ({ writes: fileEdit(a) }) }),
  patch: p(H, 'write', 'local_edit', 'edits a file', {
    path_args: PATHS,
    base_risk: 0.05,
    extract: (a) => ({ writes: str(a, 'mode') === 'patch' || (!a.path && typeof a.patch === 'string') ? parseAnyPatch(str(a, 'patch') ?? '') : fileEdit(a) }),
  }),
  execute_code: p(H, 'code', 'local_edit', 'executes code', { code_arg: 'code', base_risk: 0.1, extract: (a) => ({ code: [{ code: str(a, 'code') ?? '', language: str(a, 'language') }].filter((c) => c.code) }) }),
  process: p(H, 'process', 'local_edit', 'manages background processes', {
    base_risk: 0.05,
    extract: (a) => {
      const act = action(a);
      if (['list', 'poll', 'log', 'wait', 'status', ''].includes(act)) return { profile: quiet(`${act || 'lists'} background processes`) };
      if (act === 'write' || act === 'submit') return { commands: strs(a, 'data', 'input').map((d) => d.trim()).filter(Boolean) };
      return {};
    },
  }),
  browser_navigate: p(H, 'browser', 'read_only', 'opens a page', { base_risk: 0.03, extract: fetchesUrl }),
  browser_snapshot: quiet('reads the page'),
  browser_vision: p(H, 'browser', 'read_only', 'looks at the page', { extract: (a) => ({ texts: strs(a, 'question') }) }),
  browser_console: browserConsole(H),
  browser_cdp: browserCdp(H),
  browser_get_images: quiet('lists page images'),
  browser_scroll: quiet('scrolls the page'),
  browser_back: quiet('goes back'),
  browser_close: quiet('closes the browser'),
  browser_click: p(H, 'browser', 'external', 'clicks on a page', { base_risk: 0.1, extract: nothing }),
  browser_type: p(H, 'browser', 'external', 'types into a page', { base_risk: 0.1, extract: (a) => ({ outbound: { text: str(a, 'text') ?? '' } }) }),
  browser_press: p(H, 'browser', 'external', 'presses a key on a page', { base_risk: 0.08, extract: nothing }),
  web_search: p(H, 'web', 'read_only', 'searches the web', { base_risk: 0.03, extract: searches }),
  web_extract: p(H, 'web', 'read_only', 'fetches web pages', { base_risk: 0.05, extract: fetchesUrl }),
  send_message: p(H, 'message', 'external', 'sends a message to people', {
    outbound: true,
    reversible: false,
    base_risk: 0.2,
    content_args: ['message', 'text', 'content', 'body'],
    extract: (a) => (action(a) === 'list' ? { profile: quiet('lists message targets') } : { outbound: outboundOf(a, ['message', 'text', 'content', 'body']) }),
  }),
  text_to_speech: p(H, 'generic', 'local_edit', 'synthesizes speech', { base_risk: 0.03, extract: (a) => ({ texts: strs(a, 'text') }) }),
  cronjob,
  cronjob_manage: cronjob,
  delegate_task: p(H, 'delegate', 'local_edit', 'delegates to another agent', {
    base_risk: 0.05,
    extract: (a) => {
      const tasks = Array.isArray(a.tasks) ? a.tasks.filter((t): t is Record<string, unknown> => !!t && typeof t === 'object') : [];
      const prompts = [strs(a, 'goal', 'context').join('\n'), ...tasks.map((t) => strs(t, 'goal', 'context').join('\n'))].filter(Boolean);
      return { deferred: prompts.map((prompt) => ({ via: 'a delegated agent', prompt })) };
    },
  }),
  todo: quiet('updates the task list'),
  memory: p(H, 'generic', 'local_edit', 'updates agent memory', {
    base_risk: 0.03,
    extract: (a) => {
      const act = action(a);
      const content = strs(a, 'content', 'new_text', 'text').join('\n');
      if (act === 'remove' || act === 'read' || act === 'list') return {};
      return { texts: content ? [content] : [], findings: [...judgeStopAsking(content, 'memory entry'), ...judgeRememberedSecret(content)] };
    },
  }),
  session_search: quiet('searches past sessions'),
  clarify: quiet('asks the user a question'),
  skills_list: quiet('lists skills'),
  skill_view: quiet('reads a skill'),
  skill_manage: p(H, 'write', 'local_edit', 'creates or edits skills', {
    base_risk: 0.08,
    extract: (a) => {
      const act = action(a);
      if (act === 'delete') return { profile: p(H, 'write', 'local_edit', 'deletes a skill (user-written instructions, no undo)', { base_risk: 0.62, reversible: false, extract: nothing }) };
      const content = strs(a, 'content', 'file_content', 'new_string', 'patch').join('\n');
      // A skill is instructions the agent follows later: judged like a delegated prompt.
      return content ? { deferred: [{ via: `skill ${str(a, 'name') ?? ''}`.trim(), prompt: content }] } : {};
    },
  }),
  image_generate: p(H, 'generic', 'external', 'generates an image', { base_risk: 0.05, reversible: true, extract: nothing }),
  vision_analyze: read('analyzes an image', fetchesUrl),
  mixture_of_agents: p(H, 'generic', 'read_only', 'asks several models', { base_risk: 0.03, extract: nothing }),
  ha_list_entities: quiet('lists smart-home devices'),
  ha_get_state: quiet('reads a smart-home device'),
  ha_call_service: HA_CALL_SERVICE,
};
