import { InvalidArgumentError } from 'commander';

/** A commander parser for a flag that takes a positive integer; `what` names the flag in the error. */
export const positiveInt = (what: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} must be a positive integer, got "${v}"`);
  return n;
};
