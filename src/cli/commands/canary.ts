import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ExperimentReport } from '../../experiments/controller.js';
import { formatList, formatReport } from '../../experiments/report.js';

// `switchyard canary status|promote|rollback|hold [ROUTE]`: a person watching and overruling a
// rollout over HTTP with an admin token (--token, $SWITCHYARD_ADMIN_TOKEN, or the token file the
// gateway generates when its config names none).

interface CanaryOpts {
  url: string;
  token?: string;
  tokenFile?: string;
  json?: boolean;
  reason?: string;
  by?: string;
}

export function resolveAdminToken(opts: { token?: string; tokenFile?: string }, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  if (opts.token) return opts.token;
  if (env.SWITCHYARD_ADMIN_TOKEN) return env.SWITCHYARD_ADMIN_TOKEN;
  const file = opts.tokenFile ?? join(cwd, '.switchyard', 'admin-token');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

async function call(opts: CanaryOpts, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const token = resolveAdminToken(opts);
  if (!token) fail('no admin token: pass --token, set SWITCHYARD_ADMIN_TOKEN, or run where .switchyard/admin-token is');
  let res: Response;
  try {
    res = await fetch(new URL(path, opts.url), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (err) {
    fail(`cannot reach the gateway at ${opts.url}: ${(err as Error).message}`);
  }
  const json = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) fail(`error ${res.status}: ${json?.error?.message ?? res.statusText}`);
  return json;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const common = (cmd: Command) =>
  cmd
    .option('--url <url>', 'gateway base URL', process.env.SWITCHYARD_URL ?? 'http://127.0.0.1:4000')
    .option('--token <token>', 'admin token (default: $SWITCHYARD_ADMIN_TOKEN, then .switchyard/admin-token)')
    .option('--token-file <file>', 'read the admin token from this file')
    .option('--json', 'print the report as JSON');

const print = (opts: CanaryOpts, report: ExperimentReport): void => void process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));

export function register(program: Command): void {
  const canary = program.command('canary').description('watch and overrule canary rollouts (routes with variants and a rollout)');
  common(canary.command('status [route]').description('report one rollout (both arms with intervals, guardrails, history), or list all')).action(
    async (route: string | undefined, opts: CanaryOpts) => {
      if (route) {
        print(opts, (await call(opts, 'GET', `/v1/experiments/${encodeURIComponent(route)}`)) as ExperimentReport);
        return;
      }
      const list = (await call(opts, 'GET', '/v1/experiments')) as { data: ExperimentReport[] };
      process.stdout.write(opts.json ? `${JSON.stringify(list.data, null, 2)}\n` : formatList(list.data));
    },
  );
  const descriptions = {
    promote: 'move the candidate to the next step (after a rollback: back to its step)',
    rollback: 'send every session back to control (candidate weight 0)',
    hold: 'stop automatic decisions and keep the current weights',
  } as const;
  for (const action of ['promote', 'rollback', 'hold'] as const) {
    common(canary.command(`${action} <route>`).description(descriptions[action]))
      .requiredOption('-r, --reason <text>', 'why (recorded with the decision)')
      .option('--by <name>', 'who decides (recorded beside the admin token label)')
      .action(async (route: string, opts: CanaryOpts) => {
        const report = (await call(opts, 'POST', `/v1/experiments/${encodeURIComponent(route)}/${action}`, { reason: opts.reason, ...(opts.by ? { by: opts.by } : {}) })) as ExperimentReport;
        print(opts, report);
      });
  }
}
