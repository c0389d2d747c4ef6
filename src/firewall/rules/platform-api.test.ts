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

test("an Alertmanager silence through its API, wherever it is hosted, is amtool's silence", () => {
  assert.equal(judgePlatformApi('https://alerts.ops.example/api/v2/silences', 'POST', '{"matchers":[{"name":"severity","value":"page"}],"endsAt":"2027-02-01T00:00:00Z"}')?.category, 'safety_tampering');
  assert.equal(judgePlatformApi('https://grafana.example/api/alertmanager/grafana/api/v2/silences', 'POST', '{"matchers":[{"name":"team","value":"billing"}]}')?.category, 'safety_tampering');
  assert.equal(judgePlatformApi('http://am.dev.svc:9093/api/v2/silences', 'POST', '{"matchers":[{"name":"env","value":"dev"}]}')?.cls, 'external');
  assert.equal(judgePlatformApi('https://alerts.ops.example/api/v2/silence/4f1c', 'DELETE'), null);
});
