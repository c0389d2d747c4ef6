import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidenceSequence, mixtureHalfWidth, mixtureLikelihoodRatio } from './sequential.js';

test('the confidence sequence is exactly the set where the mixture ratio stays below 1/alpha', () => {
  const v = 0.0004;
  const tau = 0.05;
  const alpha = 0.05;
  const ci = confidenceSequence(0.1, v, tau, alpha);
  assert.ok(Math.abs(mixtureLikelihoodRatio(0.1, v, tau, ci.lower) - 1 / alpha) < 1e-6);
  assert.ok(Math.abs(mixtureLikelihoodRatio(0.1, v, tau, ci.upper) - 1 / alpha) < 1e-6);
  assert.ok(mixtureLikelihoodRatio(0.1, v, tau, 0.1) < 1);
});

test('the interval narrows as variance shrinks and is wider than a fixed-sample interval', () => {
  const wide = mixtureHalfWidth(0.01, 0.05, 0.05);
  const narrow = mixtureHalfWidth(0.0001, 0.05, 0.05);
  assert.ok(narrow < wide);
  // Paying for continuous monitoring: wider than the fixed-n 1.96 sigma.
  assert.ok(narrow > 1.96 * Math.sqrt(0.0001));
});

test('zero variance means no uncertainty, not a crash', () => {
  assert.equal(mixtureHalfWidth(0, 0.05, 0.05), 0);
  assert.equal(mixtureLikelihoodRatio(0, 0, 0.05, 0), 1);
});
