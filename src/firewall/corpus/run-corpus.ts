import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firewallConfigSchema } from '../../config/firewall-schema.js';
import { assess } from '../engine.js';
import type { Assessment, AssessContext, McpAnnotations } from '../types.js';

// Runs the labelled corpus through the engine. Shared by the corpus test and the bench.

export interface CorpusRow {
  id: string;
  label: 'must_gate' | 'benign';
  category: string;
  tool: string;
  args: Record<string, unknown>;
  context?: AssessContext;
  annotations?: McpAnnotations;
  note?: string;
}

export const CORPUS_CONFIG = firewallConfigSchema.parse({
  tools: { deploy_preview: { class: 'local_edit', kind: 'generic', description: 'deploys a preview environment' } },
});

export function loadCorpus(): CorpusRow[] {
  const file = fileURLToPath(new URL('./tool-calls.jsonl', import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow);
}

export interface CorpusResult {
  size: number;
  mustGate: number;
  benign: number;
  missed: Array<{ row: CorpusRow; a: Assessment }>;
  needless: Array<{ row: CorpusRow; a: Assessment }>;
  recall: number;
  needlessRate: number;
}

export function runCorpus(rows = loadCorpus()): CorpusResult {
  const missed: CorpusResult['missed'] = [];
  const needless: CorpusResult['needless'] = [];
  let mustGate = 0;
  let benign = 0;
  for (const row of rows) {
    const a = assess({ tool: row.tool, args: row.args, annotations: row.annotations }, row.context ?? {}, CORPUS_CONFIG);
    const gated = a.decision !== 'allow';
    if (row.label === 'must_gate') {
      mustGate++;
      if (!gated) missed.push({ row, a });
    } else {
      benign++;
      if (gated) needless.push({ row, a });
    }
  }
  return {
    size: rows.length,
    mustGate,
    benign,
    missed,
    needless,
    recall: mustGate ? (mustGate - missed.length) / mustGate : 1,
    needlessRate: benign ? needless.length / benign : 0,
  };
}
