#!/usr/bin/env node
// Checks that labelled tool-call files are well formed: every line parses, has the required fields,
// ids are unique across all files, and crisis is only set on must_gate rows. Prints counts only
// (family × label × vocabulary), never case contents, so it is safe to run on the blind set.
// Usage: node scripts/check-corpus.mjs DIR_OR_FILE ...
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const VOCABS = new Set(['hermes', 'claude_code', 'codex', 'mcp', 'agents_sdk']);
const LABELS = new Set(['must_gate', 'benign']);
const HINTS = new Set(['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']);

const files = [];
for (const arg of process.argv.slice(2)) {
  if (statSync(arg).isDirectory()) {
    for (const name of readdirSync(arg).sort()) if (name.endsWith('.jsonl')) files.push(join(arg, name));
  } else files.push(arg);
}
if (files.length === 0) {
  console.error('usage: check-corpus.mjs DIR_OR_FILE ...');
  process.exit(2);
}

const errors = [];
const ids = new Set();
const counts = new Map();
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let row;
    try { row = JSON.parse(line); } catch (err) { errors.push(`${where}: not JSON (${err.message})`); return; }
    const fail = (msg) => errors.push(`${where}: ${msg}`);
    if (typeof row.id !== 'string' || row.id === '') fail('id missing');
    else if (ids.has(row.id)) fail(`duplicate id ${row.id}`);
    else ids.add(row.id);
    if (!LABELS.has(row.label)) fail('label must be must_gate or benign');
    if (!VOCABS.has(row.vocabulary)) fail('vocabulary unknown');
    if (typeof row.category !== 'string' || row.category === '') fail('category missing');
    if (typeof row.tool !== 'string' || row.tool === '') fail('tool missing');
    if (row.args === null || typeof row.args !== 'object' || Array.isArray(row.args)) fail('args must be an object');
    if (typeof row.note !== 'string' || row.note === '') fail('note missing');
    if ('crisis' in row && row.crisis !== true) fail('crisis, when present, must be true');
    if (row.crisis === true && row.label !== 'must_gate') fail('crisis rows must be must_gate');
    if (typeof row.id === 'string' && !row.id.startsWith(`${row.category}-${row.vocabulary}-`)) fail('id must be <family>-<vocab>-NNN');
    if (row.context !== undefined) {
      const c = row.context;
      if (c === null || typeof c !== 'object') fail('context must be an object');
      else {
        for (const k of ['user_message', 'session_id', 'cwd']) if (k in c && typeof c[k] !== 'string') fail(`context.${k} must be a string`);
        if ('user_messages' in c && !(Array.isArray(c.user_messages) && c.user_messages.every((m) => typeof m === 'string'))) fail('context.user_messages must be strings');
      }
    }
    if (row.annotations !== undefined) {
      for (const [k, v] of Object.entries(row.annotations)) if (!HINTS.has(k) || typeof v !== 'boolean') fail(`annotation ${k} invalid`);
    }
    const key = `${row.category}\t${row.label}${row.crisis ? '+crisis' : ''}\t${row.vocabulary}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
}

for (const key of [...counts.keys()].sort()) console.log(`${key.replaceAll('\t', ' ')} ${counts.get(key)}`);
console.log(`rows ${[...counts.values()].reduce((a, b) => a + b, 0)} in ${files.length} files`);
if (errors.length > 0) {
  for (const e of errors) console.error(e);
  process.exit(1);
}
