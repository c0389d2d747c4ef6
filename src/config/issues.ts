import type { z } from 'zod';
import { closest } from 'fastest-levenshtein';
import type { ConfigIssue } from '../core/errors.js';
import { formatPath } from '../core/validate.js';

// Turns zod issues into config issues a person can act on: a dotted YAML path, what was
// expected, and for unknown keys the closest key that would have been valid there.

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def: Def } })?._zod?.def;

/** The keys an object schema accepts at `path`, walking through wrappers, records, arrays and unions. */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  const found = new Set<string>();
  const visit = (node: unknown, rest: PropertyKey[]): void => {
    const def = defOf(node);
    if (!def) return;
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'readonly':
      case 'catch':
      case 'prefault':
      case 'nonoptional':
        return visit(def.innerType, rest);
      case 'pipe':
        return visit(def.in, rest);
      case 'lazy':
        return visit((def.getter as () => unknown)(), rest);
      case 'union':
        for (const option of def.options as unknown[]) visit(option, rest);
        return;
      case 'record':
        if (rest.length === 0) return;
        return visit(def.valueType, rest.slice(1));
      case 'array':
        if (rest.length === 0) return;
        return visit(def.element, rest.slice(1));
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        if (rest.length === 0) {
          for (const key of Object.keys(shape)) found.add(key);
          return;
        }
        const child = shape[String(rest[0])];
        if (child) visit(child, rest.slice(1));
        return;
      }
      default:
        return;
    }
  };
  visit(schema, path);
  return [...found];
}

export function zodIssuesToConfigIssues(schema: z.ZodType, error: z.ZodError, lineOf?: (path: PropertyKey[]) => number | undefined): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const where = (p: PropertyKey[]) => {
      const line = lineOf?.(p);
      return line ? `${formatPath(p)} (line ${line})` : formatPath(p);
    };
    if (issue.code === 'unrecognized_keys') {
      const valid = keysAt(schema, path);
      for (const key of issue.keys) {
        const suggestion = valid.length ? closest(key, valid) : undefined;
        out.push({
          path: where([...path, key]),
          message: `unknown key "${key}"`,
          hint: suggestion ? `did you mean "${suggestion}"? valid keys: ${valid.join(', ')}` : undefined,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      out.push({ path: where([...path, issue.discriminator as string]), message: issue.message });
      continue;
    }
    out.push({ path: where(path), message: issue.message });
  }
  return out;
}
