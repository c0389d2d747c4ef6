// One regex that matches where any of several does, for `test` only: a text none of them matches
// (the usual case for the rules' keyword patterns) is read in one pass instead of one per pattern,
// and the rules then ask the patterns themselves only when it matches. Exact for patterns with the
// same flags and no backreferences (a group's number changes inside the union).

export class RegexUnionError extends Error {}

const BACKREFERENCE = /\\[1-9]|\\k</;

export function anyOf(regexes: readonly RegExp[]): RegExp {
  if (regexes.length === 0) throw new RegexUnionError('anyOf: no patterns');
  const flags = regexes[0].flags.replace(/[gy]/g, '');
  for (const re of regexes) {
    if (re.flags.replace(/[gy]/g, '') !== flags) throw new RegexUnionError(`anyOf: /${re.source.slice(0, 40)}/${re.flags} has other flags than /${flags}`);
    if (BACKREFERENCE.test(re.source)) throw new RegexUnionError(`anyOf: /${re.source.slice(0, 40)}/ has a backreference`);
  }
  return new RegExp(regexes.map((re) => `(?:${re.source})`).join('|'), flags);
}
