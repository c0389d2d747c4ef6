import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../corpus/run-corpus.js';
import { analyzeShell, setShellMemoSize } from './analyze.js';

test('the memo returns what a fresh analysis returns', () => {
  const commands = loadCorpus().map((r) => r.args.command).filter((c): c is string => typeof c === 'string');
  setShellMemoSize(0);
  const fresh = commands.map((c) => analyzeShell(c));
  setShellMemoSize(256);
  try {
    for (let round = 0; round < 2; round++) {
      commands.forEach((c, i) => assert.deepEqual(analyzeShell(c), fresh[i], c));
    }
    // Configured sensitive paths are part of the key.
    assert.equal(analyzeShell('cat vault/token.txt').findings.length, 0);
    assert.ok(analyzeShell('cat vault/token.txt', { sensitive_paths: ['vault/'] }).findings.some((f) => f.category === 'secret_read'));
  } finally {
    setShellMemoSize(256);
  }
});

test('nested code reports where it was found', () => {
  const a = analyzeShell(`bash -c "eval 'rm -rf /'"`);
  assert.ok(a.findings.some((f) => f.risk >= 0.9 && f.category === 'destructive_file_op'));
  const b = analyzeShell('echo "$(rm -rf ~)"');
  assert.ok(b.findings.some((f) => f.reason.includes('deletes recursively ~')));
});
