import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCredentials } from './credentials.js';
import { kubeSecretValues, unwrappedTexts } from './wrapped.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

test('a secret wrapped in base64 is that secret; other base64 is not', () => {
  const env = b64('AWS_ACCESS_KEY_ID=AKIAPGVYXAW5IBPFGZDT\nAWS_SECRET_ACCESS_KEY=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\n');
  assert.deepEqual(scanCredentials(`here's the .env, base64'd:\n${env}`).map((f) => f.reason), ['a secret wrapped in base64']);
  assert.equal(unwrappedTexts(env)[0].startsWith('AWS_ACCESS_KEY_ID='), true);
  // An image, a hex digest and a word are not text to read again.
  const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(60, 7)]).toString('base64');
  assert.deepEqual(unwrappedTexts(`data:image/png;base64,${png} sha ${'ab12'.repeat(16)}`), []);
  assert.deepEqual(scanCredentials(`logo: data:image/png;base64,${png}`), []);
});

test("a Kubernetes Secret's values are secrets; references in stringData are not", () => {
  const manifest = (data: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\n${data}`;
  assert.deepEqual(kubeSecretValues(manifest(`data:\n  password: ${b64('Harbour!Gull2291')}\n`)), ['Harbour!Gull2291']);
  assert.ok(scanCredentials(manifest(`data:\n  conn: ${b64('Harbour!Gull2291')}\n`)).some((f) => f.reason === "a Kubernetes Secret's values"));
  assert.deepEqual(scanCredentials(manifest('stringData:\n  password: ${DB_PASSWORD}\n')), []);
  assert.deepEqual(kubeSecretValues('kind: ConfigMap\ndata:\n  mode: production\n'), []);
});
