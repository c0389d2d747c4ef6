import { isDispatcher } from './dispatch.js';
import { splitName, tokens } from './tool-name.js';
import { obj } from './types.js';

// A generic request tool (`api_request`, `http_request`, `fetch`, `call_api`) given a method and a
// path on a service makes that service's call: `POST /api/v1/downtime` to Datadog is a request,
// not a write to a file named /api/v1/downtime. This reads the request out of the arguments; the
// message, platform and money rules judge it (rules/service-message.ts, rules/platform-api.ts,
// rules/api-envelope.ts).

/** The service's API host, by the names agents give it in `service`. */
const SERVICE_HOST: Record<string, string> = {
  twilio: 'api.twilio.com', sendgrid: 'api.sendgrid.com',
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
  if (!isDispatcher(tokens(splitName(tool).tool))) return null;
  const method = args.method ?? args.http_method;
  const path = args.path ?? args.endpoint;
  if (typeof method !== 'string' || !HTTP_METHOD.test(method) || typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) return null;
  const service = typeof args.service === 'string' ? args.service.toLowerCase() : '';
  const host = SERVICE_HOST[service] ?? (typeof args.host === 'string' && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(args.host) ? args.host : undefined);
  return { method: method.toUpperCase(), path: path.split('?')[0], ...(host ? { url: `https://${host}${path}` } : {}), body: obj(args.body) };
}
