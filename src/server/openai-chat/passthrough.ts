// A forwarded Chat Completions stream differs from the upstream's in one place: each chunk's
// id is Switchyard's inference id (the upstream's stays in the inference record). The text may
// hold several events (one upstream network chunk's worth); each starts the text or follows a
// blank line.

const LEADING_ID = /(^|\n\n)data: \{"id":"(?:[^"\\]|\\.)*"/g;

export function stampChunk(data: string, inferenceId: string): string {
  // `$` would be a replacement pattern; doubled it is itself.
  const id = JSON.stringify(inferenceId).replaceAll('$', '$$$$');
  return data.replace(LEADING_ID, `$1data: {"id":${id}`);
}
