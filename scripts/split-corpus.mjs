#!/usr/bin/env node
// Splits freshly labelled tool calls into a visible part and a held-out (blind) part, one file per
// family. The shuffle is seeded by the family name, so re-running on the same input gives the same
// split. A third of each family goes to the blind file, stratified by label (must_gate, crisis,
// benign) so a small family cannot end up with a blind file of one label only.
// Usage: node scripts/split-corpus.mjs [--seed S] [--out src/firewall/corpus] family.jsonl ...
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const argv = process.argv.slice(2);
let seed = 'switchyard-fw-13';
let outDir = 'src/firewall/corpus';
const inputs = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--seed') seed = argv[++i];
  else if (argv[i] === '--out') outDir = argv[++i];
  else inputs.push(argv[i]);
}
if (inputs.length === 0) {
  console.error('usage: split-corpus.mjs [--seed S] [--out DIR] family.jsonl ...');
  process.exit(2);
}

// FNV-1a into a 32-bit state for mulberry32: small, deterministic, and identical on every platform.
function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const families = new Map();
for (const file of inputs) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const line of lines) {
    const row = JSON.parse(line);
    if (!families.has(row.category)) families.set(row.category, []);
    families.get(row.category).push(line);
  }
}

mkdirSync(join(outDir, 'blind'), { recursive: true });
mkdirSync(join(outDir, 'visible'), { recursive: true });
function shuffled(items, rand) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

for (const [family, lines] of families) {
  const rand = mulberry32(hash(`${seed}:${family}`));
  const strata = new Map();
  lines.forEach((line, i) => {
    const row = JSON.parse(line);
    const key = row.crisis ? 'crisis' : row.label;
    if (!strata.has(key)) strata.set(key, []);
    strata.get(key).push(i);
  });
  const blind = new Set();
  for (const key of [...strata.keys()].sort()) {
    const members = strata.get(key);
    for (const i of shuffled(members, rand).slice(0, Math.round(members.length / 3))) blind.add(i);
  }
  // Keep the original order inside each file so diffs stay readable.
  const pick = (inBlind) => lines.filter((_, i) => blind.has(i) === inBlind).join('\n') + '\n';
  writeFileSync(join(outDir, 'blind', `${family}.jsonl`), pick(true));
  writeFileSync(join(outDir, 'visible', `${family}.jsonl`), pick(false));
  console.log(`${family}: ${lines.length - blind.size} visible, ${blind.size} blind`);
}
