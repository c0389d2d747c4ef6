// Scanning JSON text without parsing it (the body depth guard, the pass-through's model splice).

/** Index of the quote that closes the string whose content starts at `from`, or -1. */
export function closingQuote(text: string, from: number): number {
  for (let i = from; ; ) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}
