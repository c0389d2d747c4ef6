import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgePlatformApi } from './platform-api.js';

test("a CDN's control API is the team's live setup: activating a config version asks", () => {
  assert.equal(judgePlatformApi('https://api.fastly.com/service/7kLq/version/42/activate', 'PUT')?.cls, 'critical');
  assert.equal(judgePlatformApi('https://api.bunny.net/pullzone/118/purgeCache', 'POST')?.cls, 'critical');
  assert.equal(judgePlatformApi('https://api.fastly.com/service/7kLq/version', 'GET'), null);
});

test('a new Vercel or Netlify deploy is a preview unless the URL or the body asks for production', () => {
  assert.equal(judgePlatformApi('https://api.vercel.com/v13/deployments', 'POST', '{"name":"site","target":"preview"}'), null);
  assert.equal(judgePlatformApi('https://api.vercel.com/v13/deployments', 'POST', '{"name":"site","target": "production"}')?.cls, 'critical');
  assert.equal(judgePlatformApi('https://api.netlify.com/api/v1/sites/abc/deploys', 'POST', '{"prod": true}')?.cls, 'critical');
});
