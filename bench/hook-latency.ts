// Claude Code hook latency: spawns the built hook entry once per call, as Claude Code does, and
// compares it with `node -e ''` (bare Node start) and the full CLI (`switchyard hook claude-code`)
// measured in the same run. Run: npm run bench:hook (builds first). Bounded to ~30 s.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_HOOK_CALLS ?? 30);
const TIME_CAP_MS = 30_000;

const calls = [
  { tool_name: 'Read', tool_input: { file_path: '/repo/src/index.ts' } },
  { tool_name: 'Bash', tool_input: { command: 'git status' } },
  { tool_name: 'Bash', tool_input: { command: 'npm test 2>&1 | tail -20' } },
  { tool_name: 'Edit', tool_input: { file_path: '/repo/src/app.ts', old_string: 'a', new_string: 'b' } },
  { tool_name: 'TodoWrite', tool_input: { todos: [] } },
].map((c, i) => JSON.stringify({ session_id: `bench-${i}`, transcript_path: '/nonexistent', cwd: '/repo', hook_event_name: 'PreToolUse', ...c }));

function once(args: string[], input: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, SWITCHYARD_URL: '' }, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || (input && !out.includes('permissionDecision'))) reject(new Error(`${args.join(' ')} exited ${code}: ${out}`));
      else resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    });
    child.stdin.end(input);
  });
}

async function measure(name: string, args: string[], withInput: boolean, n: number) {
  const started = Date.now();
  const samples: number[] = [];
  for (let i = 0; i < n && Date.now() - started < TIME_CAP_MS / 3; i++) samples.push(await once(args, withInput ? calls[i % calls.length] : ''));
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))];
  return { name, n: samples.length, p50: p(0.5), p99: p(0.99) };
}

// Interleave warm-up so the OS file cache holds every file before timing.
await once(['-e', ''], '');
await once(['dist/firewall/hooks/claude-code-entry.js'], calls[0]);
const base = await measure("node -e ''", ['-e', ''], false, N);
const hook = await measure('switchyard-hook (entry)', ['dist/firewall/hooks/claude-code-entry.js'], true, N);
const cli = await measure('switchyard hook claude-code', ['dist/cli/main.js', 'hook', 'claude-code'], true, Math.min(N, 10));
for (const r of [base, hook, cli]) {
  console.log(`${r.name.padEnd(30)} n=${String(r.n).padStart(3)}  p50 ${r.p50.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(5)} ms  (${(r.p50 / base.p50).toFixed(2)}x / ${(r.p99 / base.p99).toFixed(2)}x node start)`);
}
console.log(`hook over bare node start: p50 +${(hook.p50 - base.p50).toFixed(0)} ms, p99 +${(hook.p99 - base.p99).toFixed(0)} ms; target: hook <= 150 ms per call: ${hook.p50 <= 150 ? 'met at p50' : 'NOT met at p50'} (machine load inflates both; compare against the baseline)`);
