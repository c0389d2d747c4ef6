import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeReleaseTool } from './release-tools.js';

test('release-tools: replacing a published asset or moving latest asks; listing and downloading run', () => {
  assert.equal(judgeReleaseTool('upload_release_asset', { repo: 'a/b', tag: 'v2.4.0', name: 'bin', overwrite: true }).length, 1);
  assert.equal(judgeReleaseTool('npm_dist_tag_add', { package: '@x/core', version: '3.0.0-rc.1', tag: 'latest' }).length, 1);
  assert.equal(judgeReleaseTool('upload_release_asset', { repo: 'a/b', tag: 'v2.4.0', name: 'bin' }).length, 0);
  assert.equal(judgeReleaseTool('npm_dist_tag_ls', { package: '@x/core' }).length, 0);
  assert.equal(judgeReleaseTool('npm_dist_tag_add', { package: '@x/core', version: '3.0.0-rc.1', tag: 'next' }).length, 0);
});
