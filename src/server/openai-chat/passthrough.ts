// A forwarded Chat Completions stream differs from the upstream's in one place: each chunk's
// id is Switchyard's inference id (the upstream's stays in the inference record). The text may
// hold several events (one upstream network chunk's worth); each starts the text or follows a
// blank line.

const LEADING_ID = /(^|\n\n)data: \{"id":"(?:[^"\\]|\\.)*"/g;

/**
 * The stamp of one stream: the replacement is made once, not per network chunk (a stream's raw
 * chunks all get the same id).
 */
export function chatIdStamp(inferenceId: string): (data: string) => string {
  // `$` would be a replacement pattern; doubled it is itself.
  const replacement = `$1data: {"id":${JSON.stringify(inferenceId).replaceAll('$', '$$$$')}`;
  return (data) => data.replace(LEADING_ID, replacement);
}
