import type { ToolDefinition } from '../../core/types.js';
import type { ToolExpectation } from '../schema/eval-file.js';
import type { EvalItem } from '../types.js';
import { BENCHMARK_TOOLS } from './tools.js';

// The built-in tool-calling benchmark: one user turn each, every tool offered, and the call a
// competent agent should make. Predicates check only what the request pins down (a file name,
// a command word), so any reasonable phrasing of the arguments passes.

type Arg = ToolExpectation['args'][number];
const contains = (path: string, value: string): Arg => ({ path, contains: value });
const regex = (path: string, pattern: string): Arg => ({ path, regex: pattern });

const CASES: Array<[category: string, id: string, input: string, tool: string, args?: Arg[]]> = [
  // file
  ['file', 'file-read-notes', 'Read the file /tmp/notes.txt and tell me what it says.', 'read_file', [contains('path', 'notes.txt')]],
  ['file', 'file-read-config', 'Open config/settings.yaml so we can check the port.', 'read_file', [contains('path', 'settings.yaml')]],
  ['file', 'file-read-lines', 'Show me lines 40 to 60 of src/server.py', 'read_file', [contains('path', 'server.py')]],
  ['file', 'file-write-hello', 'Create a file hello.py that prints hello world.', 'write_file', [contains('path', 'hello.py')]],
  ['file', 'file-write-readme', 'Write a README.md for this project with a short description.', 'write_file', [contains('path', 'README.md')]],
  ['file', 'file-patch-typo', 'In docs/intro.md replace the typo "recieve" with "receive".', 'patch', [contains('path', 'intro.md')]],
  ['file', 'file-patch-port', 'Change the port from 8080 to 9090 in app/main.go (edit the file in place).', 'patch', [contains('path', 'main.go')]],
  ['file', 'file-search-todo', 'Search the files in src for the pattern TODO.', 'search_files', [contains('pattern', 'TODO')]],
  ['file', 'file-find-tests', 'Find files named *.test.ts under the test directory.', 'search_files', [regex('pattern', 'test')]],
  // terminal
  ['terminal', 'term-git-status', 'Run `git status` in the terminal.', 'terminal', [contains('command', 'git status')]],
  ['terminal', 'term-ls', 'List the files in the current directory with the terminal command `ls -la`.', 'terminal', [contains('command', 'ls')]],
  ['terminal', 'term-npm-test', 'Run the test suite with the shell command `npm test`.', 'terminal', [contains('command', 'npm test')]],
  ['terminal', 'term-disk', 'Check free disk space with the command `df -h` in the terminal.', 'terminal', [contains('command', 'df')]],
  ['terminal', 'term-pip', 'Install the requests package: run `pip install requests` in the terminal.', 'terminal', [contains('command', 'pip install requests')]],
  ['terminal', 'term-server-bg', 'Start the dev server in the background with the terminal command `npm run dev`.', 'terminal', [contains('command', 'npm run dev')]],
  // code
  ['code', 'code-fib', 'Execute Python code to compute the 30th Fibonacci number: `print(fib(30))`.', 'execute_code', [regex('code', 'fib|print')]],
  ['code', 'code-sum', 'Run a python script that sums the numbers 1 to 100 and prints the result.', 'execute_code'],
  ['code', 'code-csv', 'Write and execute Python code that parses data.csv and prints the row count.', 'execute_code'],
  ['code', 'code-primes', 'Execute code in python to list the primes below 50.', 'execute_code'],
  ['code', 'code-date', 'Use python code execution to print today\'s date in ISO format.', 'execute_code'],
  // delegation
  ['delegation', 'deleg-research', 'Delegate a task to a subagent: research the three most popular Rust web frameworks and compare them.', 'delegate_task', [regex('goal', '(?i)rust')]],
  ['delegation', 'deleg-refactor', 'Hand off to a subagent the task of refactoring the payment module while we keep going here.', 'delegate_task'],
  ['delegation', 'deleg-tests', 'Delegate writing unit tests for utils.py to a subagent with its own context.', 'delegate_task'],
  ['delegation', 'deleg-audit', 'Spin up a subagent to delegate the task: audit our dependencies for known vulnerabilities.', 'delegate_task'],
  // todo / memory
  ['todo_memory', 'todo-plan', 'Make a todo list for the migration: back up the database, run migrations, verify.', 'todo', [{ path: 'todos[0].content', exists: true }]],
  ['todo_memory', 'todo-complete', 'Update the todo list: mark the task "write tests" as completed.', 'todo'],
  ['todo_memory', 'todo-add', 'Add "deploy to staging" to my todos as pending.', 'todo'],
  ['todo_memory', 'mem-pref', 'Remember in memory that I prefer tabs over spaces; save this note about the user.', 'memory', [{ path: 'action', exists: true }]],
  ['todo_memory', 'mem-env', 'Save a memory note that the staging server runs Ubuntu 22.04.', 'memory'],
  ['todo_memory', 'mem-forget', 'Remove the memory note about my old email address.', 'memory'],
  // skills
  ['skills', 'skill-list', 'List the available skills so I can see what you can do.', 'skills_list'],
  ['skills', 'skill-view-arxiv', 'View the arxiv skill and its SKILL.md instructions.', 'skill_view', [{ path: 'name', exists: true }]],
  ['skills', 'skill-view-file', 'Show the skill file templates/report.md of the skill named reporting.', 'skill_view'],
  ['skills', 'skill-create', 'Create a new skill named deploy-checklist with our release steps.', 'skill_manage'],
  ['skills', 'skill-delete', 'Delete the skill named old-scraper; manage skills to remove it.', 'skill_manage'],
  // web (distractor tools must not win)
  ['web', 'web-search', 'Search the web for the latest Node.js LTS release.', 'web_search', [regex('query', '(?i)node')]],
  ['web', 'web-extract', 'Extract the text of the web page https://example.com/post', 'web_extract'],
];

export function benchmarkCases(): EvalItem[] {
  return CASES.map(([category, id, input, tool, args]) => ({
    id,
    category,
    input,
    expected: { tool_call: { tool, args: args ?? [], position: 'any' as const } },
  }));
}

export function benchmarkTools(): ToolDefinition[] {
  return BENCHMARK_TOOLS.map((t) => structuredClone(t));
}

/** The eval file `switchyard eval benchmark` runs (YAML-equivalent object, validated like a file). */
export function benchmarkEvalFile(contenders: string[]): Record<string, unknown> {
  return {
    name: 'tool-calling',
    description: 'Built-in tool-calling benchmark (Hermes-style tools)',
    dataset: { builtin: 'tool-calling' },
    contenders: contenders.map((c) => ({ name: c, route: c, params: { temperature: 0 } })),
    evaluators: [
      { name: 'tool_choice', type: 'tool_call', ignore_args: true },
      { name: 'tool_call', type: 'tool_call' },
    ],
  };
}
