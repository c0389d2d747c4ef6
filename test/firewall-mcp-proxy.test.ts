import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { api, FW_ENV, pendingFor } from './helpers/firewall-inline.js';
import { notesServer } from './fixtures/mcp-notes-server.js';

// `switchyard mcp-proxy` wrapping a real MCP server (test/fixtures/mcp-notes-server.ts), driven by
// the MCP SDK's own client over stdio.

let gw: TestGateway;
let dir: string;
before(async () => {
  gw = await startGateway(`${SIM_CONFIG}\nserver:\n  api_keys: [env:SY_AGENT_KEY]\n  approver_tokens: [env:SY_APPROVER]\nfirewall:\n  mode: enforce\n`, FW_ENV);
  dir = mkdtempSync(join(tmpdir(), 'sy-mcp-'));
});
after(async () => {
  await gw.close();
  rmSync(dir, { recursive: true, force: true });
});

async function connect(proxyArgs: string[], log: string): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', 'src/cli/main.ts', 'mcp-proxy', ...proxyArgs],
    env: { ...(process.env as Record<string, string>), NOTES_LOG: log, SWITCHYARD_URL: '', SWITCHYARD_API_KEY: FW_ENV.SY_AGENT_KEY },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'test-agent', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

const serverCmd = ['--', process.execPath, '--import', 'tsx', 'test/fixtures/mcp-notes-server.ts'];
const ran = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8') : '');
const text = (r: any) => r.content.map((c: any) => c.text).join('');

describe('mcp-proxy over stdio, approvals through the gateway', () => {
  let client: Client;
  let log: string;
  before(async () => {
    log = join(dir, 'gw.log');
    client = await connect(['--gateway-url', gw.url, '--session-id', 'mcp-s1', '--wait', '30', ...serverCmd], log);
  });
  after(async () => {
    await client.close();
  });

  test('everything passes through: tools with annotations, resources', async () => {
    const tools = await client.listTools();
    const del = tools.tools.find((t) => t.name === 'delete_notes');
    assert.equal(del?.annotations?.destructiveHint, true);
    const res = await client.readResource({ uri: 'notes://readme' });
    assert.equal((res.contents[0] as { text: string }).text, 'notes server readme');
  });

  test('a read-only call runs at once', async () => {
    const r = await client.callTool({ name: 'read_note', arguments: { name: 'groceries' } });
    assert.equal(r.isError, undefined);
    assert.equal(text(r), 'note groceries: buy milk');
    assert.match(ran(log), /read_note groceries/);
  });

  test('a destructive call waits for an approver; the agent key cannot approve', async () => {
    const call = client.callTool({ name: 'delete_notes', arguments: { pattern: 'old-*' } });
    const approval = await pendingFor(gw.url, 'mcp-s1');
    assert.equal(approval.tool_name, 'delete_notes');
    assert.doesNotMatch(ran(log), /delete_notes old-\*/);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_AGENT_KEY, {})).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/approve`, FW_ENV.SY_APPROVER, {})).status, 200);
    const r = await call;
    assert.equal(r.isError, undefined);
    assert.equal(text(r), 'deleted notes matching old-*');
  });

  test('a denied call never reaches the server and returns an error result saying why', async () => {
    const call = client.callTool({ name: 'delete_notes', arguments: { pattern: 'everything-*' } });
    const approval = await pendingFor(gw.url, 'mcp-s1');
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_AGENT_KEY)).status, 403);
    assert.equal((await api(gw.url, 'POST', `/v1/approvals/${approval.id}/deny`, FW_ENV.SY_APPROVER)).status, 200);
    const r = await call;
    assert.equal(r.isError, true);
    assert.match(text(r), /Blocked by the Switchyard firewall: delete_notes was not run because A person denied/);
    assert.doesNotMatch(ran(log), /everything-/);
  });
});

describe('mcp-proxy without a gateway (local policy)', () => {
  test('read-only passes; a call that needs a person is refused, since no one can approve', async () => {
    const log = join(dir, 'local.log');
    const client = await connect(serverCmd, log);
    try {
      // Called before any tools/list: the proxy lists on its own to learn the annotations.
      const del = await client.callTool({ name: 'delete_notes', arguments: { pattern: '*' } });
      assert.equal(del.isError, true);
      assert.match(text(del), /needs a person's approval/);
      const read = await client.callTool({ name: 'read_note', arguments: { name: 'a' } });
      assert.equal(text(read), 'note a: buy milk');
      assert.equal(ran(log), 'read_note a\n');
    } finally {
      await client.close();
    }
  });
});

describe('mcp-proxy with an unreachable gateway', () => {
  test('fails closed: no call runs, each gets an error result saying why', async () => {
    const log = join(dir, 'down.log');
    const client = await connect(['--gateway-url', 'http://127.0.0.1:9', ...serverCmd], log);
    try {
      const r = await client.callTool({ name: 'read_note', arguments: { name: 'x' } });
      assert.equal(r.isError, true);
      assert.match(text(r), /could not assess this call, so it was not run: cannot reach/);
      assert.equal(ran(log), '');
      assert.equal((await client.listTools()).tools.length, 2);
    } finally {
      await client.close();
    }
  });
});

describe('mcp-proxy --url (streamable HTTP server)', () => {
  let http: Server;
  let url: string;
  const log = () => join(dir, 'http.log');
  before(async () => {
    // Stateless: a fresh server and transport per request, as the SDK documents for this mode.
    http = createServer(async (req, res) => {
      const server = notesServer(log());
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(req, res);
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(http.address() as { port: number }).port}/mcp`;
  });
  after(async () => {
    await new Promise((r) => http.close(r));
  });

  test('passes calls through and gates the destructive one', async () => {
    const client = await connect(['--url', url], log());
    try {
      assert.deepEqual((await client.listTools()).tools.map((t) => t.name).sort(), ['delete_notes', 'read_note']);
      assert.equal(text(await client.callTool({ name: 'read_note', arguments: { name: 'h' } })), 'note h: buy milk');
      const del = await client.callTool({ name: 'delete_notes', arguments: { pattern: '*' } });
      assert.equal(del.isError, true);
      assert.doesNotMatch(ran(log()), /delete_notes/);
    } finally {
      await client.close();
    }
  });
});
