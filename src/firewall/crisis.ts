import { screenCrisis } from './crisis/screen.js';
import type { CrisisSignal } from './crisis/types.js';

// Kept for callers of the original single-layer API (e.g. assessing a scheduled prompt): one
// screen over labelled texts. The layered screen lives in crisis/.

export type { CrisisSignal } from './crisis/types.js';

export interface CrisisFinding {
  crisis: boolean;
  signals: CrisisSignal[];
  reasons: string[];
  dismissed: string[];
}

export function detectCrisis(texts: Array<{ label: string; text: string }>): CrisisFinding {
  const s = screenCrisis({ conversation: texts.map((t) => t.text) });
  return { crisis: s.crisis, signals: s.signals, reasons: s.reasons, dismissed: s.dismissed };
}
