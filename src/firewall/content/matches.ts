// text.matchAll(re) as an array, without what matchAll costs before it finds anything: a copy of
// the regex (a new RegExp object per call) and an iterator. The detectors run some thirty such
// scans over every outbound text, and almost all of them find nothing.

/** No match: what a detector's skipped scan yields. */
export const NONE: readonly RegExpExecArray[] = [];

/**
 * The matches `[...text.matchAll(re)]` yields, in order: from re.lastIndex, past empty matches
 * as matchAll steps (by code point with the u or v flag), leaving re.lastIndex as it was.
 */
export function matchesOf(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf: /${re.source}/${re.flags} is not global`);
  const from = re.lastIndex;
  let out: RegExpExecArray[] | null = null;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      (out ??= []).push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, /[uv]/.test(re.flags));
    }
  } finally {
    re.lastIndex = from;
  }
  return out ?? NONE;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
