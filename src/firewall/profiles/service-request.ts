import { isDispatcherTool } from './dispatch.js';
import { obj } from './types.js';

// A generic request tool (`api_request`, `http_request`, `fetch`, `call_api`) given a method and a
// path on a service makes that service's call: `POST /api/v1/downtime` to Datadog is a request,
// not a write to a file named /api/v1/downtime. This reads the request out of the arguments; the
// message, platform and money rules judge it (rules/service-message.ts, rules/platform-api.ts,
// rules/api-envelope.ts).

/** The service's API host, by the names agents give it in `service`. */
const SERVICE_HOST: Record<string, string> = {
  twilio: 'api.twilio.com', sendgrid: 'api.sendgrid.com', slack: 'slack.com', mailgun: 'api.mailgun.net', postmark: 'api.postmarkapp.com',
  discord: 'discord.com', telegram: 'api.telegram.org',
  datadog: 'api.datadoghq.com', pagerduty: 'api.pagerduty.com', opsgenie: 'api.opsgenie.com', cloudflare: 'api.cloudflare.com',
  heroku: 'api.heroku.com', vercel: 'api.vercel.com', netlify: 'api.netlify.com', digitalocean: 'api.digitalocean.com', render: 'api.render.com',
};
const HTTP_METHOD = /^(?:get|head|options|post|put|patch|delete)$/i;

export interface ServiceRequest {
  method: string;
  path: string;
  /** The full URL, when the service or host is one whose API host is known. */
  url?: string;
  body: Record<string, unknown>;
}

/** The request a generic request tool makes when its arguments are a method and a path on its service, or null. */
export function serviceRequestOf(tool: string, args: Record<string, unknown>): ServiceRequest | null {
  if (!isDispatcherTool(tool)) return null;
  const method = args.method ?? args.http_method;
  const path = args.path ?? args.endpoint;
  if (typeof method !== 'string' || !HTTP_METHOD.test(method) || typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return null;
  const service = typeof args.service === 'string' ? args.service.toLowerCase() : '';
  const host = SERVICE_HOST[service] ?? (typeof args.host === 'string' && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(args.host) ? args.host : undefined);
  return { method: method.toUpperCase(), path: path.split('?')[0], ...(host ? { url: `https://${host}${path}` } : {}), body: obj(args.body) };
}

/**
 * The same request when the tool is given the whole URL (`{"method": "POST", "url": "https://slack.com/api/chat.postMessage",
 * "body": {…}}`), the body as an object or as JSON text under `body`, `json` or `data`; a read
 * (no method, or GET) is not one.
 */
export function urlRequestOf(tool: string, args: Record<string, unknown>): (ServiceRequest & { url: string; host: string }) | null {
  if (!isDispatcherTool(tool)) return null;
  const method = args.method ?? args.http_method;
  const url = args.url ?? args.endpoint;
  if (typeof method !== 'string' || !HTTP_METHOD.test(method) || typeof url !== 'string' || !/^https:\/\//i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const raw = args.body ?? args.json ?? args.data;
  return { method: method.toUpperCase(), path: parsed.pathname, url, host: parsed.hostname, body: typeof raw === 'string' ? parsedBody(raw) : obj(raw) };
}

/** A body given as JSON text, or as a form (`to=…&text=…`). */
function parsedBody(raw: string): Record<string, unknown> {
  try {
    return obj(JSON.parse(raw));
  } catch {
    return raw.includes('=') ? Object.fromEntries(new URLSearchParams(raw)) : {};
  }
}
