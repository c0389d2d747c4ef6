import { isAscii } from '../ascii.js';

// A case-insensitive Unicode regex (`iu`) that asks a text of ASCII only in its lowercase form,
// with a case-sensitive copy of itself. V8 runs a large `iu` alternation, and above all one with
// look-arounds over `\p{L}`, 10-70x slower warm than the same source with `u` alone over lowercase
// text, and compiles it 10-30x slower (docs/firewall-speed.md, "One caseless regex helper"). The copy answers as the `iu` regex
// does on ASCII text when every class and letter of the source holds a letter's lowercase form
// whenever it holds any case of it: assertCaseless checks that at construction. Text with any
// character outside ASCII goes to the `iu` regex itself, since Unicode case folding is not
// lowercasing there (Turkish İ/ı, ß, final ς, ſ, the Kelvin sign).

/** A source whose ASCII copy would not answer as its `iu` form does. */
export class NotCaselessError extends Error {
  constructor(source: string, why: string) {
    super(`caselessRegex: ${why} in /${source.slice(0, 80)}/`);
    this.name = 'NotCaselessError';
  }
}

/**
 * `\b` of a source that knows letters outside ASCII ("única" starts a word; a `u` regex's `\b`
 * says not). On ASCII text it sees what `\b` sees.
 */
const UNICODE_BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;

/** Properties closed under case: `\p{Lu}` under `i` holds lowercase letters too, on lowered text it would not. */
const CASE_CLOSED_PROPERTY = /^(?:L|M|N|Nd|P|S|Z|Letter|Mark|Number|(?:Script|sc|Script_Extensions|scx)=\w+)$/;
/** Escapes whose letters are not text: a property, a hex or Unicode code, a control letter, a class letter. */
const ESCAPE = /\\(?:[pP]\{([^}]*)\}|x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[A-Za-z]|k<[^>]*>|[^])/g;
/** Letters the lowered text never holds (ASCII capitals), or that `iu` folds onto ASCII (ſ -> s, K -> k). */
const UNLOWERED = /[A-Z\u017f\u212a]/;
const NAMED_GROUP = /\(\?<(?![=!])/;
/** A class range, its ends a character or a hex code (`[\x41-\x5a]` holds capitals without a letter to see). */
const CLASS = /\[\^?((?:\\[^]|[^\]\\])*)\]/g;
const RANGE = /(\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|[^\\[\]])-(\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|[^\\[\]])/g;
const codeOf = (end: string) => (end.length === 1 ? end.charCodeAt(0) : parseInt(end.slice(2), 16));

function assertCaseless(source: string): void {
  if (NAMED_GROUP.test(source)) throw new NotCaselessError(source, 'a named group');
  for (const [range, from, to] of [...source.matchAll(CLASS)].flatMap(([, inside]) => [...inside.matchAll(RANGE)])) {
    // A range that holds a capital (or ſ, K) must hold every small letter, or `i` matches more than the lowercase copy.
    const [lo, hi] = [codeOf(from), codeOf(to)];
    const holds = (code: number) => lo <= code && code <= hi;
    const capital = (lo <= 0x5a && hi >= 0x41) || holds(0x17f) || holds(0x212a);
    if (capital && !(lo <= 0x61 && hi >= 0x7a)) throw new NotCaselessError(source, `the range ${range}`);
  }
  const text = source.replace(ESCAPE, (escape, property: string | undefined) => {
    if (property !== undefined && !CASE_CLOSED_PROPERTY.test(property)) throw new NotCaselessError(source, `\\p{${property}}`);
    // A coded letter is a letter: `\x41` is A.
    return /^\\(?:x|u\{?)[0-9a-fA-F]/.test(escape) ? String.fromCodePoint(parseInt(escape.replace(/^\\[xu]\{?|\}$/g, ''), 16)) : '';
  });
  const letter = UNLOWERED.exec(text);
  if (letter) throw new NotCaselessError(source, `the letter ${letter[0]}`);
}


let fullFormsRun = 0;
/** How many `iu` forms have been asked once, i.e. compiled (the gateway's warm-up test reads it). */
export const caselessFormsRun = (): number => fullFormsRun;

export interface CaselessOptions {
  /** `\b` in the source is a boundary of Unicode letters and digits (the `iu` form's `\b` knows ASCII only). */
  unicodeWords?: boolean;
}

/** A `iu` regex, exact on any text, fast on ASCII text. Only `test` and `exec` (no `g`/`y` state). */
export class CaselessRegex {
  /** The regex every answer equals: `iu`, with Unicode word boundaries if asked. */
  readonly full: RegExp;
  /** Asked of a lowercased ASCII text; `d` for the places of the groups, to cut them from the original. */
  private readonly ascii: RegExp;
  private fullRan = false;

  constructor(source: string, options: CaselessOptions = {}) {
    assertCaseless(source);
    this.full = new RegExp(options.unicodeWords ? source.replaceAll(String.raw`\b`, UNICODE_BOUNDARY) : source, 'iu');
    this.ascii = new RegExp(source, 'du');
  }

  test(text: string): boolean {
    return isAscii(text) ? this.ascii.test(text.toLowerCase()) : this.fullForm().test(text);
  }

  private fullForm(): RegExp {
    if (!this.fullRan) {
      this.fullRan = true;
      fullFormsRun++;
    }
    return this.full;
  }

  /** The full regex's match: the groups are the original text's, not its lowercase form's. */
  exec(text: string): RegExpExecArray | null {
    if (!isAscii(text)) return this.fullForm().exec(text);
    const m = this.ascii.exec(text.toLowerCase());
    if (!m) return null;
    const out = m.indices!.map((at) => (at ? text.slice(at[0], at[1]) : undefined)) as unknown as RegExpExecArray;
    out.index = m.index;
    out.input = text;
    out.groups = undefined;
    return out;
  }
}

export const caselessRegex = (source: string, options?: CaselessOptions) => new CaselessRegex(source, options);
