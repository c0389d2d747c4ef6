import { after, before } from 'node:test';
import { setCrisisModelEnabled } from '../crisis/model/score.js';
import { setGateModelEnabled } from './gate-score.js';

/** For a test file that judges the rules' verdicts: both learned layers off for its tests, back on after. */
export function withRulesAlone(): void {
  before(() => {
    setGateModelEnabled(false);
    setCrisisModelEnabled(false);
  });
  after(() => {
    setGateModelEnabled(true);
    setCrisisModelEnabled(true);
  });
}
