import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../datasets/example.js';
import { FORMATTERS, type ExportFormat } from './formats.js';
import { isTest } from './split.js';
import { JsonlWriter } from './writer.js';

// Streams examples into JSONL: one file, or train.jsonl + test.jsonl in a directory when split.

interface ExportOptions {
  format: ExportFormat;
  /** A file path, or a directory when `testFraction` is given. */
  out: string;
  testFraction?: number;
  seed?: number;
  onProgress?: (seen: number, written: number) => void;
}

interface ExportResult {
  seen: number;
  written: number;
  skipped: number;
  files: { path: string; lines: number }[];
}

export async function exportExamples(source: AsyncIterable<Example>, o: ExportOptions): Promise<ExportResult> {
  const format = FORMATTERS[o.format];
  const split = o.testFraction !== undefined;
  if (split && !(o.testFraction! >= 0 && o.testFraction! < 1)) throw new Error(`test fraction must be in [0, 1), got ${o.testFraction}`);
  if (split) mkdirSync(o.out, { recursive: true });
  const train = new JsonlWriter(split ? join(o.out, 'train.jsonl') : o.out);
  const test = split ? new JsonlWriter(join(o.out, 'test.jsonl')) : undefined;
  let seen = 0;
  let written = 0;
  try {
    for await (const e of source) {
      seen++;
      const line = format(e);
      if (line) {
        await (test && isTest(e.id, o.seed ?? 0, o.testFraction!) ? test : train).write(line);
        written++;
      }
      if (seen % 100 === 0) o.onProgress?.(seen, written);
    }
    o.onProgress?.(seen, written);
  } finally {
    await train.close();
    await test?.close();
  }
  const files = [{ path: split ? join(o.out, 'train.jsonl') : o.out, lines: train.lines }];
  if (test) files.push({ path: join(o.out, 'test.jsonl'), lines: test.lines });
  return { seen, written, skipped: seen - written, files };
}
