// The JSON text of a trace's context (the user's last messages) with each long message's quoted
// text remembered: an agent resends its earlier messages on every turn, and a new request brings
// them as new strings, whose JSON was written again for every answer (~18 µs for the 3.4 KB of
// perf-r21's agent turn, ~5 ns a character: the messages hold newlines to escape). The look-up
// hashes the string once; the firewall's redaction and crisis memos have hashed the same string
// object already, so V8 finds the hash kept in it.

/** Shorter messages are quoted each time: their JSON costs less than a look-up and the memory. */
const MIN_CHARS = 256;
const MAX_ENTRIES = 1024;
/** Characters of message text kept (their JSON about as much again); emptied when either is full. */
const MAX_CHARS = 1 << 22;
const quoted = new Map<string, string>();
let chars = 0;

function quote(s: string): string {
  if (s.length < MIN_CHARS) return JSON.stringify(s);
  let q = quoted.get(s);
  if (q !== undefined) return q;
  q = JSON.stringify(s);
  if (quoted.size >= MAX_ENTRIES || chars + s.length > MAX_CHARS) {
    quoted.clear();
    chars = 0;
  }
  quoted.set(s, q);
  chars += s.length;
  return q;
}

/**
 * JSON.stringify(context) to the character, when every value is a string, a number, an array of
 * strings or undefined (the observer's context: `user_message`, `user_messages`, `session_id`);
 * undefined for any other context, which the caller then stringifies whole.
 */
export function contextJsonText(context: Record<string, unknown>): string | undefined {
  let out = '{';
  for (const key of Object.keys(context)) {
    const v = context[key];
    let text: string;
    if (v === undefined) continue;
    if (typeof v === 'string') text = quote(v);
    else if (typeof v === 'number') text = JSON.stringify(v);
    else if (Array.isArray(v) && v.every((m) => typeof m === 'string')) text = `[${(v as string[]).map(quote).join(',')}]`;
    else return undefined;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}
