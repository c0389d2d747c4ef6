import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { caselessRegex, NotCaselessError } from './caseless-regex.js';
import { concept } from './multilingual/languages.js';

// caselessRegex must answer as the plain `iu` regex on every text. The oracle below builds that
// regex itself (its own look-around pair for a Unicode `\b`), so a fault in the helper's full form
// fails too; the generated texts mix ASCII in every case with the letters whose Unicode case
// folding is not lowercasing (Turkish İ/ı, ß/ẞ, Greek σ/ς/Σ, ſ, the Kelvin sign K).

const WORD = String.raw`[\p{L}\p{N}_]`;
const ORACLE_BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
const oracle = (source: string, unicodeWords: boolean) =>
  new RegExp(unicodeWords ? source.replaceAll(String.raw`\b`, ORACLE_BOUNDARY) : source, 'iu');

const SOURCES: readonly (readonly [string, boolean])[] = [
  [String.raw`\bonly (?:copy|backup)\b|\blive (?:db|site)\b|\bprod\b|\bkunden\w*|\b[uú]nica copia\b`, true],
  [String.raw`(?<![\p{L}\p{N}])(?:pag(?:a|ue|á)|sk|is|ss|stra(?:ss|ß)e|isim)(?!\p{L})`, false],
  [String.raw`(code|pin)[^\n\d]{0,10}?(\d{4})(?![\d])|\b(k+)\s+\3\b`, false],
  [String.raw`[a-z]{3}\d|[^a-z\s]{2}|\w+ist\b|\S*σ\b`, false],
  [String.raw`\bis\b|ı|i̇|ß|ς`, true],
];

const nonAscii = /[^\x00-\x7f]/;

/** Deterministic texts over pieces that match, nearly match, change case and fold differently. */
function* generatedTexts(n: number): Generator<string> {
  let seed = 0x5eed;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = [
    'only', 'ONLY', 'Copy', ' copy', 'backup', 'Live', ' DB', 'site', 'prod', 'PRODuction', 'kunden', 'Kundenliste', 'única', 'Única', 'unica', 'COPIA',
    'paga', 'PAGUE', 'pagá', 'sk', 'SK', 'is', 'IS', 'iS', 'ss', 'SS', 'strasse', 'STRASSE', 'straße', 'STRAẞE', 'isim', 'İSİM', 'ISIM', 'ısım',
    'code', 'PIN', ' 1234', '5678', 'kk kk', 'K K', 'xyz9', 'AB', '!!', 'Mist', 'ΟΔΟΣ', 'οδος', 'οδός', 'σ', 'ς', 'Σ',
    'ſ', 'K', 'İ', 'ı', 'i̇', 'ß', 'ẞ', 'é', 'Ü', '_', '7', ' ', ' ', '\n', '.', '-', "'", '’',
  ];
  const ascii = pieces.filter((p) => !nonAscii.test(p));
  for (let i = 0; i < n; i++) {
    // Every other text of ASCII only, the fast path's.
    const from = i % 2 ? ascii : pieces;
    let t = '';
    for (let k = Math.floor(next() * 12); k > 0; k--) t += from[Math.floor(next() * from.length)];
    yield t;
  }
}

describe('caselessRegex', () => {
  test('answers as the plain iu regex, test and exec, on 4,000 generated texts of ASCII and not', () => {
    const texts = [...generatedTexts(4_000)];
    let asciiMatches = 0;
    let otherMatches = 0;
    for (const [source, unicodeWords] of SOURCES) {
      const fast = caselessRegex(source, { unicodeWords });
      const plain = oracle(source, unicodeWords);
      for (const t of texts) {
        const want = plain.exec(t);
        const got = fast.exec(t);
        assert.equal(fast.test(t), want !== null, `${source} test ${JSON.stringify(t)}`);
        assert.deepEqual(got && [...got], want && [...want], `${source} exec ${JSON.stringify(t)}`);
        assert.equal(got?.index, want?.index, `${source} index ${JSON.stringify(t)}`);
        if (want && nonAscii.test(t)) otherMatches++;
        else if (want) asciiMatches++;
      }
    }
    // Both paths are exercised, with matches on each.
    assert.ok(asciiMatches > 1_000 && otherMatches > 1_000, `${asciiMatches} ASCII matches, ${otherMatches} others`);
  });

  test('the lexicons answer as their iu regexes on generated texts', () => {
    const texts = [...generatedTexts(1_000)];
    for (const c of ['pay', 'erase', 'negation', 'send'] as const) {
      const fast = concept(c);
      const plain = new RegExp(fast.full.source, 'iu');
      for (const t of texts) assert.equal(fast.test(t), plain.test(t), `${c} ${JSON.stringify(t)}`);
    }
  });

  test('lowercasing is not Unicode case folding: the fast path stays ASCII-only', () => {
    // Each pair: the iu regex and the lowercase trick disagree, so a wider fast path would be wrong.
    const cases: readonly (readonly [string, string])[] = [
      ['i', 'İSİM'], // İ lowercases to i + a combining dot; iu folds it to nothing ASCII
      ['σ$', 'ΟΔΟΣ'], // final Σ lowercases to ς; iu folds Σ, σ and ς together
      ['s', 'ſ'], // ſ folds to s under iu; its lowercase is itself
    ];
    for (const [source, text] of cases) {
      const plain = new RegExp(source, 'iu').test(text);
      assert.notEqual(new RegExp(source, 'u').test(text.toLowerCase()), plain, `${source} ${text}`);
      assert.equal(caselessRegex(source).test(text), plain, `${source} ${text}`);
    }
  });

  test('refuses a source whose lowercase copy would answer otherwise', () => {
    for (const source of ['Hello', '[A-Z]{2}', String.raw`\p{Lu}\p{Ll}+`, String.raw`\x41`, String.raw`[\u0100-\u024f]`, 'ſ', '\u212a', '(?<name>a)']) {
      assert.throws(() => caselessRegex(source), NotCaselessError, source);
    }
    for (const source of [String.raw`\bx\B\S\W\D\x60`, '[!-~]', '[a-z0-9_-]', String.raw`(a)-m`, String.raw`\p{L}\p{Script=Greek}`]) {
      assert.doesNotThrow(() => caselessRegex(source), source);
    }
  });
});
