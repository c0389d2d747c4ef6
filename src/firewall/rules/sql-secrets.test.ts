import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectedSecrets } from './sql-secrets.js';

test('a SELECT of credential columns or a table of them reads secrets; hashes, counts and metadata do not', () => {
  assert.deepEqual(selectedSecrets('SELECT provider, api_key, webhook_signing_secret FROM integrations WHERE shop_id = 42'), ['api_key', 'webhook_signing_secret']);
  assert.deepEqual(selectedSecrets("select email, reset_password_token from users where reset_password_sent_at > now()"), ['reset_password_token']);
  assert.deepEqual(selectedSecrets("SELECT name, config->>'signing_secret' AS secret FROM integrations"), ['signing_secret']);
  assert.deepEqual(selectedSecrets('SELECT * FROM api_keys'), ['* from api_keys']);
  for (const q of [
    'select count(*) from users', 'SELECT id, email, password_hash FROM users', 'select name, last4, token_type, expires_at from api_tokens',
    'SELECT shop_domain, installed_at, scopes FROM shopify_installs', 'select id, primary_key, idempotency_key from jobs',
    'SELECT id, api_key IS NOT NULL AS has_key FROM integrations', 'SELECT * FROM integrations',
  ]) assert.deepEqual(selectedSecrets(q), [], q);
});
