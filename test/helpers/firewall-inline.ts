// Shared by the firewall enforcement tests: approver-side HTTP calls against a test gateway.

export const FW_ENV = { SY_AGENT_KEY: 'agent-key-inline', SY_APPROVER: 'approver-token-inline' };

export const TERMINAL_TOOL = {
  type: 'function' as const,
  function: { name: 'terminal', description: 'run a shell command', parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } },
};

export async function api(base: string, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Waits (bounded) until the session has a pending approval, as an approver watching the queue would. */
export async function pendingFor(base: string, sessionId: string, approver = FW_ENV.SY_APPROVER): Promise<any> {
  for (let i = 0; i < 500; i++) {
    const r = await api(base, 'GET', `/v1/approvals?session_id=${encodeURIComponent(sessionId)}`, approver);
    if (r.status !== 200) throw new Error(`list approvals: ${r.status} ${JSON.stringify(r.body)}`);
    if (r.body.data.length > 0) return r.body.data[0];
    await new Promise((res) => setTimeout(res, 20));
  }
  throw new Error(`no pending approval for session ${sessionId}`);
}
