import { argStrings } from '../arg-strings.js';

// An export or backup written into the user's own storage (their drive or workspace, their home
// folder, the agent's local sandbox) copies data to someone who already has it. Where it goes is
// the whole question: a bucket, a URL, an SFTP drop, a mail address or a share with anyone else is
// a disclosure and keeps its reading, and so does any export of passwords, keys or secrets (a file
// of them in clear is a secret read whoever owns the folder).

/** Verbs of copying data out of a service. */
export const EXPORTS = /^(?:export|exports|backup|backups|download|dump|archive)$/;
const DESTINATION_KEY = /^(?:destination|dest|output|output_path|out|target|path|file|file_path|save_to|to|location|folder)$/i;
/** The user's own places: their drive or workspace, a local path, their home folder, the sandbox. */
const OWN_PLACE = /^(?:(?:drive|workspace|docs|notes|files):\/\/(?:me|my|mine)\b|my[-_ ]?drive\b|local:(?:\/\/)?|~\/|\$HOME\/|\/home\/[\w.-]+\/|\/Users\/[\w.-]+\/|\/mnt\/data\/|(?:csv|xlsx|json|pdf):\/mnt\/data\/)/i;
/** Keys that hand the export to someone: a recipient, a share, a delivery. */
const HANDS_OVER = /^(?:send_to|share_with|shared_with|recipients?|email|emails|cc|bcc|deliver_to|delivery|notify|webhook|partner|upload_to)$/i;
const SECRETS = /passw|secret|credential|vault|keychain|token|private[-_ ]?key|api[-_]?key|seed|mnemonic|2fa|otp/i;

/** Whether a call that exports (`words` hold an export verb) writes only into the user's own storage. */
export function exportsToOwnPlace(words: readonly string[], args: Record<string, unknown>): boolean {
  if (!words.some((w) => EXPORTS.test(w)) || words.some((w) => SECRETS.test(w))) return false;
  // `to: "2025-06-30"` ends a date range; a place has a scheme, a path or an address in it.
  const destinations = Object.entries(args).filter(([k, v]) => DESTINATION_KEY.test(k) && typeof v === 'string' && /[/:@]/.test(v)) as Array<[string, string]>;
  if (!destinations.length || !destinations.every(([, v]) => OWN_PLACE.test(v) && !/(^|\/)\.\.(\/|$)/.test(v))) return false;
  if (Object.entries(args).some(([k, v]) => HANDS_OVER.test(k) && v !== false && v !== null && v !== '')) return false;
  return !argStrings(args).some((s) => SECRETS.test(s)) && !Object.entries(args).some(([k, v]) => SECRETS.test(k) && v !== false);
}
