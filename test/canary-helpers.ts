import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import type { ExperimentsService } from '../src/experiments/attach.js';
import type { ExperimentReport } from '../src/experiments/controller.js';
import type { TestGateway } from './helpers/gateway.js';

// Shared by the canary end-to-end suites: a two-arm config on simulated providers, traffic in
// sessions through the official SDK, and admin calls to the experiments API.

export interface ArmSpec {
  failureRate: number;
  seed: number;
  latencyMs?: number;
}

export function canaryConfig(o: { control: ArmSpec; candidate: ArmSpec; rollout: string; shadow?: string }): string {
  const provider = (a: ArmSpec) => `{ type: simulated, seed: ${a.seed}, failure_rate: ${a.failureRate}, failure_statuses: [503]${a.latencyMs ? `, latency: { distribution: normal, mean_ms: ${a.latencyMs}, stddev_ms: ${a.latencyMs / 4} }` : ''} }`;
  const model = (p: string) => `{ targets: [{ provider: ${p}, model: ${p}-1, max_retries: 0 }], breaker: { failure_threshold: 1000000 } }`;
  return `
providers:
  ctrl: ${provider(o.control)}
  cand: ${provider(o.candidate)}
  shade: { type: simulated, seed: 9, reply: "shadow says hi" }
models:
  control-model: ${model('ctrl')}
  candidate-model: ${model('cand')}
  shadow-model: ${model('shade')}
routes:
  agent-main:
    variants:
      control: { weight: 0.9, model: control-model }
      candidate: { weight: 0.1, model: candidate-model }
      shadowed: { weight: 0, model: shadow-model }
    rollout: ${o.rollout}
${o.shadow ? `    shadow: ${o.shadow}\n` : ''}`;
}

export const client = (gw: TestGateway) => new OpenAI({ baseURL: gw.baseURL, apiKey: 'unused', maxRetries: 0 });

export const service = (gw: TestGateway) => gw.runtime.ctx.services.experiments as ExperimentsService;

/** The admin token the gateway generated next to its SQLite file (no admin tokens in config). */
export const adminToken = (gw: TestGateway) => readFileSync(join(gw.dir, 'admin-token'), 'utf8').trim();

const seen = new WeakMap<TestGateway, Map<string, string[]>>();

/** Every variant each session was served by, in order (shadow copies excluded), from the gateway's own records. */
export function variantsBySession(gw: TestGateway): Map<string, string[]> {
  let map = seen.get(gw);
  if (!map) {
    const m = new Map<string, string[]>();
    gw.runtime.gateway.onInference((rec) => {
      if (!rec.session_id || !rec.variant || rec.routing?.shadow) return;
      m.set(rec.session_id, [...(m.get(rec.session_id) ?? []), rec.variant]);
    });
    seen.set(gw, (map = m));
  }
  return map;
}

/** Each session makes `perSession` requests in order; `concurrency` sessions run at once. Returns the number of failed requests. */
export async function sendSessions(gw: TestGateway, ids: readonly string[], perSession = 2, concurrency = 20): Promise<number> {
  variantsBySession(gw);
  const c = client(gw);
  let errors = 0;
  for (let i = 0; i < ids.length; i += concurrency) {
    await Promise.all(
      ids.slice(i, i + concurrency).map(async (id) => {
        for (let r = 0; r < perSession; r++) {
          try {
            await c.chat.completions.create({ model: 'agent-main', messages: [{ role: 'user', content: `turn ${r}` }] }, { headers: { 'x-switchyard-session-id': id } });
          } catch {
            errors++;
          }
        }
      }),
    );
  }
  return errors;
}

export async function admin(gw: TestGateway, method: 'GET' | 'POST', path: string, body?: unknown, token = adminToken(gw)): Promise<{ status: number; json: any }> {
  const res = await fetch(`${gw.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: await res.json() };
}

export const evaluate = async (gw: TestGateway): Promise<ExperimentReport> => (await admin(gw, 'POST', '/v1/experiments/agent-main/evaluate', {})).json;

/**
 * Runs `switchyard ...args` without blocking this process: the gateway under test lives in it, so
 * a synchronous spawn would keep it from answering the CLI.
 */
export function runCliAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
