import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

// `switchyard mcp-proxy` (local policy, no gateway) in front of a real MCP server whose tool names
// carry no signal: the verdicts can only come from the annotations the proxy read in tools/list.

let dir: string;
let client: Client;
let log: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sy-hints-'));
  log = join(dir, 'ran.log');
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', 'src/cli/main.ts', 'mcp-proxy', '--', process.execPath, '--import', 'tsx', 'test/fixtures/mcp-hints-server.ts'],
    env: { ...(process.env as Record<string, string>), HINTS_LOG: log, SWITCHYARD_URL: '' },
    stderr: 'pipe',
  });
  client = new Client({ name: 'test-agent', version: '1.0.0' });
  await client.connect(transport);
});
after(async () => {
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

const ran = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
const text = (r: any) => r.content.map((c: any) => c.text).join('');

test('annotations from tools/list decide what names cannot', async () => {
  // readOnlyHint and a name that does not contradict it: runs without asking.
  const tidy = await client.callTool({ name: 'tidy_notes', arguments: { topic: 'a' } });
  assert.equal(tidy.isError, undefined, text(tidy));
  assert.equal(text(tidy), 'tidy_notes a done');

  // No annotations and no signal in the name: the confidence threshold asks (refused locally).
  const frob = await client.callTool({ name: 'frob_notes', arguments: { topic: 'b' } });
  assert.equal(frob.isError, true);
  assert.match(text(frob), /needs a person's approval/);

  // "read-only" on a tool whose name says it archives: the hint is not believed.
  const archive = await client.callTool({ name: 'archive_notes', arguments: { topic: 'c' } });
  assert.equal(archive.isError, true);
  assert.match(text(archive), /contradicts|deletes or stops/);

  // destructiveHint raises caution on a harmless-sounding name.
  const reindex = await client.callTool({ name: 'reindex_notes', arguments: { topic: 'd' } });
  assert.equal(reindex.isError, true);

  assert.equal(ran(), 'tidy_notes a\n');
});
