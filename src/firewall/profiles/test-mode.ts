// Removing or voiding in a payment processor's test mode (`livemode: false`), a sandbox, a
// training till or on this machine (`host: "localhost"`) touches no real customer, sale or data.
// Anything that says live or production wins; dev and staging are not test modes here (deleting
// in them still loses someone's work).

/** Values that name the real thing: production, live, the release branch. */
export const LIVE_VALUE = /^(?:prod|production|live|release|main|master)$/i;
const TEST_VALUE = /^(?:sandbox|test|testing|test[-_]?mode|training|practice|demo|localhost|127\.0\.0\.1|::1)$/i;
const TEST_KEY = /^(?:environment|env|mode|stage|host|till_mode|account_mode)$/i;

/** The arguments say test mode (`livemode: false`, `test_mode: true`), a sandbox, training, or this machine; nothing says live. */
export function testOnly(flat: Record<string, unknown>): boolean {
  let test = false;
  for (const [k, v] of Object.entries(flat)) {
    if (typeof v === 'string' && LIVE_VALUE.test(v) && (TEST_KEY.test(k) || /^(?:livemode|live)$/i.test(k))) return false;
    if (v === true && /^(?:livemode|live)$/i.test(k)) return false;
    if ((v === false && /^(?:livemode|live)$/i.test(k)) || (v === true && /^(?:test_?mode|sandbox|test)$/i.test(k)) || (typeof v === 'string' && TEST_KEY.test(k) && TEST_VALUE.test(v))) test = true;
  }
  return test;
}
