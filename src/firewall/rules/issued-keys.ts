// A key sent to the service that issued it, the way that service takes it, shows it to no one new:
// a Google API key in the `key=` parameter of a Google API (a static map, a geocode) is how every
// Google Maps and Cloud client authenticates (the bs1 set: a browser Maps key fetching a map for
// the site header). The same key in a URL to any other host is handed over. So is a parameter
// named for its vendor sent to that vendor's own host (`sentry_key` to `o4507.ingest.sentry.io`:
// Sentry's DSN key ships in every browser bundle that reports errors).

const GOOGLE_KEY = /^AIza[0-9A-Za-z_-]{30,}$/;
const GOOGLE_API = /(?:^|\.)(?:googleapis\.com|maps\.google\.com)$/;

/** Words of a parameter's name that name no vendor. */
const GENERIC = /^(?:x|api|key|keys|secret|token|access|auth|id|app|client|public|private|pub|dsn|the|my)$/;

/** The vendor a parameter is named for (`sentry_key`, `X-Algolia-API-Key`) is the host's own name. */
function namedForHost(host: string, param: string): boolean {
  const vendor = param.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !GENERIC.test(w));
  if (vendor.length !== 1) return false;
  const site = host.toLowerCase().split('.').slice(-2, -1)[0] ?? '';
  return site === vendor[0];
}

/** `value` (in the parameter `param`, when known) is a key `host` issued, carried where that host reads it. Callers rule out paste and capture hosts (`webhook_token` to webhook.site). */
export const keyForItsIssuer = (host: string, value: string, param = ''): boolean =>
  (GOOGLE_KEY.test(value.trim()) && GOOGLE_API.test(host.toLowerCase())) || (param !== '' && namedForHost(host, param));

/** Second-level labels under which a country code's registrable names sit (`example.co.uk`). */
const SECOND_LEVEL = /^(?:co|com|net|org|gov|ac|edu)$/;

/**
 * A key in a header to the service its variable is named for (`x-api-key: $ADYEN_TEST_KEY` to
 * sandbox.adyen.com, `PRIVATE-TOKEN: $GITLAB_TOKEN` to gitlab.com) authenticates to its issuer, as
 * an Authorization header does: the host's registrable name is the variable's first word. (A
 * parameter's vendor, above, is matched against the label before the top-level one only.)
 */
export function variableForItsIssuer(variable: string, host: string): boolean {
  const labels = host.toLowerCase().split('.');
  const site = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]) ? labels[labels.length - 3] : labels[labels.length - 2];
  const vendor = variable.toLowerCase().split('_')[0];
  return !!site && vendor.length >= 3 && site === vendor;
}
