import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handedOver } from './handoff-request.js';

// Asking the agent a hand-off goes to is the hand-off itself; anyone else asked is still reached.

test('the opening that names the receiving agent is dropped; other people and other agents stay', () => {
  assert.equal(handedOver('ask research to compare postmark vs mailgun', 'the agent research_agent'), 'compare postmark vs mailgun');
  assert.equal(handedOver('have the insurance agent compare the quotes', 'the agent insurance_agent'), 'compare the quotes');
  assert.equal(handedOver('pide a procurement que compare los precios', 'the agent procurement_agent'), 'compare los precios');
  assert.equal(handedOver('ask Dave to compare the quotes', 'the agent research_agent'), 'ask Dave to compare the quotes');
  assert.equal(handedOver('ask research to compare the quotes', 'the agent billing_agent'), 'ask research to compare the quotes');
});
