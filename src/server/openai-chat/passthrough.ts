// A forwarded Chat Completions stream differs from the upstream's in one place: each chunk's
// id is Switchyard's inference id (the upstream's stays in the inference record).

const LEADING_ID = /^data: \{"id":"(?:[^"\\]|\\.)*"/;

export function stampChunk(data: string, inferenceId: string): string {
  return data.replace(LEADING_ID, `data: {"id":${JSON.stringify(inferenceId)}`);
}
