import { scanCredentials } from '../content/credentials.js';
import { finding, type Finding } from './finding.js';

// A credential written into the agent's memory is sent with every later request and read by every
// later session: it leaves with the next call as surely as a message would, and stays.

export function judgeRememberedSecret(text: string): Finding[] {
  const found = text ? scanCredentials(text)[0] : undefined;
  return found ? [finding(0.7, 'external', false, 'secret_stored', `stores ${found.reason} in the agent's memory, which is sent with every later request`)] : [];
}
