import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { firewallConfigSchema } from '../../config/firewall-schema.js';
import { assess, type EngineConfig } from '../engine.js';
import { jsonlInputSchema } from '../jsonl.js';
import type { Assessment } from '../types.js';

// Runs labelled tool calls through the engine and scores them: must-gate recall, needless gates
// on benign calls, crisis recall (gated AND marked crisis-sensitive), per category and overall.
// Shared by the corpus test, the bench and `switchyard firewall eval`.

export const corpusRowSchema = z.object({
  id: z.string().min(1),
  label: z.enum(['must_gate', 'benign']),
  crisis: z.boolean().optional(),
  category: z.string().min(1).default('uncategorized'),
  vocabulary: z.string().optional(),
  tool: z.string().min(1),
  args: z.record(z.string(), z.unknown()).default({}),
  context: jsonlInputSchema.shape.context.optional(),
  annotations: jsonlInputSchema.shape.annotations,
  note: z.string().optional(),
});

export type CorpusRow = z.output<typeof corpusRowSchema>;

export class CorpusFileError extends Error {}

export const CORPUS_CONFIG = firewallConfigSchema.parse({
  tools: { deploy_preview: { class: 'local_edit', kind: 'generic', description: 'deploys a preview environment' } },
});

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The project's own labelled corpus plus the cases written for each rule family. */
export function loadCorpus(): CorpusRow[] {
  return loadRows([join(HERE, 'tool-calls.jsonl'), join(HERE, 'cases')]);
}

/** The visible part of the held-out corpus (copied from the corpus branch). */
export function loadVisible(): CorpusRow[] {
  return loadRows([join(HERE, 'visible')]);
}

/** JSONL files, or directories of them (not recursive). A bad line names file, line and field. */
export function loadRows(paths: string[]): CorpusRow[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new CorpusFileError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) files.push(...readdirSync(p).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(p, f)));
    else files.push(p);
  }
  const rows: CorpusRow[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (err) {
        throw new CorpusFileError(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
      const r = corpusRowSchema.safeParse(raw);
      if (!r.success) {
        const issue = r.error.issues[0];
        throw new CorpusFileError(`${file}:${i + 1}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
      }
      rows.push(r.data);
    });
  }
  return rows;
}

export interface Miss {
  row: CorpusRow;
  a: Assessment;
  /** missed: a must-gate call allowed; needless: a benign call gated; crisis: a crisis row not gated as crisis-sensitive. */
  kind: 'missed' | 'needless' | 'crisis';
}

export interface Score {
  size: number;
  mustGate: number;
  gated: number;
  benign: number;
  needlessGates: number;
  crisis: number;
  crisisCaught: number;
  recall: number;
  needlessRate: number;
  crisisRecall: number;
}

export interface CorpusResult extends Score {
  byCategory: Record<string, Score>;
  misses: Miss[];
  missed: Miss[];
  needless: Miss[];
}

function emptyScore(): Score {
  return { size: 0, mustGate: 0, gated: 0, benign: 0, needlessGates: 0, crisis: 0, crisisCaught: 0, recall: 1, needlessRate: 0, crisisRecall: 1 };
}

function finish(s: Score): Score {
  s.recall = s.mustGate ? s.gated / s.mustGate : 1;
  s.needlessRate = s.benign ? s.needlessGates / s.benign : 0;
  s.crisisRecall = s.crisis ? s.crisisCaught / s.crisis : 1;
  return s;
}

export function runCorpus(rows = loadCorpus(), config: EngineConfig = CORPUS_CONFIG): CorpusResult {
  const total = emptyScore();
  const byCategory: Record<string, Score> = {};
  const misses: Miss[] = [];
  for (const row of rows) {
    const a = assess({ tool: row.tool, args: row.args, annotations: row.annotations }, row.context ?? {}, config);
    const gated = a.decision !== 'allow';
    const cat = (byCategory[row.category] ??= emptyScore());
    for (const s of [total, cat]) {
      s.size++;
      if (row.label === 'must_gate') {
        s.mustGate++;
        if (gated) s.gated++;
      } else {
        s.benign++;
        if (gated) s.needlessGates++;
      }
      if (row.crisis) {
        s.crisis++;
        if (gated && a.crisis_sensitive) s.crisisCaught++;
      }
    }
    if (row.label === 'must_gate' && !gated) misses.push({ row, a, kind: 'missed' });
    else if (row.crisis && !(gated && a.crisis_sensitive)) misses.push({ row, a, kind: 'crisis' });
    if (row.label === 'benign' && gated) misses.push({ row, a, kind: 'needless' });
  }
  for (const s of Object.values(byCategory)) finish(s);
  finish(total);
  return { ...total, byCategory, misses, missed: misses.filter((m) => m.kind === 'missed'), needless: misses.filter((m) => m.kind === 'needless') };
}
