import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sessionIdOf } from './session.js';

test('both of Claude Code metadata.user_id forms give the session id', () => {
  assert.equal(sessionIdOf('user_abc123_account_0b6a1f0e-aaaa-4222-8333-944455556666_session_4543919d-a478-41ae-932a-c4c06f411709'), '4543919d-a478-41ae-932a-c4c06f411709');
  assert.equal(
    sessionIdOf('{"device_id":"4268e8df","account_uuid":"","session_id":"4543919d-a478-41ae-932a-c4c06f411709"}'),
    '4543919d-a478-41ae-932a-c4c06f411709',
  );
  assert.equal(sessionIdOf('{"device_id":"x"}'), undefined);
  assert.equal(sessionIdOf('{not json'), undefined);
  assert.equal(sessionIdOf('plain-user'), undefined);
  assert.equal(sessionIdOf(undefined), undefined);
});
