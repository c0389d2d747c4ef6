import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUrl } from './urls.js';

const held = (url: string) => judgeUrl(url).findings.some((f) => f.category === 'url_exfiltration' && f.risk >= 0.6);

test('a Google API key goes to Google APIs as their key parameter; anywhere else it is handed over', () => {
  assert.ok(!held('https://maps.googleapis.com/maps/api/staticmap?center=Lisbon&zoom=12&key=AIzaSyB-publicBrowserKey_restrictedToReferrer'));
  assert.ok(held('https://maps-proxy.example.net/staticmap?center=Lisbon&key=AIzaSyB-publicBrowserKey_restrictedToReferrer'));
  assert.ok(held('https://maps.googleapis.com/maps/api/geocode/json?address=x&token=ghp_16C7e42F292c6912E7710c838347Ae178B4a'));
});
