import { z } from 'zod';

// Privacy keys of switchyard.yaml: how much of each inference the store keeps, extra redaction
// patterns, and the PostgreSQL schema. Patterns are compiled here so a bad one fails `config check`
// instead of the first write.

const storageContentModes = ['full', 'redacted', 'metadata_only'] as const;
export const storageContentSchema = z
  .enum(storageContentModes)
  .describe('full: content with credentials removed; redacted: also personal data and storage.redact patterns; metadata_only: no messages or response text');

/** Why a custom pattern cannot be used, or null when it can. */
function customPatternProblem(pattern: string): string | null {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'g');
  } catch (err) {
    return `not a valid regular expression: ${(err as Error).message}`;
  }
  if (re.test('')) return 'matches the empty string; it would redact nothing and slow every write';
  return null;
}

export const customRedactionSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, _ and - (it appears in the replacement [REDACTED:name])'),
    pattern: z.string().min(1).describe('a JavaScript regular expression; every match in stored content becomes [REDACTED:name]'),
  })
  .strict()
  .superRefine((r, ctx) => {
    const problem = customPatternProblem(r.pattern);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });

const PG_SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
export const pgSchemaName = z
  .string()
  .regex(PG_SCHEMA_NAME, 'a PostgreSQL schema name: lower-case letters, digits and _, not starting with a digit, at most 63 characters');
