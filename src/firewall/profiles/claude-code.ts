import { finding } from '../rules/finding.js';
import { skillInputs } from './skill.js';
import { command, deferredPrompt, fetchesUrl, fileEdit, listsPath, nothing, readsPath, searches, searchesFiles, writesFile } from './extract.js';
import { obj, p, PATHS, str, strs, type ToolProfile } from './types.js';

// Claude Code's own tools (current names; see sdk-tools.d.ts in @anthropic-ai/claude-code).
// Its bookkeeping tools (todos, plans, questions, tasks, tool search) change nothing outside the
// session and run at once; Bash, file edits, fetches and delegated prompts are judged by content.

const C = 'claude_code' as const;
const read = (label: string, extract = nothing) => p(C, 'read', 'read_only', label, { extract, path_args: PATHS });
const stopsTask = (label: string) => p(C, 'process', 'local_edit', label, {
  base_risk: 0.05,
  extract: (a) => {
    const id = str(a, 'shell_id', 'task_id', 'bash_id') ?? '';
    return /(^|[^a-z])(prod|production|migrat\w*|deploy\w*|backup|restore)([^a-z]|$)/i.test(id) ? { findings: [finding(0.65, 'local_edit', false, 'process_control', `stops "${id}" midway (a deploy, migration or backup left half done)`)] } : {};
  },
});
const session = (label: string) => p(C, 'generic', 'read_only', label, { base_risk: 0.01, extract: nothing });

const subAgent = p(C, 'delegate', 'local_edit', 'starts a sub-agent', {
  base_risk: 0.05,
  extract: (a) => {
    const prompt = [str(a, 'description'), str(a, 'prompt')].filter(Boolean).join('\n');
    const mode = str(a, 'mode');
    return {
      deferred: prompt ? [{ via: 'a sub-agent', prompt }] : [],
      findings: mode === 'bypassPermissions' ? [finding(0.9, 'critical', false, 'safety_tampering', 'starts a sub-agent with permissions bypassed')] : [],
    };
  },
});

export const CLAUDE_CODE: Record<string, ToolProfile> = {
  Bash: p(C, 'shell', 'local_edit', 'runs a shell command', {
    command_arg: 'command',
    base_risk: 0.05,
    extract: (a) => ({
      ...command('command')(a),
      findings: a.dangerouslyDisableSandbox === true ? [finding(0.3, 'local_edit', true, 'sandbox', 'runs outside the sandbox')] : [],
    }),
  }),
  BashOutput: session('reads background shell output'),
  TaskOutput: session('reads background task output'),
  KillShell: stopsTask('stops a background shell'),
  KillBash: stopsTask('stops a background shell'),
  TaskStop: stopsTask('stops a background task'),
  Read: read('reads a file', readsPath('file_path', 'path')),
  NotebookRead: read('reads a notebook', readsPath('notebook_path', 'file_path')),
  Glob: read('lists files', listsPath('path')),
  // Grep lists matching files unless asked for their lines.
  Grep: read('searches files', searchesFiles((a) => str(a, 'output_mode') === 'content')),
  LS: read('lists a directory', listsPath('path')),
  Write: p(C, 'write', 'local_edit', 'writes a file', { path_args: PATHS, base_risk: 0.05, extract: writesFile }),
  Edit: p(C, 'write', 'local_edit', 'edits a file', { path_args: PATHS, base_risk: 0.05, extract: writesFile }),
  MultiEdit: p(C, 'write', 'local_edit', 'edits a file', { path_args: PATHS, base_risk: 0.05, extract: writesFile }),
  NotebookEdit: p(C, 'write', 'local_edit', 'edits a notebook', { path_args: PATHS, base_risk: 0.05, extract: (a) => ({ writes: fileEdit(a, ['notebook_path', 'file_path']) }) }),
  WebFetch: p(C, 'web', 'read_only', 'fetches a URL', {
    base_risk: 0.05,
    extract: (a) => {
      const out = fetchesUrl(a);
      // Fetching a page to obey it hands control to whoever wrote the page.
      if (/\b(follow|obey|execute|carry out|do (exactly )?what)\b[^.]{0,40}\b(instructions?|steps|commands?|it says|the page says)\b/i.test(str(a, 'prompt') ?? '')) {
        out.findings = [finding(0.65, 'external', false, 'prompt_injection', 'fetches a page in order to follow its instructions')];
      }
      return out;
    },
  }),
  WebSearch: p(C, 'web', 'read_only', 'searches the web', { base_risk: 0.03, extract: searches }),
  Task: subAgent,
  Agent: subAgent,
  SendMessage: p(C, 'delegate', 'local_edit', 'messages another agent of this session', {
    base_risk: 0.05,
    extract: (a) => {
      const m = a.message;
      const text = typeof m === 'string' ? m : JSON.stringify(m ?? '');
      return { deferred: [{ via: `agent ${str(a, 'to') ?? ''}`.trim(), prompt: [str(a, 'summary'), text].filter(Boolean).join('\n') }] };
    },
  }),
  TodoWrite: session('updates the task list'),
  TodoRead: session('reads the task list'),
  // Language-server queries (hover, definitions, references, diagnostics) read the code.
  LSP: session('queries the language server'),
  TaskCreate: session('adds a task to the list'),
  TaskGet: session('reads a task'),
  TaskUpdate: session('updates a task'),
  TaskList: session('lists tasks'),
  ExitPlanMode: session('leaves plan mode'),
  EnterPlanMode: session('enters plan mode'),
  AskUserQuestion: session('asks the user a question'),
  ToolSearch: session('searches the available tools'),
  Skill: p(C, 'read', 'read_only', 'loads a skill', { base_risk: 0.03, extract: skillInputs }),
  SlashCommand: p(C, 'generic', 'local_edit', 'runs a slash command', { base_risk: 0.2, confidence: 0.6, extract: nothing }),
  ListMcpResources: session('lists MCP resources'),
  ListMcpResourcesTool: session('lists MCP resources'),
  ReadMcpResource: read('reads an MCP resource', nothing),
  ReadMcpResourceTool: read('reads an MCP resource', nothing),
  ReadMcpResourceDir: read('lists an MCP resource directory', nothing),
  RefreshMcpTools: session('refreshes MCP tool lists'),
  ReportFindings: session('reports review findings'),
  ReadNotifications: session('reads notifications'),
  ProposeSkills: session('proposes skills'),
  ProposeGoal: session('proposes a goal'),
  OfferChromeSetup: session('offers browser setup'),
  ShowOnboardingRolePicker: session('shows onboarding'),
  EnterWorktree: p(C, 'generic', 'local_edit', 'enters a git worktree', { base_risk: 0.03, extract: nothing }),
  ExitWorktree: p(C, 'generic', 'local_edit', 'leaves a git worktree', { base_risk: 0.03, extract: nothing }),
  PushNotification: p(C, 'generic', 'local_edit', "notifies the user's own device", { base_risk: 0.03, extract: (a) => ({ texts: strs(a, 'message', 'title', 'body') }) }),
  SendFeedback: p(C, 'generic', 'external', 'sends product feedback to Anthropic', { base_risk: 0.1, extract: (a) => ({ texts: strs(a, 'details', 'title') }) }),
  CronList: session('lists scheduled prompts'),
  CronDelete: p(C, 'schedule', 'local_edit', 'removes one of its scheduled prompts', { base_risk: 0.05, extract: nothing }),
  CronCreate: p(C, 'schedule', 'local_edit', 'schedules a prompt', { base_risk: 0.08, extract: deferredPrompt('a scheduled prompt', 'prompt') }),
  ScheduleWakeup: p(C, 'schedule', 'local_edit', 'schedules its own wake-up', { base_risk: 0.03, extract: (a) => (a.stop === true ? {} : deferredPrompt('a scheduled wake-up', 'prompt')(a)) }),
  RemoteTrigger: p(C, 'schedule', 'external', 'manages remote triggers', {
    base_risk: 0.1,
    extract: (a) => {
      const action = str(a, 'action') ?? '';
      if (/^(list|get|list_runs|get_run_log)$/.test(action)) return { profile: session('reads remote triggers') };
      const body = obj(a.body);
      return { deferred: [{ via: 'a remote trigger', prompt: str(body, 'prompt', 'instructions', 'message') ?? JSON.stringify(body) }] };
    },
  }),
  Monitor: p(C, 'shell', 'local_edit', 'watches a command or socket', {
    base_risk: 0.03,
    extract: (a) => ({ commands: strs(a, 'command'), urls: strs(obj(a.ws), 'url') }),
  }),
  Workflow: p(C, 'delegate', 'local_edit', 'runs a multi-agent workflow', {
    base_risk: 0.08,
    extract: (a) => ({ deferred: [{ via: 'a workflow', prompt: [str(a, 'script'), JSON.stringify(a.args ?? '')].filter(Boolean).join('\n') }] }),
  }),
  Projects: p(C, 'generic', 'local_edit', 'reads or writes project documents', {
    base_risk: 0.05,
    extract: (a) => {
      const m = str(a, 'method') ?? '';
      if (m === 'project_delete') return { profile: p(C, 'generic', 'local_edit', 'deletes a project document', { base_risk: 0.45, reversible: false, confidence: 0.8 }) };
      if (m === 'project_write') return { writes: [{ path: str(a, 'path') ?? 'project doc', op: 'write', content: str(a, 'content') }], reads: strs(a, 'local_path') };
      return { texts: strs(a, 'query') };
    },
  }),
};
