import { z } from 'zod';
import { InvalidRequestError } from '../../core/errors.js';
import type { EmbeddingRequest } from '../../core/types.js';
import { parseInput } from '../../core/validate.js';

// POST /v1/embeddings body, as OpenAI documents it: `input` is a string, a list of strings, a list
// of token ids or a list of such lists. Every rejection names the field (input[3], dimensions...).

const MAX_INPUTS = 2048;

const body = z
  .object({
    model: z.string().min(1, 'must be a non-empty string'),
    input: z.unknown(),
    encoding_format: z.enum(['float', 'base64']).optional(),
    dimensions: z.number().int('must be an integer').positive('must be a positive integer').max(65_536).optional(),
    user: z.string().optional(),
  })
  .passthrough();

export function parseEmbeddingBody(raw: unknown): EmbeddingRequest {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new InvalidRequestError('request body must be a JSON object', 'body');
  const b = parseInput(body, raw);
  if (!('input' in raw)) throw new InvalidRequestError('input: required (a string, a list of strings, or token ids)', 'input');
  const request: EmbeddingRequest = { model: b.model, input: normalizeInput(b.input) };
  if (b.encoding_format) request.encoding_format = b.encoding_format;
  if (b.dimensions !== undefined) request.dimensions = b.dimensions;
  if (b.user) request.user = b.user;
  return request;
}

function normalizeInput(input: unknown): string[] | number[][] {
  if (typeof input === 'string') return [nonEmpty(input, 'input')];
  if (!Array.isArray(input)) throw new InvalidRequestError('input: must be a string, a list of strings, or token ids', 'input');
  if (input.length === 0) throw new InvalidRequestError('input: must not be empty', 'input');
  if (input.length > MAX_INPUTS) throw new InvalidRequestError(`input: at most ${MAX_INPUTS} items per request`, 'input');
  if (input.every((x) => typeof x === 'number')) return [tokens(input, 'input')];
  if (input.every((x) => typeof x === 'string')) return input.map((s, i) => nonEmpty(s, `input[${i}]`));
  if (input.every((x) => Array.isArray(x))) return input.map((t, i) => tokens(t as unknown[], `input[${i}]`));
  const bad = input.findIndex((x) => typeof x !== typeof input[0] || (typeof x !== 'string' && !Array.isArray(x)));
  throw new InvalidRequestError(`input[${Math.max(bad, 0)}]: every item must be a string (or every item a list of token ids)`, `input[${Math.max(bad, 0)}]`);
}

function nonEmpty(s: string, path: string): string {
  if (s.length === 0) throw new InvalidRequestError(`${path}: must not be an empty string`, path);
  return s;
}

function tokens(list: unknown[], path: string): number[] {
  if (list.length === 0) throw new InvalidRequestError(`${path}: must not be empty`, path);
  const bad = list.findIndex((t) => typeof t !== 'number' || !Number.isInteger(t) || t < 0);
  if (bad >= 0) throw new InvalidRequestError(`${path}[${bad}]: token ids must be non-negative integers`, `${path}[${bad}]`);
  return list as number[];
}
