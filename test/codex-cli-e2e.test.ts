import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway, type TestGateway } from './helpers/gateway.js';
import { startScriptedOpenAi, toolNames, toolResults } from './helpers/scripted-openai.js';
import { startResponsesUpstream } from './helpers/responses-upstream.js';

// The real Codex CLI (@openai/codex, `codex exec`) against the gateway: a custom model provider
// with wire_api = "responses" points at Switchyard, whose route is served by a mock OpenAI-chat
// upstream that first asks for the `exec_command` tool and answers once the tool's output comes
// back. The command really runs (in Codex's workspace-write sandbox) and writes a file.

const CODEX = join(process.cwd(), 'node_modules/.bin/codex');
const GATEWAY_KEY = 'sk-switchyard-codex-test';

function runCodex(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(CODEX, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** `codex exec` with a custom provider (wire_api = "responses") pointing at the gateway; asserts it finished with the scripted answer. */
async function codexExec(gw: TestGateway): Promise<{ work: string }> {
  const home = join(gw.dir, 'codex-home');
  const work = join(gw.dir, 'work');
  mkdirSync(home);
  mkdirSync(work);
  writeFileSync(
    join(home, 'config.toml'),
    `model = "agent-main"
model_provider = "switchyard"

[model_providers.switchyard]
name = "Switchyard"
base_url = "${gw.baseURL}"
wire_api = "responses"
env_key = "SWITCHYARD_API_KEY"
`,
  );
  const last = join(gw.dir, 'last-message.txt');
  const r = await runCodex(
    ['exec', '--skip-git-repo-check', '--sandbox', 'workspace-write', '--output-last-message', last, 'Write hello-from-tool to proof.txt and show it.'],
    { CODEX_HOME: home, SWITCHYARD_API_KEY: GATEWAY_KEY },
    work,
  );
  assert.equal(r.status, 0, `codex exited ${r.status}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  assert.equal(readFileSync(last, 'utf8').trim(), 'All done: the tool said hello-from-tool.');
  return { work };
}

describe('Codex CLI end to end through /v1/responses', () => {
  let upstream: Awaited<ReturnType<typeof startScriptedOpenAi>>;
  let gw: TestGateway;
  before(async () => {
    upstream = await startScriptedOpenAi((body) => {
      const results = toolResults(body);
      if (results.length === 0) {
        return { kind: 'reply', text: 'Running it.', calls: [{ id: 'call_codex_1', name: 'exec_command', args: { cmd: 'echo hello-from-tool > proof.txt; cat proof.txt' } }] };
      }
      return { kind: 'reply', text: `All done: ${/hello-from-tool/.test(results[0]) ? 'the tool said hello-from-tool' : 'no tool output'}.` };
    });
    gw = await startGateway(
      `
server:
  api_keys: [env:SY_KEY]
providers:
  up: { type: openai, preset: custom, base_url: "${upstream.baseURL}", api_key: env:UP_KEY }
models:
  up-model: { targets: [{ provider: up, model: gpt-4o-mini }] }
routes:
  agent-main: { model: up-model }
`,
      { SY_KEY: GATEWAY_KEY, UP_KEY: 'sk-upstream' },
    );
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
  });

  test('codex exec runs the shell tool and finishes; the tool output reached the upstream', async () => {
    const { work } = await codexExec(gw);
    assert.ok(existsSync(join(work, 'proof.txt')), 'the command ran in the workspace');

    const calls = upstream.requests.filter((q) => q.url === '/v1/chat/completions');
    assert.equal(calls.length, 2, 'one turn to call the tool, one to answer');
    const [first, second] = calls.map((q) => q.body);
    assert.equal(first.stream, true);
    assert.ok(toolNames(first).includes('exec_command'));
    assert.ok(toolNames(first).includes('multi_agent_v1__spawn_agent'), 'namespace tools are offered, flattened');
    assert.equal(upstream.requests[0].headers.authorization, 'Bearer sk-upstream');
    assert.match(toolResults(second)[0], /Process exited with code 0[\s\S]*hello-from-tool/);
    const asst = (second.messages as { role: string; tool_calls?: { id: string; function: { name: string } }[] }[]).find((m) => m.tool_calls);
    assert.deepEqual(asst?.tool_calls?.map((c) => [c.id, c.function.name]), [['call_codex_1', 'exec_command']]);

    // Both turns are one episode: Codex's session-id header.
    await gw.runtime.store.flush();
    // Stored data is read from the store: the agent's gateway key has no read scope.
    const page = { data: (await gw.runtime.store.queryInferences({ route: 'agent-main', limit: 10 })).items as Array<{ session_id: string; dropped: string[] }> };
    assert.equal(page.data.length, 2);
    assert.equal(page.data[0].session_id, page.data[1].session_id);
    assert.match(page.data[0].session_id, /^[0-9a-f-]{36}$/);
    assert.ok(page.data[0].dropped.some((f: string) => /=web_search$/.test(f)));
  });
});

// The same Codex run against an upstream that speaks the Responses API (`responses_api: true`):
// the turn goes natively, so the upstream sees Codex's own request (its web_search tool, its
// reasoning settings) and gets its encrypted reasoning back on the next turn, untouched.
describe('Codex CLI end to end, forwarded natively to a Responses upstream', () => {
  const ENCRYPTED = 'gAAAAABo-codex-reasoning-state==';
  let upstream: Awaited<ReturnType<typeof startResponsesUpstream>>;
  let gw: TestGateway;
  before(async () => {
    upstream = await startResponsesUpstream((req) => {
      const input = (req.body.input ?? []) as { type?: string; output?: string }[];
      const result = input.find((i) => i.type === 'function_call_output');
      if (!result) {
        return {
          items: [
            { type: 'reasoning', summary: 'Run the command.', encrypted_content: ENCRYPTED },
            { type: 'function_call', call_id: 'call_codex_native', name: 'exec_command', arguments: JSON.stringify({ cmd: 'echo hello-from-tool > proof.txt; cat proof.txt' }) },
          ],
        };
      }
      return { items: [{ type: 'message', text: `All done: ${/hello-from-tool/.test(String(result.output)) ? 'the tool said hello-from-tool' : 'no tool output'}.` }] };
    });
    gw = await startGateway(
      `
server:
  api_keys: [env:SY_KEY]
providers:
  up: { type: openai, preset: custom, base_url: "${upstream.baseURL}", api_key: env:UP_KEY, responses_api: true }
models:
  up-model: { targets: [{ provider: up, model: gpt-5-codex }] }
routes:
  agent-main: { model: up-model }
`,
      { SY_KEY: GATEWAY_KEY, UP_KEY: 'sk-upstream' },
    );
  });
  after(async () => {
    await gw?.close();
    await upstream?.close();
  });

  test('codex exec: the upstream sees Codex\'s web_search tool, and its encrypted reasoning comes back on turn 2', async () => {
    const { work } = await codexExec(gw);
    assert.ok(existsSync(join(work, 'proof.txt')), 'the command ran in the workspace');

    const calls = upstream.requests.filter((q) => q.url === '/v1/responses');
    assert.equal(calls.length, 2, 'one turn to call the tool, one to answer');
    const [first, second] = calls.map((q) => q.body);
    assert.equal(first.model, 'gpt-5-codex');
    assert.equal(first.stream, true);
    assert.ok((first.tools as { type: string }[]).some((t) => t.type === 'web_search'), 'the hosted tool reaches the upstream');
    assert.equal(upstream.requests[0].headers.authorization, 'Bearer sk-upstream');
    const reasoning = (second.input as { type: string; encrypted_content?: string }[]).find((i) => i.type === 'reasoning');
    assert.equal(reasoning?.encrypted_content, ENCRYPTED, 'the encrypted reasoning of turn 1 is sent back unchanged');
    const output = (second.input as { type: string; call_id?: string; output?: string }[]).find((i) => i.type === 'function_call_output');
    assert.equal(output?.call_id, 'call_codex_native');
    assert.match(String(output?.output), /hello-from-tool/);
  });
});
