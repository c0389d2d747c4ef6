import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TouchpointPattern } from './profile.js';

// Finds each pattern's matching lines in its file. Missing files are skipped (a profile describes
// a code base that may not have every seam); lines match case-insensitively and keep their number
// and trimmed text.

export interface Touchpoint {
  label: string;
  file_path: string;
  line_number: number;
  matched_text: string;
}

// Python's str.splitlines boundaries, so line numbers agree with the original script.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

function lines(text: string): string[] {
  const out = text.split(LINE_BREAK);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function matchLines(pattern: TouchpointPattern, text: string): Touchpoint[] {
  const regex = new RegExp(pattern.regex, 'i');
  const hits: Touchpoint[] = [];
  lines(text).forEach((line, i) => {
    if (regex.test(line)) hits.push({ label: pattern.label, file_path: pattern.file_path, line_number: i + 1, matched_text: line.trim() });
  });
  return hits;
}

export function scanTouchpoints(repoRoot: string, patterns: readonly TouchpointPattern[]): Touchpoint[] {
  const touchpoints: Touchpoint[] = [];
  for (const pattern of patterns) {
    const path = join(repoRoot, pattern.file_path);
    try {
      if (!statSync(path).isFile()) continue;
    } catch {
      continue;
    }
    touchpoints.push(...matchLines(pattern, readFileSync(path, 'utf8')));
  }
  return touchpoints;
}
