import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disposable, mentionsDisposable, throwaway } from './targets.js';

// One vocabulary, three readings: any target before production, the narrower throwaway one for
// removals, and the words that name an environment even in a sentence or a URL path.

test('a name before production is disposable; one naming production anywhere is not', () => {
  for (const names of [['shop-staging'], ['pr-482'], ['review-app'], ['app_dev'], ['test1'], ['qa', undefined], ['kind-local'], ['db_e2e']]) assert.equal(disposable(...names), true, names.join(' '));
  for (const names of [['shop'], ['latest'], ['device'], ['stages'], ['staging', 'prod'], ['dev-live'], [''], [undefined]]) assert.equal(disposable(...names), false, names.join(' '));
});

test('a removal is throwaway only where nobody else works: not staging, QA or demo', () => {
  for (const n of ['web-tmp', 'e2e-run-4', 'previews', 'fixtures', 'ci', 'scratch', 'acme/ui-playground']) assert.equal(throwaway(n), true, n);
  for (const n of ['staging', 'qa', 'demo', 'uat', 'test-prod', 'web']) assert.equal(throwaway(n), false, n);
});

test('in a sentence or a path only words that cannot mean anything else name an environment', () => {
  for (const t of ['silence staging while we upgrade', '/apps/shop-qa/dynos', 'env=preprod', 'pr-123']) assert.equal(mentionsDisposable(t), true, t);
  for (const t of ['temp silence while rebooting', 'the school playground', 'CI deploy', 'local upgrade', 'cleanup /tmp on web-1', '/pipelines/ci/builds', '/project/gh/acme/tests/pipeline', 'staging and production']) {
    assert.equal(mentionsDisposable(t), false, t);
  }
});
