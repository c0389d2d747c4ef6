// A payment processor's sandbox is a host of its own (api-m.sandbox.paypal.com,
// sandbox.safaricom.co.ke, connect.squareupsandbox.com, checkout-test.adyen.com): what a call sends
// there moves no money. Only the host counts: "sandbox" in a path, a batch id or a note on a live
// host is a label anyone can write (the dq1 set's twins).

/** A host label that names a sandbox or test system: the label itself, a `-` part of it, or a name ending in "sandbox". */
const SANDBOX_LABEL = /^(?:sandbox|test|testing)$|sandbox$/;

/** The URL's host names a sandbox or test system; a URL that does not parse says nothing. */
export function sandboxHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host.split('.').some((label) => label.split('-').some((part) => SANDBOX_LABEL.test(part)));
}
