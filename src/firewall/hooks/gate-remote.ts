import type { IncomingMessage, RequestOptions } from 'node:http';
import type { Assessment, AssessContext, ToolCallInput } from '../types.js';

// A verdict from a running gateway (POST /v1/firewall/assess, then optionally wait for the
// human's answer with the agent's own key, which can read the outcome but never give it).
// Separate from the local engine so the hook process asking a gateway loads neither the engine
// nor fetch (undici): node:http answers in a fraction of their load time.

export interface Verdict {
  /** allow: run it. deny: do not. ask: a human has not answered (yet); the caller decides how to ask. */
  decision: 'allow' | 'deny' | 'ask';
  /** For the agent and the person: what the firewall saw and what happened. */
  reason: string;
  assessment: Assessment;
  approval_id: string | null;
  /** allowed | allowed_by_rule | approved | denied | expired | pending | policy_denied | local_ask */
  outcome: string;
}

export interface RemoteGate {
  url: string;
  apiKey?: string;
  /** How long to wait for a human answer to a gated call; 0 = do not wait. */
  waitMs: number;
}

export class GatewayUnavailableError extends Error {}

/** No answer to the assess request in this long: the gateway is treated as unreachable. */
const ASSESS_TIMEOUT_MS = 10_000;

export function summary(a: Assessment): string {
  return `${a.tool_name}: risk ${a.risk_score.toFixed(2)} (${a.side_effect_class})${a.reasons.length ? ` - ${a.reasons.join('; ')}` : ''}`;
}

async function send(url: URL, opts: RequestOptions, body: string | undefined, timeoutMs: number | undefined): Promise<{ status: number; statusText: string; text: string }> {
  // Loaded here: a hook that answers locally never needs the http client.
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, opts, (res: IncomingMessage) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', text: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (timeoutMs) req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.end(body);
  });
}

async function post(gate: RemoteGate, method: string, path: string, body?: unknown, signal?: AbortSignal, timeoutMs?: number): Promise<any> {
  const text = body !== undefined ? JSON.stringify(body) : undefined;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (gate.apiKey) headers.authorization = `Bearer ${gate.apiKey}`;
  if (text !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(text));
  }
  let res;
  try {
    // agent: false - no keep-alive socket holding a short-lived hook process open after its answer.
    res = await send(new URL(path, gate.url), { method, headers, signal, agent: false }, text, timeoutMs);
  } catch (err) {
    throw new GatewayUnavailableError(`cannot reach the Switchyard gateway at ${gate.url}: ${(err as Error).message}`);
  }
  let json: any = null;
  try {
    json = JSON.parse(res.text);
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  if (res.status < 200 || res.status >= 300) throw new GatewayUnavailableError(`the Switchyard gateway answered ${res.status}: ${json?.error?.message ?? res.statusText}`);
  return json;
}

export async function remoteVerdict(gate: RemoteGate, call: ToolCallInput, context: AssessContext, signal?: AbortSignal): Promise<Verdict> {
  const r = await post(gate, 'POST', '/v1/firewall/assess', { tool: call.tool, args: call.args, annotations: call.annotations, context }, signal, ASSESS_TIMEOUT_MS);
  const { trace_id: _t, status, approval_id, expires_at: _e, rule_id, ...assessment } = r;
  const a = assessment as Assessment;
  if (status === 'allow') return { decision: 'allow', reason: `Switchyard firewall allows ${summary(a)}${rule_id ? ' (standing approval rule)' : ''}`, assessment: a, approval_id: null, outcome: rule_id ? 'allowed_by_rule' : 'allowed' };
  if (status === 'deny') return { decision: 'deny', reason: `Switchyard firewall denies ${summary(a)}`, assessment: a, approval_id: null, outcome: 'policy_denied' };
  const deadline = Date.now() + gate.waitMs;
  // Long-poll in slices the gateway accepts (<= 120 s each) until answered or our budget runs out.
  for (let i = 0; i < 1000 && Date.now() < deadline; i++) {
    const slice = Math.max(1, Math.min(deadline - Date.now(), 120_000));
    const w = await post(gate, 'GET', `/v1/firewall/approvals/${encodeURIComponent(approval_id)}/wait?timeout_ms=${slice}`, undefined, signal);
    if (w.status === 'approved') return { decision: 'allow', reason: `Approved by ${w.answer === 'once' ? 'a person' : `a person (${w.answer})`} through Switchyard: ${summary(a)}`, assessment: a, approval_id, outcome: 'approved' };
    if (w.status === 'denied') return { decision: 'deny', reason: `A person denied this call through Switchyard (approval ${approval_id}): ${summary(a)}`, assessment: a, approval_id, outcome: 'denied' };
    if (w.status === 'abandoned') return { decision: 'deny', reason: `Switchyard released approval ${approval_id} without an answer (gateway restarting); not run: ${summary(a)}`, assessment: a, approval_id, outcome: 'abandoned' };
    if (w.status === 'expired') return { decision: 'deny', reason: `No one approved this call before approval ${approval_id} expired: ${summary(a)}`, assessment: a, approval_id, outcome: 'expired' };
  }
  return { decision: 'ask', reason: `Switchyard firewall: needs a person's approval (pending approval ${approval_id}): ${summary(a)}`, assessment: a, approval_id, outcome: 'pending' };
}
