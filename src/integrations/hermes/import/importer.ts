import { readFileSync } from 'node:fs';
import type { DatasetRepo } from '../../../store/dataset-types.js';
import type { ImportRepo } from '../../../store/hermes-import-types.js';
import { Redactor } from '../../../store/redact.js';
import { openSessionDb, type RowProblem } from './session-db.js';
import { parseTrajectoryLines, TRAJECTORY_DATASET } from './trajectories.js';

// `switchyard import hermes`: SessionDB sessions -> episodes, messages -> turns, trajectories ->
// datapoints. Idempotent through the repo's source-keyed inserts; a corrupt row is reported with
// its id and skipped while the rest imports; credentials in text are redacted before storing.

interface ImportProblem {
  source: 'sessions' | 'messages' | 'trajectories';
  id: string;
  reason: string;
}

interface Tally {
  read: number;
  added: number;
  already: number;
  skipped: number;
}

interface ImportSummary {
  episodes: Tally;
  turns: Tally;
  datapoints: Tally;
  /** The dataset version made from new trajectories (none when nothing was new). */
  dataset: { name: string; version: number } | null;
  problems: ImportProblem[];
}

interface ImportOptions {
  stateDb?: string;
  trajectories?: string[];
  repo: ImportRepo;
  /** When given, new trajectory datapoints are also committed as a version of `hermes-trajectories`. */
  datasets?: DatasetRepo;
  redactor?: Redactor;
  batchSize?: number;
  onProgress?: (phase: 'sessions' | 'messages' | 'trajectories', done: number, total: number) => void;
}

const tally = (): Tally => ({ read: 0, added: 0, already: 0, skipped: 0 });

export async function importHermes(opts: ImportOptions): Promise<ImportSummary> {
  const redactor = opts.redactor ?? new Redactor();
  const clean = <T>(v: T): T => JSON.parse(redactor.json(v)) as T;
  const batchSize = opts.batchSize ?? 500;
  const summary: ImportSummary = { episodes: tally(), turns: tally(), datapoints: tally(), dataset: null, problems: [] };
  const progress = opts.onProgress ?? (() => {});

  if (opts.stateDb) {
    const reader = openSessionDb(opts.stateDb);
    try {
      const rowProblems: RowProblem[] = [];
      const episodes = reader.episodes(rowProblems).map(clean);
      summary.episodes.read = reader.sessionCount;
      summary.episodes.skipped = rowProblems.length;
      for (let i = 0; i < episodes.length; i += batchSize) {
        const slice = episodes.slice(i, i + batchSize);
        summary.episodes.added += await opts.repo.addEpisodes(slice);
        progress('sessions', Math.min(i + batchSize, episodes.length), episodes.length);
      }
      if (episodes.length === 0) progress('sessions', 0, 0);
      summary.episodes.already = episodes.length - summary.episodes.added;
      const ids = new Set(episodes.map((e) => e.session_id));
      const before = rowProblems.length;
      let done = 0;
      let valid = 0;
      for (const batch of reader.turns(ids, rowProblems, batchSize)) {
        valid += batch.length;
        summary.turns.added += await opts.repo.addTurns(batch.map(clean));
        done = valid + (rowProblems.length - before);
        progress('messages', done, reader.messageCount);
      }
      progress('messages', reader.messageCount, reader.messageCount);
      summary.turns.read = reader.messageCount;
      summary.turns.skipped = rowProblems.length - before;
      summary.turns.already = valid - summary.turns.added;
      summary.problems.push(...rowProblems.map((p) => ({ source: p.table, id: p.id, reason: p.reason })));
    } finally {
      reader.close();
    }
  }

  const files = opts.trajectories ?? [];
  if (files.length > 0) {
    const parsed = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new Error(`cannot read trajectories file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
      return parseTrajectoryLines(text, file).map((p) => ({ ...p, file }));
    });
    summary.datapoints.read = parsed.length;
    const good = [];
    for (const p of parsed) {
      if (p.datapoint) good.push(clean(p.datapoint));
      else summary.problems.push({ source: 'trajectories', id: `${p.file}:${p.line}`, reason: p.error! });
    }
    summary.datapoints.skipped = parsed.length - good.length;
    // The same record twice (within one run or across files) is one datapoint.
    const unique = [...new Map(good.map((d) => [d.source_id, d])).values()];
    const added = new Set<string>();
    for (let i = 0; i < unique.length; i += batchSize) {
      for (const id of await opts.repo.addDatapoints(unique.slice(i, i + batchSize))) added.add(id);
      progress('trajectories', Math.min(i + batchSize, unique.length), unique.length);
    }
    summary.datapoints.added = added.size;
    summary.datapoints.already = good.length - added.size;
    if (opts.datasets && added.size > 0) {
      const version = await opts.datasets.commit(TRAJECTORY_DATASET, {
        add: unique
          .filter((d) => added.has(d.source_id))
          .map((d) => ({ messages: d.messages, output: d.output, tools: d.tools, tags: { ...d.tags, source_id: d.source_id } })),
        note: `switchyard import hermes: ${added.size} trajectories from ${files.join(', ')}`,
      });
      summary.dataset = { name: TRAJECTORY_DATASET, version: version.version };
    }
  }
  return summary;
}

export function formatSummary(s: ImportSummary): string {
  const line = (name: string, t: Tally) => `  ${name.padEnd(11)} ${t.added} new, ${t.already} already imported, ${t.skipped} skipped (of ${t.read} read)`;
  const out = ['Import summary:', line('episodes', s.episodes), line('turns', s.turns), line('datapoints', s.datapoints)];
  if (s.dataset) out.push(`  dataset     ${s.dataset.name} version ${s.dataset.version}`);
  if (s.problems.length) {
    out.push(`Skipped rows (${s.problems.length}):`);
    for (const p of s.problems.slice(0, 200)) out.push(`  ${p.source} ${p.id}: ${p.reason}`);
    if (s.problems.length > 200) out.push(`  ... and ${s.problems.length - 200} more`);
  }
  return `${out.join('\n')}\n`;
}
