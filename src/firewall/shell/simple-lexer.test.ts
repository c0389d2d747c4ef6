import { test } from 'node:test';
import assert from 'node:assert/strict';
import sh from 'mvdan-sh';
import { loadCorpus } from '../corpus/run-corpus.js';
import { plainArgv } from './parse.js';

// The plain-command fast path must agree with the real parser wherever it applies.
test('plainArgv gives the same words as the bash parser', () => {
  const parser = sh.syntax.NewParser();
  const commands = loadCorpus().map((r) => r.args.command).filter((c): c is string => typeof c === 'string');
  commands.push('git status', 'npm run build -- --watch', 'ls   -la\tsrc', 'rm -rf /', 'a=b c', 'if', 'x,y@z:1/2%3+4');
  let checked = 0;
  for (const c of commands) {
    const fast = plainArgv(c);
    if (!fast) continue;
    checked++;
    const f = parser.Parse(c, '');
    assert.equal(f.Stmts.length, 1, c);
    const args = f.Stmts[0].Cmd.Args;
    const words: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const parts = args[i].Parts;
      assert.equal(parts.length, 1, c);
      assert.equal(sh.syntax.NodeType(parts[0]), 'Lit', c);
      words.push(parts[0].Value);
    }
    assert.deepEqual(fast, words, c);
  }
  assert.ok(checked >= 20, `checked ${checked}`);
  assert.equal(plainArgv('a=b c'), null);
  assert.equal(plainArgv('echo $HOME'), null);
  assert.equal(plainArgv('rm -rf ~'), null);
});
