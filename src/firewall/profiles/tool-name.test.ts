import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identifierWords, nameIntent } from './tool-name.js';

// nameIntent is remembered per server and name: the answer must be the one for that pair, however
// the two would run together as text and however often it is asked.

test('a remembered intent is the one of its server and name, asked again', () => {
  for (let round = 0; round < 2; round++) {
    // A payment server's create verb on transfers is finance; without the server it creates.
    assert.equal(nameIntent('create_transfers', 'stripe'), 'finance');
    assert.equal(nameIntent('create_transfers'), 'create');
    assert.equal(nameIntent('create_transfers', ''), 'create');
    // The same characters split differently between server and name are other pairs.
    assert.equal(nameIntent('transfers', 'stripe create_'), null);
    assert.equal(nameIntent('1 create_transfers', 'stripe'), 'finance');
    assert.equal(nameIntent('1 create_transfers', '2'), 'create');
  }
});

test("an identifier's words keep a token with digits and add the letter runs it joins", () => {
  assert.deepEqual(identifierWords('playwright-e2e.yml'), ['playwright', 'e2e', 'e', 'e', 'yml']);
  assert.deepEqual(identifierWords('deploy2prod'), ['deploy2prod', 'deploy', 'prod']);
  assert.deepEqual(identifierWords('task/assign_all'), ['task', 'assign', 'all']);
  assert.deepEqual(identifierWords('shareAll'), ['share', 'all']);
});
