import type { ToolDefinition } from '../../core/types.js';

// The tool schemas the benchmark offers, named and shaped like Hermes Agent's tools so a route
// that serves Hermes is measured on the calls it will really have to make.

const fn = (name: string, description: string, properties: Record<string, unknown>, required: string[]): ToolDefinition => ({
  type: 'function',
  function: { name, description, parameters: { type: 'object', properties, required, additionalProperties: false } },
});

const str = (description: string) => ({ type: 'string', description });

export const BENCHMARK_TOOLS: ToolDefinition[] = [
  fn('read_file', 'Read a text file and return its lines with line numbers.', { path: str('file path'), offset: { type: 'integer', minimum: 1, description: 'first line' }, limit: { type: 'integer', minimum: 1, description: 'lines to read' } }, ['path']),
  fn('write_file', 'Create or overwrite a file with the given content.', { path: str('file path'), content: str('full file content') }, ['path', 'content']),
  fn('patch', 'Edit a file by replacing an exact old string with a new string.', { path: str('file path'), old_string: str('text to replace'), new_string: str('replacement text') }, ['path', 'old_string', 'new_string']),
  fn('search_files', 'Search file contents with a regex pattern, or find files by name.', { pattern: str('regex or glob pattern'), path: str('directory to search'), target: { type: 'string', enum: ['content', 'files'] } }, ['pattern']),
  fn('terminal', 'Run a shell command in the terminal and return its output.', { command: str('shell command'), background: { type: 'boolean' }, timeout: { type: 'integer', minimum: 1 } }, ['command']),
  fn('execute_code', 'Run a Python script in a sandbox and return what it prints.', { code: str('python source code') }, ['code']),
  fn('delegate_task', 'Delegate a self-contained task to a subagent with its own context.', { goal: str('what the subagent must achieve'), context: str('background the subagent needs'), toolsets: { type: 'array', items: { type: 'string' } } }, ['goal']),
  fn('todo', 'Manage the task todo list: write the list of todos with their status.', { todos: { type: 'array', items: { type: 'object', properties: { id: str('id'), content: str('task'), status: { type: 'string', enum: ['pending', 'in_progress', 'completed'] } }, required: ['id', 'content', 'status'] } }, merge: { type: 'boolean' } }, ['todos']),
  fn('memory', 'Save, replace or remove durable memory notes about the user or environment.', { action: { type: 'string', enum: ['add', 'replace', 'remove'] }, target: { type: 'string', enum: ['memory', 'user'] }, content: str('note text'), old_text: str('text to replace or remove') }, ['action', 'target']),
  fn('skills_list', 'List the available skills, optionally in one category.', { category: str('skill category') }, []),
  fn('skill_view', 'View a skill: its SKILL.md instructions or one of its files.', { name: str('skill name'), file_path: str('file inside the skill') }, ['name']),
  fn('skill_manage', 'Create, edit or delete a skill.', { action: { type: 'string', enum: ['create', 'edit', 'delete'] }, name: str('skill name'), content: str('SKILL.md content') }, ['action', 'name']),
  fn('web_search', 'Search the web and return result titles, urls and snippets.', { query: str('search query') }, ['query']),
  fn('web_extract', 'Fetch web pages and extract their text.', { urls: { type: 'array', items: { type: 'string' }, description: 'page urls' } }, ['urls']),
];
