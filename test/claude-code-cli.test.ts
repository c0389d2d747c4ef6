import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/default.js';
import { configSchema } from '../src/config/schema.js';
import { getJson, startWithConfig, type TestGateway } from './helpers/gateway.js';
import { sseEvents, startRecordingUpstream, type Recorded, type RecordingUpstream } from './helpers/recording-upstream.js';

// The real Claude Code CLI (node_modules/.bin/claude, headless `-p`) against the gateway:
// 1. the built-in default config (simulated provider): the first request is not rejected;
// 2. the default config plus a mock Anthropic upstream that makes the agent run Bash and then
//    answer: the tool runs, its output reaches the upstream, the turns form one episode and
//    Claude Code's cache_control breakpoints arrive.

const CLAUDE = new URL('../node_modules/.bin/claude', import.meta.url).pathname;
const MARKER = 'switchyard-cli-e2e-4471';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runClaude(baseUrl: string, prompt: string, extra: string[]): Promise<CliResult> {
  const home = mkdtempSync(join(tmpdir(), 'switchyard-claude-home-'));
  const cwd = join(home, 'work');
  mkdirSync(cwd);
  return new Promise((resolve, reject) => {
    const child = spawn(CLAUDE, ['-p', prompt, '--output-format', 'json', ...extra], {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: home,
        CLAUDE_CONFIG_DIR: join(home, '.claude'),
        ANTHROPIC_BASE_URL: baseUrl,
        ANTHROPIC_API_KEY: 'dummy',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        DISABLE_AUTOUPDATER: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(home, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

function parseResult(r: CliResult): Record<string, unknown> {
  try {
    return JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`claude printed no JSON result (exit ${r.code}): ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 1000)}`);
  }
}

const hasToolResult = (req: Recorded) => JSON.stringify(req.body.messages ?? []).includes('"tool_result"');

describe('Claude Code CLI, headless, end to end', () => {
  let upstream: RecordingUpstream;
  let gw: TestGateway;
  let simGw: TestGateway;

  before(async () => {
    upstream = await startRecordingUpstream((req, res) => {
      const model = String(req.body.model);
      const start = (usage: Record<string, number>) => ({
        type: 'message_start',
        message: { id: `msg_${upstream.requests.length}`, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage },
      });
      const usage = { input_tokens: 40, cache_creation_input_tokens: 9000, cache_read_input_tokens: 0, output_tokens: 1 };
      if (!hasToolResult(req)) {
        sseEvents(res, [
          start(usage),
          { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_01Bash', name: 'Bash', input: {} } },
          { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: `{"command":"echo ${MARKER}",` } },
          { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '"description":"Print the marker"}' } },
          { type: 'content_block_stop', index: 0 },
          { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 30 } },
          { type: 'message_stop' },
        ]);
        return;
      }
      sseEvents(res, [
        start({ ...usage, cache_creation_input_tokens: 300, cache_read_input_tokens: 9000 }),
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
        { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'The command printed the marker.' } },
        { type: 'content_block_stop', index: 0 },
        { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 8 } },
        { type: 'message_stop' },
      ]);
    });
    // The built-in default config, plus one Anthropic provider whose model serves its routes.
    const base = defaultConfig({});
    const raw = {
      ...base,
      providers: { ...base.providers, mock: { type: 'anthropic', base_url: upstream.origin, api_key: 'env:MOCK_ANTHROPIC_KEY' } },
      models: { ...base.models, 'claude-mock': { targets: [{ provider: 'mock', model: 'claude-sonnet-4-5-20250929' }] } },
      routes: Object.fromEntries(Object.entries(base.routes).map(([k, r]) => [k, { ...r, model: 'claude-mock' }])),
    };
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-cc-'));
    gw = await startWithConfig(configSchema.parse(raw), dir, join(dir, 'db.sqlite'), { MOCK_ANTHROPIC_KEY: 'sk-ant-mock-key-0123456789' });
    const simDir = mkdtempSync(join(tmpdir(), 'switchyard-cc-sim-'));
    simGw = await startWithConfig(defaultConfig({}), simDir, join(simDir, 'db.sqlite'), {});
  });
  after(async () => {
    await gw?.close();
    await simGw?.close();
    await upstream?.close();
  });

  test('against the pure default config (simulated provider) the first request is served', async () => {
    const r = await runClaude(simGw.url, 'hello there', []);
    const out = parseResult(r);
    assert.equal(out.is_error, false, r.stdout);
    assert.equal(out.subtype, 'success');
    assert.ok(String(out.result).length > 0);
    await simGw.runtime.store.flush();
    const page = await getJson(`${simGw.baseURL}/inferences?limit=10`);
    assert.ok(page.data.length >= 1);
    assert.equal(page.data[0].routing.alias, 'claude-*', 'Claude Code default model name reached agent-main through the alias');
    assert.equal(page.data[0].session_id, out.session_id, 'the JSON metadata.user_id session id');
  });

  test('a tool loop through a mock Anthropic upstream: Bash runs, its output goes back, one episode, cache_control intact', async () => {
    const r = await runClaude(gw.url, 'Run the marker command with Bash, then tell me what it printed.', ['--allowedTools', 'Bash']);
    const out = parseResult(r);
    assert.equal(out.is_error, false, r.stdout);
    assert.equal(out.result, 'The command printed the marker.');
    assert.equal(out.num_turns, 2);
    assert.equal((out.usage as Record<string, number>).cache_read_input_tokens, 9000, 'cache reads reach the CLI as the upstream reported them');

    const turns = upstream.requests.filter((q) => q.url.startsWith('/v1/messages') && !q.url.startsWith('/v1/messages/count_tokens'));
    assert.equal(turns.length, 2, turns.map((q) => q.url).join(' '));
    const [first, second] = turns;
    assert.equal(first.body.model, 'claude-sonnet-4-5-20250929');
    assert.equal(first.headers['x-api-key'], 'sk-ant-mock-key-0123456789');
    assert.match(String(first.headers['anthropic-beta']), /claude-code-/);
    assert.ok((first.body.system as { cache_control?: unknown }[]).some((b) => b.cache_control), 'system cache_control breakpoints arrive');
    assert.ok(first.body.thinking && first.body.metadata, 'thinking and metadata arrive');
    const resultBlock = JSON.stringify(second.body.messages);
    assert.ok(resultBlock.includes(MARKER) && resultBlock.includes('toolu_01Bash'), 'the tool output reached the upstream');

    await gw.runtime.store.flush();
    const page = await getJson(`${gw.baseURL}/inferences?session_id=${out.session_id}&limit=10`);
    assert.equal(page.data.length, 2, 'both turns grouped under the CLI session');
    for (const item of page.data) assert.equal(item.provider, 'mock');
  });
});
