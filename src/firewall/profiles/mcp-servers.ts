import { finding } from '../rules/finding.js';
import { judgeStopAsking } from '../rules/tampering.js';
import { judgeRememberedSecret } from '../rules/remembered-secret.js';
import { fetchesUrl, fileEdit, nothing, outboundOf, searches } from './extract.js';
import { obj, p, str, strs, type Extractor, type ToolProfile } from './types.js';
import { argStrings } from '../arg-strings.js';
import { runsPageScript } from './page-script.js';

/** The id of a shared file, as the attachment it is. */
const attachedFile = (id: string | undefined) => (id ? { attachments: [id] } : {});

/** What the knowledge graph is told to remember can tell the agent to stop asking from now on. */
const remembered: Extractor = (a) => {
  const text = argStrings(a).join('\n');
  return { findings: [...judgeStopAsking(text, 'memory entry'), ...judgeRememberedSecret(text)] };
};

// Common MCP servers, keyed by server and tool name as Claude Code spells them
// (mcp__<server>__<tool>) and by bare tool name for proxies that only see the tool.
// Servers: github, gitlab, slack, filesystem, postgres, sqlite, playwright, puppeteer, fetch, git,
// memory, brave-search, gmail, google-drive, time, sequential-thinking.

const M = 'mcp' as const;
const read = (label: string, extract: Extractor = nothing) => p(M, 'read', 'read_only', label, { base_risk: 0.03, extract });
const sendsText = (label: string, extra: Partial<ToolProfile> = {}) => p(M, 'message', 'external', label, { outbound: true, reversible: false, base_risk: 0.2, extract: (a) => ({ outbound: outboundOf(a) }), ...extra });

const typed: Extractor = (a) => {
  const fields = Array.isArray(a.fields) ? a.fields.map(obj) : [];
  const text = [str(a, 'text', 'value'), ...fields.map((f) => `${str(f, 'name') ?? ''}: ${str(f, 'value') ?? ''}`)].filter(Boolean).join('\n');
  return { outbound: { text }, ...(a.submit === true ? { findings: [finding(0.3, 'external', false, 'network_send', 'submits the form')] } : {}) };
};

const sql = (where: string): Extractor => (a) => ({ sql: strs(a, 'sql', 'query', 'statement').map((s) => ({ sql: s, where })) });

const githubWrite = (label: string): ToolProfile => p(M, 'generic', 'external', label, { base_risk: 0.15, extract: (a) => ({ texts: strs(a, 'title', 'body') }) });
const githubPublish = (label: string): ToolProfile => p(M, 'message', 'external', label, { base_risk: 0.15, outbound: true, reversible: false, extract: (a) => ({ outbound: outboundOf(a, ['body', 'title', 'description']) }) });

export const MCP_SERVERS: Record<string, ToolProfile> = {
  // github
  'github/create_issue': githubPublish('opens a GitHub issue'),
  'github/add_issue_comment': githubPublish('comments on GitHub'),
  'github/create_pull_request': githubPublish('opens a pull request'),
  'github/create_pull_request_review': githubPublish('reviews a pull request'),
  'github/update_issue': githubWrite('updates a GitHub issue'),
  'github/create_branch': githubWrite('creates a branch'),
  'github/fork_repository': githubWrite('forks a repository'),
  'github/create_repository': githubWrite('creates a repository'),
  'github/create_or_update_file': p(M, 'write', 'external', 'commits a file to GitHub', {
    base_risk: 0.2,
    extract: (a) => ({ writes: fileEdit({ path: str(a, 'path'), content: str(a, 'content') }, ['path']), outbound: { text: strs(a, 'content', 'message').join('\n') } }),
  }),
  'github/push_files': p(M, 'write', 'external', 'pushes files to GitHub', {
    base_risk: 0.2,
    extract: (a) => {
      const files = Array.isArray(a.files) ? a.files.map(obj) : [];
      return { writes: files.map((f) => ({ path: str(f, 'path') ?? '', op: 'write' as const, content: str(f, 'content') })), outbound: { text: files.map((f) => str(f, 'content') ?? '').join('\n') } };
    },
  }),
  'github/create_gist': p(M, 'message', 'external', 'publishes a gist', {
    base_risk: 0.2, outbound: true, reversible: false,
    extract: (a) => ({ outbound: outboundOf(a, ['description', 'content']), findings: a.public === true ? [finding(0.3, 'external', false, 'publish', 'the gist is public')] : [] }),
  }),
  'github/merge_pull_request': p(M, 'generic', 'external', 'merges a pull request into its base branch', { base_risk: 0.62, reversible: false, extract: nothing }),
  // gitlab: its tools mirror GitHub's; a merge request is GitLab's pull request.
  'gitlab/create_issue': githubPublish('opens a GitLab issue'),
  'gitlab/create_merge_request': githubPublish('opens a merge request'),
  'gitlab/create_branch': githubWrite('creates a branch'),
  'gitlab/fork_repository': githubWrite('forks a repository'),
  'gitlab/create_repository': githubWrite('creates a repository'),
  'github/update_branch_protection': p(M, 'generic', 'critical', 'changes branch protection', { base_risk: 0.85, reversible: false, extract: nothing }),
  // slack
  'slack/slack_post_message': sendsText('posts to Slack'),
  'slack/slack_reply_to_thread': sendsText('replies in Slack'),
  'slack/slack_add_reaction': p(M, 'generic', 'external', 'reacts in Slack', { base_risk: 0.05, extract: nothing }),
  // gmail and google drive
  'gmail/send_email': sendsText('sends an email'),
  'gmail/draft_email': p(M, 'generic', 'local_edit', 'drafts an email', { base_risk: 0.05, extract: (a) => ({ texts: strs(a, 'body', 'subject') }) }),
  'google_drive/share_file': p(M, 'generic', 'external', 'shares a file', {
    base_risk: 0.35, reversible: true,
    extract: (a) => (/^(anyone|domain)$/.test(str(a, 'type') ?? '') || str(a, 'role') === 'owner'
      ? { findings: [finding(0.8, 'critical', false, 'access_control', `shares the file with ${str(a, 'type') === 'anyone' ? 'anyone with the link' : str(a, 'type')}${str(a, 'role') ? ` as ${str(a, 'role')}` : ''}`)] }
      // The shared file is an attachment named by its id: what its name or the conversation says it holds goes to the recipient.
      // The note sent with the share goes to the recipient too ("Debtor list with phone and ID codes").
      : { outbound: { text: strs(a, 'emailMessage', 'message').join('\n'), recipient: str(a, 'emailAddress', 'email'), ...attachedFile(str(a, 'fileId', 'file_id')) } }),
  }),
  // filesystem (modelcontextprotocol/servers)
  'filesystem/read_file': read('reads a file', (a) => ({ reads: strs(a, 'path') })),
  'filesystem/read_text_file': read('reads a file', (a) => ({ reads: strs(a, 'path') })),
  'filesystem/read_media_file': read('reads a file', (a) => ({ reads: strs(a, 'path') })),
  'filesystem/read_multiple_files': read('reads files', (a) => ({ reads: strs(a, 'paths') })),
  'filesystem/list_directory': read('lists a directory', (a) => ({ lists: strs(a, 'path') })),
  'filesystem/list_directory_with_sizes': read('lists a directory', (a) => ({ lists: strs(a, 'path') })),
  'filesystem/directory_tree': read('lists a tree', (a) => ({ lists: strs(a, 'path') })),
  'filesystem/search_files': read('searches files', (a) => ({ lists: strs(a, 'path') })),
  'filesystem/get_file_info': read('reads file info', (a) => ({ lists: strs(a, 'path') })),
  'filesystem/list_allowed_directories': read('lists allowed directories'),
  'filesystem/write_file': p(M, 'write', 'local_edit', 'writes a file', { base_risk: 0.05, extract: (a) => ({ writes: fileEdit(a, ['path']) }) }),
  'filesystem/edit_file': p(M, 'write', 'local_edit', 'edits a file', { base_risk: 0.05, extract: (a) => ({ writes: fileEdit(a, ['path']) }) }),
  'filesystem/create_directory': p(M, 'write', 'local_edit', 'creates a directory', { base_risk: 0.03, extract: (a) => ({ writes: [{ path: str(a, 'path') ?? '', op: 'write' }] }) }),
  'filesystem/move_file': p(M, 'write', 'local_edit', 'moves a file', { base_risk: 0.1, extract: (a) => ({ writes: [{ path: str(a, 'source') ?? '', op: 'move' }, { path: str(a, 'destination') ?? '', op: 'write' }] }) }),
  // databases
  'postgres/query': p(M, 'read', 'read_only', 'runs SQL', { base_risk: 0.03, extract: sql('postgres') }),
  'postgres/execute_sql': p(M, 'generic', 'external', 'runs SQL', { base_risk: 0.03, extract: sql('postgres') }),
  'sqlite/read_query': p(M, 'read', 'read_only', 'runs SQL', { base_risk: 0.02, extract: sql('sqlite .db') }),
  'sqlite/write_query': p(M, 'generic', 'local_edit', 'runs SQL', { base_risk: 0.05, extract: sql('sqlite .db') }),
  'sqlite/create_table': p(M, 'generic', 'local_edit', 'creates a table', { base_risk: 0.05, extract: sql('sqlite .db') }),
  // browsers
  'playwright/browser_navigate': p(M, 'browser', 'read_only', 'opens a page', { base_risk: 0.03, extract: fetchesUrl }),
  'playwright/browser_click': p(M, 'browser', 'external', 'clicks on a page', { base_risk: 0.05, extract: nothing }),
  'playwright/browser_type': p(M, 'browser', 'external', 'types into a page', { base_risk: 0.08, extract: typed }),
  'playwright/browser_fill_form': p(M, 'browser', 'external', 'fills a form', { base_risk: 0.08, extract: typed }),
  'playwright/browser_select_option': p(M, 'browser', 'external', 'selects an option', { base_risk: 0.05, extract: nothing }),
  // Scripts run in the page (chrome-devtools' evaluate_script too: its server reads as playwright).
  'playwright/browser_evaluate': runsPageScript(M, 'function', 'script'),
  'playwright/evaluate_script': runsPageScript(M, 'function', 'script'),
  'playwright/browser_run_code': runsPageScript(M, 'code'),
  'playwright/browser_file_upload': p(M, 'browser', 'external', 'uploads files to a page', { base_risk: 0.3, reversible: false, extract: (a) => ({ reads: strs(a, 'paths'), outbound: { text: '', attachments: strs(a, 'paths') } }) }),
  'playwright/browser_press_key': p(M, 'browser', 'external', 'presses a key', { base_risk: 0.05, extract: nothing }),
  'puppeteer/puppeteer_navigate': p(M, 'browser', 'read_only', 'opens a page', { base_risk: 0.03, extract: fetchesUrl }),
  'puppeteer/puppeteer_click': p(M, 'browser', 'external', 'clicks on a page', { base_risk: 0.05, extract: nothing }),
  'puppeteer/puppeteer_fill': p(M, 'browser', 'external', 'types into a page', { base_risk: 0.08, extract: typed }),
  'puppeteer/puppeteer_evaluate': runsPageScript(M, 'script'),
  // fetch, search, git, memory, utilities
  'fetch/fetch': p(M, 'web', 'read_only', 'fetches a URL', { base_risk: 0.03, extract: fetchesUrl }),
  'brave-search/brave_web_search': read('searches the web', searches),
  'brave-search/brave_local_search': read('searches the web', searches),
  'git/git_reset': p(M, 'generic', 'local_edit', 'unstages changes', { base_risk: 0.1, extract: nothing }),
  'git/git_commit': p(M, 'generic', 'local_edit', 'commits', { base_risk: 0.03, extract: nothing }),
  'git/git_add': p(M, 'generic', 'local_edit', 'stages files', { base_risk: 0.02, extract: nothing }),
  'git/git_create_branch': p(M, 'generic', 'local_edit', 'creates a branch', { base_risk: 0.02, extract: nothing }),
  'git/git_checkout': p(M, 'generic', 'local_edit', 'switches branch', { base_risk: 0.05, extract: nothing }),
  'memory/create_entities': p(M, 'generic', 'local_edit', 'adds to the knowledge graph', { base_risk: 0.02, extract: remembered }),
  'memory/add_observations': p(M, 'generic', 'local_edit', 'adds to the knowledge graph', { base_risk: 0.02, extract: remembered }),
  'memory/create_relations': p(M, 'generic', 'local_edit', 'adds to the knowledge graph', { base_risk: 0.02, extract: nothing }),
  'sequential-thinking/sequentialthinking': read('thinks step by step'),
  'time/get_current_time': read('reads the time'),
  'time/convert_time': read('converts a time'),
};

/** Server names as spelled in tool prefixes differ (google_drive, gdrive, server-github...). */
export function serverKey(server: string): string {
  const s = server.toLowerCase().replace(/^(mcp[-_]?)?(server[-_])?/, '').replace(/[-_]?(mcp|server)$/, '');
  if (/^(gdrive|google[-_]?drive|drive)$/.test(s)) return 'google_drive';
  if (/^(gmail|google[-_]?mail)$/.test(s)) return 'gmail';
  if (/^(fs|files?|filesystem)$/.test(s)) return 'filesystem';
  if (/^(pg|postgres(ql)?|supabase|neon)$/.test(s)) return 'postgres';
  if (/^(playwright|browser|chrome-devtools)$/.test(s)) return 'playwright';
  if (/^brave/.test(s)) return 'brave-search';
  return s;
}

export function mcpServerProfile(server: string, tool: string): ToolProfile | undefined {
  const key = `${serverKey(server)}/${tool}`;
  return Object.hasOwn(MCP_SERVERS, key) ? MCP_SERVERS[key] : undefined;
}

/** Bare tool names that start with their server's name are unambiguous: `slack_post_message`. */
const BY_NAMED_TOOL = new Map<string, ToolProfile>();
for (const [key, profile] of Object.entries(MCP_SERVERS)) {
  const [server, tool] = key.split('/');
  if (tool.startsWith(`${server.split(/[-_]/)[0]}_`)) BY_NAMED_TOOL.set(tool, profile);
}

export function namedServerProfile(tool: string): ToolProfile | undefined {
  return BY_NAMED_TOOL.get(tool);
}
