// Always-valid inference with a normal mixture (mSPRT, Robbins 1970; Johari et al. 2017):
// for an estimate θ̂ ~ N(θ, V) whose variance shrinks as data arrives, the mixture likelihood ratio
// against θ = θ0 with mixing prior N(θ0, τ²) is a test martingale, so by Ville's inequality
// P(ever Λ ≥ 1/α | θ = θ0) ≤ α. Looking after every request therefore never inflates false alarms.
// Inverting it gives a confidence sequence: the interval below holds at every look simultaneously.

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** Mixture likelihood ratio Λ of θ̂ (variance V) against θ0, mixing scale τ. */
export function mixtureLikelihoodRatio(estimate: number, variance: number, tau: number, theta0 = 0): number {
  if (!(variance > 0)) return estimate === theta0 ? 1 : Infinity;
  const t2 = tau * tau;
  const d = estimate - theta0;
  return Math.sqrt(variance / (variance + t2)) * Math.exp((t2 * d * d) / (2 * variance * (variance + t2)));
}

/** Half-width of the (1 - α) confidence sequence: the set of θ0 with Λ(θ0) < 1/α. */
export function mixtureHalfWidth(variance: number, tau: number, alpha: number): number {
  if (!(variance > 0)) return 0;
  const t2 = tau * tau;
  return Math.sqrt(((variance * (variance + t2)) / t2) * (2 * Math.log(1 / alpha) + Math.log((variance + t2) / variance)));
}

export function confidenceSequence(estimate: number, variance: number, tau: number, alpha: number): Interval {
  const h = mixtureHalfWidth(variance, tau, alpha);
  return { estimate, lower: estimate - h, upper: estimate + h };
}
