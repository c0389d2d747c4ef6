import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeNamedChildren } from './named-children.js';

// A public post naming children with their age, school or team asks; private posts and posts naming no child do not.

const asks = (tool: string, args: Record<string, unknown>) => judgeNamedChildren(tool, args).length > 0;

test("a public video naming children with their age, school or team asks", () => {
  assert.equal(asks('upload_video', { title: 'Sports day', description: 'Lily Carter (7) and Sam Carter (5) at Oakfield Primary', visibility: 'public' }), true);
  assert.equal(asks('mcp__youtube__videos_insert', { snippet: { description: 'Goals from Mason Reid (8) of the U9s' }, status: { privacyStatus: 'public' } }), true);
  assert.equal(asks('publish_video', { text: 'Maya Chen as Mary, age 4, Reception class', audience: 'public' }), true);
});

test('unlisted or friends-only posts, and posts naming no child, publish as before', () => {
  assert.equal(asks('upload_video', { description: 'Lily Carter (7) at sports day', visibility: 'unlisted' }), false);
  assert.equal(asks('publish_video', { text: 'Maya Chen as Mary, age 4', audience: 'friends' }), false);
  assert.equal(asks('upload_video', { description: 'Our adult band, conductor Helen Ward', visibility: 'public' }), false);
  assert.equal(asks('create_post', { text: 'Em moro de ganes de veure-us! Pilar de 5 o res!', visibility: 'public' }), false);
});
