import { mentionsDisposable } from '../targets.js';
import { finding, type Finding } from './finding.js';
import { judgeMachineUrl } from './machine-action.js';

// The control APIs of hosting, DNS/CDN, CI, paging and package-registry platforms. A write there
// (purge a zone's cache, suspend a service, put an app in maintenance, disable a pager service,
// add a gem owner, start a build on main) changes the account's live setup for everyone it serves,
// whatever the path names: the account is the team's. A path naming a disposable target
// (staging, a preview, a per-PR app) stays in the middle band; reads are not judged here.

const PLATFORM = /^(?:api\.cloudflare\.com|api\.fastly\.com|api\.bunny\.net|[\w-]+\.luna\.akamaiapis\.net|api\.heroku\.com|api\.render\.com|api\.fly\.io|api\.machines\.dev|api\.vercel\.com|api\.netlify\.com|api\.digitalocean\.com|api\.linode\.com|api\.hetzner\.cloud|api\.supabase\.com|api\.pulumi\.com|app\.terraform\.io|api\.pagerduty\.com|api\.opsgenie\.com|api\.buildkite\.com|circleci\.com|api\.bitbucket\.org|rubygems\.org|registry\.npmjs\.org|crates\.io|upload\.pypi\.org)$/i;
/** A monitoring API's silencing endpoints: a downtime or mute stops the paging, as a paging platform's maintenance window does. */
const SILENCES = /^api\.datadoghq\.(?:com|eu)$/i;
const SILENCE_PATH = /\/(?:downtime|mute)(?:\/|$)/i;
/** Alertmanager's silence endpoint wherever it is hosted (Grafana proxies it under /api/alertmanager/…): as `amtool silence add`. */
const ALERTMANAGER_SILENCE = /\/api\/v[12]\/silences?\/?$/i;
/** Parts of those APIs that answer questions even when POSTed to (GraphQL reads, searches). */
const QUERY_PATH = /\/(?:graphql|search|query|validate|preview)(?:\/|$)/i;

/** A body that scopes the change (`scope: ["env:staging"]`, a service `checkout-staging`) only to disposable targets. */
const LIVE_SCOPE = /\bprod(?:uction)?\b|\blive\b|"\*"/i;

export function judgePlatformApi(raw: string, method: string, body = ''): Finding | null {
  if (!/^(POST|PUT|PATCH|DELETE)$/i.test(method)) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (ALERTMANAGER_SILENCE.test(url.pathname) && !/^DELETE$/i.test(method)) {
    if (mentionsDisposable(body) && !LIVE_SCOPE.test(body)) return finding(0.3, 'external', true, 'infra_change', `${method.toUpperCase()} ${url.hostname}${url.pathname} silences alerts of a disposable environment`);
    return finding(0.75, 'critical', true, 'safety_tampering', `${method.toUpperCase()} ${url.hostname}${url.pathname} adds an Alertmanager silence: alerts are hidden from the people on call`);
  }
  if (!(PLATFORM.test(url.hostname) || (SILENCES.test(url.hostname) && SILENCE_PATH.test(url.pathname))) || QUERY_PATH.test(url.pathname)) return null;
  // A new Netlify or Vercel deploy is a draft or preview URL until it is promoted (as `netlify deploy` without --prod).
  // The body can ask for production too (`"target": "production"`, `"prod": true`).
  if (/^api\.(netlify|vercel)\.com$/.test(url.hostname) && /\/(deploys|deployments)\/?$/.test(url.pathname) && !/production/.test(url.search) && !/"target":"production"|"prod":true/.test(body.replace(/\s/g, '')) && /^POST$/i.test(method)) return null;
  // A machine's action endpoint on such a platform (a Hetzner poweroff, a DigitalOcean snapshot) is judged by what the action does.
  const machine = judgeMachineUrl(raw, method, body);
  if (machine) return machine;
  const where = `${url.hostname}${url.pathname}`;
  if (mentionsDisposable(url.pathname) || (mentionsDisposable(body) && !LIVE_SCOPE.test(body))) return finding(0.35, 'external', true, 'infra_change', `${method.toUpperCase()} ${where} changes a disposable target on a platform's control API`);
  return finding(0.75, 'critical', false, 'infra_change', `${method.toUpperCase()} ${where} changes the team's account on a hosting, CI, paging or registry platform (live for everyone it serves)`);
}
