import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import OpenAI from 'openai';
import { SIM_CONFIG, startGateway, type TestGateway } from './helpers/gateway.js';
import { api, FW_ENV, TERMINAL_TOOL } from './helpers/firewall-inline.js';
import { waitFor } from './helpers/wait-for.js';

// Pending approvals notify webhooks (generic JSON and a Slack-compatible body) with a link to
// the approval; following the link with the agent's key cannot approve, an approver's token can.

let receiver: Server;
let hookUrl: string;
const received: { path: string; body: any }[] = [];
let gw: TestGateway;

before(async () => {
  receiver = createServer((req, res) => {
    let data = '';
    req.on('data', (d) => (data += d));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(data) });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  gw = await startGateway(
    `${SIM_CONFIG}
server:
  api_keys: [env:SY_AGENT_KEY]
  approver_tokens: [env:SY_APPROVER]
  public_url: https://switchyard.example.test
firewall:
  mode: enforce
  notify:
    - url: env:SY_SLACK_HOOK
      format: slack
    - url: ${hookUrl}/generic
`,
    { ...FW_ENV, SY_SLACK_HOOK: `${hookUrl}/slack/T000/B000/secret` },
  );
});
after(async () => {
  await gw.close();
  await new Promise((r) => receiver.close(r));
});

async function both(): Promise<{ slack: any; generic: any }> {
  return waitFor('both webhooks', () => {
    const slack = received.find((r) => r.path.startsWith('/slack'));
    const generic = received.find((r) => r.path === '/generic');
    return slack && generic && { slack: slack.body, generic: generic.body };
  });
}

describe('approval webhooks', () => {
  test('a call held by the gateway notifies both webhooks with a link to approve', async () => {
    const client = new OpenAI({ baseURL: gw.baseURL, apiKey: FW_ENV.SY_AGENT_KEY, maxRetries: 0 });
    const held = client.chat.completions.create(
      { model: 'agent-main', messages: [{ role: 'user', content: 'run `rm -rf ~/projects`' }], tools: [TERMINAL_TOOL], tool_choice: 'required' },
      { headers: { 'x-switchyard-session-id': 'hook-s1' } },
    );
    const { slack, generic } = await both();
    assert.equal(generic.type, 'switchyard.approval.pending');
    assert.equal(generic.approval.tool_name, 'terminal');
    assert.equal(generic.approval.session_id, 'hook-s1');
    assert.deepEqual(generic.approval.args, { command: 'rm -rf ~/projects' });
    const id = generic.approval.id as string;
    assert.equal(generic.links.approve_url, `https://switchyard.example.test/v1/approvals/${id}/approve`);
    assert.match(slack.text, /approval needed for `terminal`.*hook-s1/);
    assert.equal(generic.links.console_url, `https://switchyard.example.test/ui/#/approvals/${id}`);
    assert.equal(slack.blocks.at(-1).elements[0].url, `https://switchyard.example.test/ui/#/approvals/${id}`);
    assert.equal(slack.blocks.at(-1).type, 'actions');

    const approvePath = new URL(generic.links.approve_url).pathname;
    assert.equal((await api(gw.url, 'POST', approvePath, FW_ENV.SY_AGENT_KEY, {})).status, 403);
    assert.equal((await api(gw.url, 'POST', approvePath, FW_ENV.SY_APPROVER, {})).status, 200);
    const done = await held;
    assert.equal(done.choices[0].message.tool_calls?.length, 1);
  });

  test('an unset webhook env var is a config error naming the field, never the URL', async () => {
    await assert.rejects(
      startGateway(`${SIM_CONFIG}\nfirewall:\n  notify:\n    - url: env:SY_MISSING_HOOK\n`, {}),
      (err: Error) => /firewall\.notify\[0\]\.url/.test(err.message) && /SY_MISSING_HOOK is not set/.test(err.message),
    );
    await assert.rejects(startGateway(`${SIM_CONFIG}\nfirewall:\n  notify:\n    - url: not-a-url\n`, {}), /http\(s\) URL or env:VAR/);
  });
});
