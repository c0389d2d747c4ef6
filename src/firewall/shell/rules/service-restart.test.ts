import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeShell } from '../analyze.js';

const worst = (command: string): number => Math.max(0, ...analyzeShell(command).findings.map((f) => f.risk));

test('restarting or reloading a unit named for staging, dev or test is routine, as root too', () => {
  assert.ok(worst('sudo systemctl restart queue-worker@staging') < 0.3);
  assert.ok(worst('sudo systemctl reload nginx-dev.service') < 0.3);
});

test('a production or unnamed unit, a stop or disable, or a guard restarted keep the service rule and the root factor', () => {
  assert.ok(worst('sudo systemctl restart api-worker@production') >= 0.7);
  assert.ok(worst('sudo systemctl restart postgresql') >= 0.7);
  assert.ok(worst('sudo systemctl disable --now api-worker@staging') >= 0.7);
  assert.ok(worst('sudo systemctl restart queue-worker@staging postgresql') >= 0.7, 'one unit not named pre-production');
  assert.ok(worst('sudo systemctl restart firewall-dev') >= 0.7, 'a guard unit');
});
