/** The sentences of what the user said: each message split after a sentence's end or at a line break. */
export function saidSentences(said: readonly string[]): string[] {
  return said.flatMap((m) => m.split(/(?<=[.!?])\s+|\n/));
}
