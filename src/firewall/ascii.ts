// Whether a text is all ASCII: the scanners that have a cheaper path for it (lowercasing instead
// of case-insensitive Unicode regexes, byte-wise word scans, smaller regexes) ask this one test.

const NON_ASCII = /[^\x00-\x7f]/;

/** True when the text has no character outside ASCII. */
export const isAscii = (text: string): boolean => !NON_ASCII.test(text);
