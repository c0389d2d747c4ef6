import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus, loadVisible } from '../corpus/run-corpus.js';
import { scanCode, scanOutbound } from './index.js';
import { gated, gatedRegexes, indexLiterals, keyOf, mayMatch } from './literal-gate.js';
import { mulberry32 } from '../../providers/simulated/random.js';

// The index may only skip a regex that cannot match: for every gated regex and text, a match of a
// fresh copy of the regex implies mayMatch. Checked on every string of the corpus, on those
// strings with their case and look-alike letters changed, and on generated text built from the
// regexes' own literals.

scanOutbound('load', 'all'); // every detector module is loaded, so every gated regex is registered
scanCode('load');

function stringsOf(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
  return out;
}

function assertExact(texts: Iterable<string>): number {
  let skipped = 0;
  for (const text of texts) {
    for (const re of gatedRegexes()) {
      const fresh = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      const may = mayMatch(re, text);
      if (!may) skipped++;
      if (fresh.test(text)) assert.ok(may, `/${re.source.slice(0, 60)}/${re.flags} matches but was skipped: ${JSON.stringify(text.slice(0, 200))}`);
    }
  }
  return skipped;
}

/** Characters whose case mapping is irregular: the traps of a lower-cased index. */
const TRAPS = ['ſ', 'K', 'Å', 'İ', 'ı', 'Σ', 'σ', 'ς', 'ß', 'ẞ', 'ﬀ', 'ǅ', 'ϐ', 'ᲀ', 'µ', 'ͅ', 'Ω', '\u0307', '\ud83d\ude00'];

/** Case flips and look-alikes (ſ for s, K for k, ...) at random places. */
function mutate(text: string, rnd: () => number): string {
  let out = '';
  for (const ch of text) {
    const r = rnd();
    if (r < 0.15) out += ch.toUpperCase();
    else if (r < 0.2 && (ch === 's' || ch === 'S')) out += 'ſ';
    else if (r < 0.25 && (ch === 'k' || ch === 'K')) out += 'K';
    else if (r < 0.27) out += TRAPS[Math.floor(rnd() * TRAPS.length)];
    else out += ch;
  }
  return out;
}

const corpusTexts = [...new Set([...loadVisible(), ...loadCorpus()].flatMap((r) => stringsOf([r.args, r.context ?? {}], [])))];

test('on every corpus string, the index skips only regexes that cannot match', () => {
  const skipped = assertExact(corpusTexts);
  // The index must actually skip: most texts hold the literals of few of the gated regexes.
  assert.ok(skipped > (corpusTexts.length * gatedRegexes().length) / 2, `skipped ${skipped}`);
});

test('on corpus strings with case flips and look-alike letters, likewise', () => {
  const rnd = mulberry32(13);
  assertExact(corpusTexts.map((t) => mutate(t, rnd)));
});

test('on generated text from the regexes\' own literals, likewise', () => {
  const rnd = mulberry32(7);
  const literals = gatedRegexes().flatMap((re) => indexLiterals(re) ?? []);
  const filler = [' ', '\n', ': ', '=', '"', "'", '/', '-', '1234', '4111 1111 1111 1111', '12/29', '£3,200', 'Maria Lopez', 'the', 'is', '@', 'Bob', '07700 900123', ...TRAPS];
  const texts: string[] = [];
  for (let n = 0; n < 4000; n++) {
    const parts: string[] = [];
    const count = 1 + Math.floor(rnd() * 12);
    for (let k = 0; k < count; k++) {
      const pick = rnd();
      if (pick < 0.4) parts.push(literals[Math.floor(rnd() * literals.length)]);
      else if (pick < 0.7) parts.push(filler[Math.floor(rnd() * filler.length)]);
      else {
        const t = corpusTexts[Math.floor(rnd() * corpusTexts.length)];
        const from = Math.floor(rnd() * t.length);
        parts.push(t.slice(from, from + 1 + Math.floor(rnd() * 80)));
      }
    }
    texts.push(mutate(parts.join(rnd() < 0.5 ? ' ' : ''), rnd));
  }
  assertExact(texts);
});

test('a non-ASCII character kept in a case-insensitive literal matches only itself', () => {
  // Every BMP code unit but the surrogates: what the regex engine matches to the character
  // must look the same in the index's text.
  let all = '';
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
  for (const re of gatedRegexes().filter((r) => r.flags.includes('i'))) {
    for (const ch of new Set((indexLiterals(re) ?? []).join(''))) {
      if (ch.charCodeAt(0) < 0x80) continue;
      const same = all.match(new RegExp(ch, `g${re.flags.includes('u') ? 'iu' : 'i'}`)) ?? [];
      for (const c of same) assert.equal(keyOf(c), ch, `/${re.source.slice(0, 40)}/: ${ch} matches U+${c.charCodeAt(0).toString(16)}`);
    }
  }
});

test('lower-casing maps each code point on its own, but for Σ', () => {
  // What the index relies on for case-sensitive literals: keyOf(a + b) === keyOf(a) + keyOf(b).
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3) continue;
    const ch = String.fromCharCode(c);
    for (const [before, after] of [['a', 'b'], [' ', ' '], ['σ', ''], ['', '\u0307'], ['İ', 'ſ']]) {
      assert.equal(keyOf(before + ch + after), keyOf(before) + keyOf(ch) + keyOf(after), `U+${c.toString(16)}`);
    }
    // A Σ beside it lower-cases by context (σ or ς), the character itself does not change.
    for (const [before, after] of [['aΣ', ' '], [' ', 'Σa'], ['Σ', 'Σ']]) {
      assert.ok(keyOf(before + ch + after).includes(keyOf(ch)), `U+${c.toString(16)} beside Σ`);
    }
  }
});

test('sources requiredLiterals would misread run on every text', () => {
  for (const re of [/a\x60bc/, /\u0041bcd/, /\cJabc/, /(?<name>abc)\k<name>/, /(a)\1bcd/, new RegExp(String.raw`\12abc`)]) assert.equal(indexLiterals(re), null, re.source);
  assert.deepEqual(indexLiterals(/\b(?:Password|secret)\s*[:=]/i), ['password', 'secret']);
  // Under `i` a non-ASCII letter is left out of a literal (σ/ς, ß/ẞ lower-case apart).
  assert.deepEqual(indexLiterals(/straße|grüße/i), ['stra', 'gr']);
  assert.deepEqual(indexLiterals(/Straße/), ['straße']);
  assert.equal(indexLiterals(/пароль/i), null);
  assert.deepEqual(indexLiterals(/パスワード/i), ['パスワード']);
  const re = gated(/\bΣοφία\b|ΚΩΔΙΚΌΣ/);
  assert.deepEqual(indexLiterals(re), ['οφία', 'κωδικό']);
  for (const text of ['Σοφία', 'η Σοφία είπε', 'ΚΩΔΙΚΌΣ']) assert.equal(mayMatch(re, text), true, text);
  assert.equal(mayMatch(re, 'Sofia'), false);
  // Under `iu`, ſ matches s and K (Kelvin) matches k: the index folds them too.
  const unicode = gated(/\bpassword key\b/iu);
  for (const text of ['paſſword Key', 'PASSWORD KEY']) {
    assert.ok(unicode.test(text), text);
    assert.equal(mayMatch(unicode, text), true, text);
  }
});
