import type { Command } from 'commander';
import { emitKeypressEvents } from 'node:readline';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCliConfig } from '../load-config.js';

// `switchyard approvals list|approve|deny|watch|rules|revoke`: a person answering pending tool
// calls over HTTP with an approver token (never the agent's gateway key).

interface GatewayOpts {
  url: string;
  token?: string;
}

export function gatewayOptions(cmd: Command): Command {
  return cmd
    .option('--url <url>', 'gateway base URL', process.env.SWITCHYARD_URL ?? 'http://127.0.0.1:4000')
    .option('--token <token>', 'approver token (default: env SWITCHYARD_APPROVER_TOKEN, else the generated .switchyard/approver-token)');
}

/**
 * --token, else $SWITCHYARD_APPROVER_TOKEN, else the approver token the gateway generated beside
 * its database (`<dir of storage.path>/approver-token`, 0600) when the config names none.
 */
function approverToken(opts: GatewayOpts, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (opts.token ?? env.SWITCHYARD_APPROVER_TOKEN) return opts.token ?? env.SWITCHYARD_APPROVER_TOKEN;
  let dir = './.switchyard';
  try {
    const storage = loadCliConfig(undefined, env).config.storage;
    if (storage.kind === 'sqlite') dir = dirname(storage.path);
  } catch {
    // no readable config: the default state directory
  }
  const file = join(dir, 'approver-token');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

export async function httpJson(opts: GatewayOpts, method: string, path: string, body?: unknown): Promise<unknown> {
  const token = approverToken(opts);
  const res = await fetch(new URL(path, opts.url), {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) {
    process.stderr.write(`error ${res.status}: ${json?.error?.message ?? res.statusText}\n`);
    process.exit(1);
  }
  return json;
}

interface Pending {
  id: string;
  session_id: string | null;
  tool_name: string;
  args: unknown;
  expires_at: string;
  assessment: { risk_score: number; reasons: string[]; crisis_rule?: boolean };
}

function show(a: Pending): string {
  return [
    `${a.id}  ${a.tool_name}  risk ${a.assessment.risk_score.toFixed(2)}${a.assessment.crisis_rule ? '  [CRISIS]' : ''}  session ${a.session_id ?? '-'}  expires ${a.expires_at}`,
    `  args: ${JSON.stringify(a.args).slice(0, 300)}`,
    ...a.assessment.reasons.map((r) => `  - ${r}`),
  ].join('\n');
}

export function register(program: Command): void {
  const ap = program.command('approvals').description('answer tool calls waiting for a human');
  gatewayOptions(ap.command('list').description('list pending approvals').option('--session <id>', 'only this session')).action(
    async (o: GatewayOpts & { session?: string }) => {
      const r = (await httpJson(o, 'GET', `/v1/approvals${o.session ? `?session_id=${encodeURIComponent(o.session)}` : ''}`)) as { data: Pending[] };
      process.stdout.write(r.data.length ? `${r.data.map(show).join('\n\n')}\n` : 'no pending approvals\n');
    },
  );
  gatewayOptions(ap.command('approve <id>').description('approve a pending call').option('--scope <scope>', 'once | session | always', 'once')).action(
    async (id: string, o: GatewayOpts & { scope: string }) => {
      const r = (await httpJson(o, 'POST', `/v1/approvals/${encodeURIComponent(id)}/approve`, { scope: o.scope })) as { status: string; decided_by: string };
      process.stdout.write(`${id}: ${r.status} (${o.scope}) by ${r.decided_by}\n`);
    },
  );
  gatewayOptions(ap.command('deny <id>').description('deny a pending call')).action(async (id: string, o: GatewayOpts) => {
    const r = (await httpJson(o, 'POST', `/v1/approvals/${encodeURIComponent(id)}/deny`, {})) as { status: string };
    process.stdout.write(`${id}: ${r.status}\n`);
  });
  gatewayOptions(ap.command('rules').description('list standing approval rules (session/always)')).action(async (o: GatewayOpts) => {
    const r = (await httpJson(o, 'GET', '/v1/approval-rules')) as { data: Array<{ id: string; tool_name: string; pattern: string; session_id: string | null; created_by: string }> };
    for (const x of r.data) process.stdout.write(`${x.id}  ${x.tool_name}  ${x.session_id ? `session ${x.session_id}` : 'always'}  ${x.pattern}  (by ${x.created_by})\n`);
    if (!r.data.length) process.stdout.write('no rules\n');
  });
  gatewayOptions(ap.command('revoke <ruleId>').description('revoke a standing approval rule')).action(async (id: string, o: GatewayOpts) => {
    await httpJson(o, 'DELETE', `/v1/approval-rules/${encodeURIComponent(id)}`);
    process.stdout.write(`${id}: revoked\n`);
  });
  gatewayOptions(ap.command('watch').description('interactive: show each pending call, answer with a/s/A/d').option('--interval <ms>', 'poll interval', '1000')).action(
    async (o: GatewayOpts & { interval: string }) => watch(o, Math.max(200, Number(o.interval) || 1000)),
  );
}

async function watch(o: GatewayOpts, intervalMs: number): Promise<void> {
  if (!process.stdin.isTTY) {
    process.stderr.write('approvals watch needs an interactive terminal\n');
    process.exit(1);
  }
  emitKeypressEvents(process.stdin);
  process.stdin.setRawMode(true);
  const seen = new Set<string>();
  const key = () =>
    new Promise<string>((resolve) => {
      process.stdin.once('keypress', (str: string | undefined, k: { ctrl?: boolean; name?: string }) => resolve(k?.ctrl && k.name === 'c' ? 'quit' : (str ?? '')));
    });
  process.stdout.write('watching for pending approvals (a = once, s = session, A = always, d = deny, n = skip, q = quit)\n');
  for (;;) {
    const r = (await httpJson(o, 'GET', '/v1/approvals')) as { data: Pending[] };
    const next = r.data.reverse().find((a) => !seen.has(a.id));
    if (!next) {
      await new Promise((res) => setTimeout(res, intervalMs));
      continue;
    }
    seen.add(next.id);
    process.stdout.write(`\n${show(next)}\n[a]pprove once  [s]ession  [A]lways  [d]eny  [n]ext  [q]uit > `);
    const k = await key();
    if (k === 'q' || k === 'quit') break;
    const action = k === 'a' ? 'once' : k === 's' ? 'session' : k === 'A' ? 'always' : k === 'd' ? 'deny' : null;
    if (!action) {
      process.stdout.write('skipped\n');
      continue;
    }
    const path = action === 'deny' ? `/v1/approvals/${next.id}/deny` : `/v1/approvals/${next.id}/approve`;
    const res = (await httpJson(o, 'POST', path, action === 'deny' ? {} : { scope: action })) as { status: string };
    process.stdout.write(`${res.status}${action !== 'deny' ? ` (${action})` : ''}\n`);
  }
  process.stdin.setRawMode(false);
  process.stdin.pause();
}
