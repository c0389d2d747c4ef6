import type { z } from 'zod';
import { InvalidRequestError } from './errors.js';

/** `a.b[0].c` from a zod/JSON path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/**
 * Validates client input; the first problem becomes a 400 whose message and `param` name the
 * field (`where` names the whole input when the problem is at its root: body, query...).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = formatPath(issue.path as PropertyKey[]);
  throw new InvalidRequestError(`${path || where}: ${issue.message}`, path || where);
}
