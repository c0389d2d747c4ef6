import type { FirewallConfig } from '../../config/firewall-schema.js';
import { setCrisisModelEnabled } from '../crisis/model/score.js';
import { setGateModelEnabled } from './gate-score.js';

/** The learned layers are process-wide: every engine of this process reads these switches. */
export function applyLearnedLayers(fw: Pick<FirewallConfig, 'crisis' | 'learned_gate'>): void {
  setCrisisModelEnabled(fw.crisis.learned_model);
  setGateModelEnabled(fw.learned_gate);
}
