import type { SideEffectClass } from '../types.js';

/** One thing a content rule found; the engine turns it into a factor. */
export interface Finding {
  risk: number;
  cls: SideEffectClass;
  reversible: boolean;
  category: string;
  reason: string;
}

export const finding = (risk: number, cls: SideEffectClass, reversible: boolean, category: string, reason: string): Finding => ({ risk, cls, reversible, category, reason });
