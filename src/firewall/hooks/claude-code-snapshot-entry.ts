import { startupSnapshot } from 'node:v8';
import { main } from './claude-code-main.js';
import { localVerdict } from './gate-client.js';

// The hook as a V8 startup snapshot (dist/hook/hook.blob, built by scripts/build-hook.ts): run as
// `node --snapshot-blob <dist>/hook/hook.blob`, Node starts from a heap where the hook and the
// engine are loaded and the crisis cue indexes built, instead of compiling and running ~1.5 MB of
// JavaScript at every tool call. The build runs this file once with --build-snapshot.

// Build the engine's lazily made state (cue indexes, lexicon regexes) before the heap is saved.
for (const [tool, args] of [
  ['Bash', { command: 'npm test 2>&1 | tail -20' }],
  ['Write', { file_path: '/repo/notes.md', content: 'Run the tests before committing.' }],
] as const) {
  localVerdict({ tool, args }, { cwd: '/repo', user_message: 'run the tests and note it', user_messages: ['run the tests and note it'] });
}

// Run without a script, Node puts the hook's own arguments from argv[1] on.
startupSnapshot.setDeserializeMainFunction(() => void main(process.argv.slice(1)));
