import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from '../../engine.js';
import { codeRemovals } from './code-removals.js';

const judged = (code: string, language = 'python') => assess({ tool: 'execute_code', args: { code, language } }, { user_message: 'tidy up' });
const decision = (code: string, language?: string) => judged(code, language).decision;
/** The rules' own risk (the learned layer may still ask about a routine clean-up it resembles). */
const risk = (code: string, language?: string) => judged(code, language).risk_score;

test('the paths inline code removes, in Python, Node and Ruby spellings, loops included', () => {
  assert.deepEqual(codeRemovals("import shutil; shutil.rmtree('/srv/shop/uploads')"), [{ path: '/srv/shop/uploads', recursive: true }]);
  assert.deepEqual(codeRemovals("fs.rmSync('dist', { recursive: true, force: true })"), [{ path: 'dist', recursive: true }]);
  assert.deepEqual(codeRemovals("FileUtils.rm_rf('tmp/cache')"), [{ path: 'tmp/cache', recursive: true }]);
  assert.deepEqual(codeRemovals("for p in Path('/data/invoices').glob('*.pdf'):\n    p.unlink()"), [{ path: '/data/invoices/*.pdf', recursive: false }]);
  assert.deepEqual(codeRemovals("for d in ['/a/x', '/b/y']:\n    shutil.rmtree(d)"), [{ path: '/a/x', recursive: true }, { path: '/b/y', recursive: true }]);
  assert.deepEqual(codeRemovals("print('no removal here')"), []);
});

test('a tree outside the project or a data folder asks; caches and build output inside it stay routine', () => {
  assert.equal(decision("import shutil; shutil.rmtree('/srv/shop/uploads')"), 'ask');
  assert.equal(decision("const fs = require('fs'); fs.rmSync('/home/deploy/backups', { recursive: true })", 'javascript'), 'ask');
  assert.equal(decision("import os\nfor f in os.listdir('data/exports'):\n    os.remove(os.path.join('data/exports', f))"), 'ask');
  assert.ok(risk("import shutil\nshutil.rmtree('build', ignore_errors=True)\nshutil.rmtree('.pytest_cache', ignore_errors=True)") < 0.6);
  assert.ok(risk("require 'fileutils'\nFileUtils.rm_rf('tmp/cache')", 'ruby') < 0.6);
});
