import { disposable } from '../targets.js';
import { finding, type Finding } from './finding.js';

// MCP and other unknown tools that manage infrastructure (DNS, firewalls, deployments, clusters,
// instances): the tool's name says what it touches, its arguments say where. DNS and firewall
// changes are live the moment they apply; deployments and scaling matter in production; opening a
// port to the whole internet matters anywhere. Listing and reading run.

const DNS = /^(?:dns|zones?|nameservers?|cname|txt|mx|domains?|hostnames?|redirects?)$/;
/** A record is a DNS record when its arguments say so; otherwise it is a row in a CRM or table. */
const RECORD = /^records?$/;
const RECORD_TYPE = /^(?:A|AAAA|CNAME|MX|TXT|NS|SRV|CAA|PTR|ALIAS)$/;
const FIREWALL = /^(?:firewall|firewalls|security|ingress|egress|acl|acls|waf|allowlist|whitelist|port|ports|sg)$/;
const RUNTIME = /^(?:deployments?|deploy|releases?|clusters?|instances?|servers?|vms?|droplets?|nodes?|pods?|services?|functions?|lambdas?|containers?|apps?|stacks?|environments?|databases?|db|buckets?|load|balancer|loadbalancer|lb|cdn|certificates?|certs?|vpc|subnets?|volumes?|snapshots?|workers?)$/;
const LIVE_VERB = /^(?:promote|deploy|release|scale|restart|reboot|rollback|roll|resize|stop|start|redeploy|failover|migrate|apply|rotate|publish|purge|invalidate)$/;
const CHANGE_INTENT = new Set(['create', 'write', 'exec', 'destroy']);
const PROD = /(?:^|[^a-z])(?:prod|production|prd|live)(?:[^a-z]|$)/i;
const PUBLIC_HOSTNAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}\.?$/i;
const PRIVATE_HOSTNAME = /\.(?:local|localhost|test|internal|lan|home\.arpa|example|invalid)\.?$/i;
const OPEN_TO_ALL = /^(?:0\.0\.0\.0\/0|::\/0|\*|any|anywhere|internet)$/i;

export interface ToolCall {
  /** The tool's name split into lower-case words. */
  tokens: string[];
  /** What the name says it does (unknown.ts Intent), if anything. */
  intent: string | null;
  /** Every string in the arguments, flattened. */
  strings: string[];
  /** The name the call gives a record it makes (`name`, `subdomain`, `hostname`), if any. */
  recordName?: string;
}

export function judgeInfraTool(call: ToolCall): Finding[] {
  const { tokens, intent } = call;
  // A name that reads first (get_latest_release, list_deployments) reads whatever nouns follow it.
  if (!intent || intent === 'read' || !CHANGE_INTENT.has(intent) && !tokens.some((t) => LIVE_VERB.test(t))) return [];
  const dnsRecord = tokens.some((t) => RECORD.test(t)) && call.strings.some((s) => RECORD_TYPE.test(s.trim()) || PUBLIC_HOSTNAME.test(s.trim()));
  const dns = (tokens.some((t) => DNS.test(t)) || dnsRecord) && !tokens.includes('email');
  const firewall = tokens.some((t) => FIREWALL.test(t)) && (tokens.includes('rule') || tokens.includes('rules') || tokens.includes('group') || tokens.some((t) => /^(?:firewall|ingress|egress|waf|acl|sg)$/.test(t)));
  const runtime = tokens.some((t) => RUNTIME.test(t));
  if (!dns && !firewall && !runtime) return [];
  const prod = call.strings.some((s) => PROD.test(s));
  const publicName = call.strings.find((s) => PUBLIC_HOSTNAME.test(s) && !PRIVATE_HOSTNAME.test(s));
  const out: Finding[] = [];
  const name = tokens.join('_');
  if (firewall && call.strings.some((s) => OPEN_TO_ALL.test(s.trim()))) {
    out.push(finding(0.85, 'critical', false, 'access_control', `${name} opens access to the whole internet`));
  }
  // A record in a zone named for staging or previews (`tallyhq-staging.com`, `docs-preview.…`) is seen by testers, not customers.
  // So is a new record whose own name says preview or staging (`qms-preview.nordform.com`, `preview`):
  // it adds a name nobody uses yet and leaves the zone's other records as they were.
  const preprodRecord = intent === 'create' && !!call.recordName && disposable(call.recordName.split('.')[0]);
  const preprodZone = !prod && ((!!publicName && disposable(publicName)) || preprodRecord);
  if (dns && preprodZone && !firewall) {
    out.push(finding(0.2, 'external', true, 'infra_change', `${name} changes DNS for a staging or preview name only`));
  } else if (dns && (publicName || prod) && !preprodZone && !/\.(?:test|local)$/.test(publicName ?? '')) {
    out.push(finding(0.75, 'critical', false, 'infra_change', `${name} changes live DNS${publicName ? ` (${publicName})` : ''}, which takes effect for everyone at once`));
  } else if (firewall || dns) {
    out.push(finding(prod ? 0.78 : 0.5, prod ? 'critical' : 'external', false, 'infra_change', `${name} changes network access rules${prod ? ' in production' : ''}`));
  }
  if (runtime && !dns && !firewall) {
    if (prod) out.push(finding(intent === 'destroy' ? 0.9 : 0.78, 'critical', false, 'infra_change', `${name} changes live infrastructure in production`));
    else if (tokens.some((t) => LIVE_VERB.test(t))) out.push(finding(0.5, 'external', false, 'infra_change', `${name} changes live infrastructure`));
  }
  return out;
}
