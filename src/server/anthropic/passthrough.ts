// The two places a forwarded Anthropic answer differs from the upstream's: the message id is
// Switchyard's inference id (so clients can send feedback for it), nothing else.

export function stampJson(raw: Record<string, unknown>, inferenceId: string): Record<string, unknown> {
  return { ...raw, id: inferenceId };
}

/** Rewrites the id in a message_start event; every other event passes byte for byte. */
export function stampEvent(data: string, inferenceId: string): string {
  if (!data.startsWith('event: message_start')) return data;
  const at = data.indexOf('data: ');
  if (at < 0) return data;
  try {
    const e = JSON.parse(data.slice(at + 6)) as { message?: Record<string, unknown> };
    if (!e.message) return data;
    e.message.id = inferenceId;
    return `${data.slice(0, at)}data: ${JSON.stringify(e)}\n\n`;
  } catch {
    return data;
  }
}
