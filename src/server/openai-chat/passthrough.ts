// A forwarded Chat Completions stream differs from the upstream's in one place: each chunk's
// id is Switchyard's inference id (the upstream's stays in the inference record). The text may
// hold several events (one upstream network chunk's worth); each starts the text or follows a
// blank line.
//
// Spliced with indexOf, not `replace` with a global RegExp and a `$1` template: the template takes
// V8's runtime replace path, ~5 µs a 10-event stream (docs/performance.md, perf-stream2). The
// result is the RegExp's, byte for byte: /(^|\n\n)data: \{"id":"(?:[^"\\]|\\.)*"/g (the test
// compares the two on generated texts).

const LEAD = 'data: {"id":"';
const AFTER_BLANK = `\n\n${LEAD}`;

export function stampChunk(data: string, inferenceId: string): string {
  let out = '';
  let copied = 0; // data before this index is in `out`
  let stamped = false;
  const id = JSON.stringify(inferenceId);
  let at = data.startsWith(LEAD) ? 0 : -1;
  let from = 0;
  for (;;) {
    if (at < 0) {
      const blank = data.indexOf(AFTER_BLANK, from);
      if (blank < 0) break;
      at = blank + 2;
    }
    const close = closingQuote(data, at + LEAD.length);
    if (close < 0) {
      // No id string here: the RegExp tries again one character on (a blank line inside this one).
      from = at === 0 ? 1 : at - 1;
    } else {
      out += `${data.slice(copied, at)}data: {"id":${id}`;
      copied = close + 1;
      from = copied;
      stamped = true;
    }
    at = -1;
  }
  return stamped ? out + data.slice(copied) : data;
}

/** The index of the quote closing the JSON string whose text starts at `i`, or -1 (unclosed, or a backslash before a line break). */
function closingQuote(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 34) return i;
    if (c === 92) {
      if (i + 1 >= n || isLineBreak(s.charCodeAt(i + 1))) return -1;
      i += 2;
    } else i++;
  }
  return -1;
}

// What a RegExp `.` does not match.
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
