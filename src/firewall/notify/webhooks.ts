import type { Logger } from 'pino';
import { envRefName } from '../../config/secret.js';
import { ConfigError } from '../../core/errors.js';
import type { ApprovalRecord } from '../../store/firewall-types.js';
import { genericBody, linksFor, slackBody } from './bodies.js';
import type { NotifyWebhook } from './schema.js';
import type { Redactor } from '../../store/redact.js';

// Sends each pending approval to the configured webhooks. Fire and forget: a slow or failing
// webhook never holds a tool call; failures are logged by webhook index, never by URL.

export interface ResolvedWebhook {
  index: number;
  url: string;
  format: NotifyWebhook['format'];
  timeout_ms: number;
}

export function resolveWebhooks(hooks: NotifyWebhook[], env: NodeJS.ProcessEnv, file = '(config)'): ResolvedWebhook[] {
  return hooks.map((h, index) => {
    const name = envRefName(h.url);
    const url = name ? env[name] : h.url;
    if (!url) throw new ConfigError(file, [{ path: `firewall.notify[${index}].url`, message: `environment variable ${name} is not set` }]);
    if (!/^https?:\/\//.test(url)) throw new ConfigError(file, [{ path: `firewall.notify[${index}].url`, message: `environment variable ${name} does not hold an http(s) URL` }]);
    return { index, url, format: h.format, timeout_ms: h.timeout_ms };
  });
}

export async function deliver(hook: ResolvedWebhook, approval: ApprovalRecord, baseUrl: string, logger?: Logger, redactor?: Redactor): Promise<boolean> {
  const links = linksFor(baseUrl, approval.id);
  const body = hook.format === 'slack' ? slackBody(approval, links) : genericBody(approval, links);
  // The approval is redacted already; the body passes the redactor again because it leaves the machine.
  const text = redactor ? redactor.json(body) : JSON.stringify(body);
  try {
    const res = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text, signal: AbortSignal.timeout(hook.timeout_ms) });
    await res.body?.cancel();
    if (!res.ok) logger?.warn({ webhook: hook.index, status: res.status, approval: approval.id }, 'approval webhook answered with an error');
    return res.ok;
  } catch (err) {
    logger?.warn({ webhook: hook.index, approval: approval.id, error: (err as Error).name }, 'approval webhook failed');
    return false;
  }
}
