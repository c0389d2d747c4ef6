// What the learned-layer CV harness (scripts/learned-cv/run.ts) trains and scores on: every corpus
// row run once through the engine with both learned layers off, kept as the raw inputs each layer's
// featurizer reads, so feature variants are computed without running the engine again. The engine
// pass is most of a trainer's fixed cost; the rows are cached as JSON keyed by the commit and the
// state of the working tree (a rule or corpus change makes a new cache).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpus, loadVisible, type CorpusRow } from '../../src/firewall/corpus/run-corpus.js';
import { setCrisisModelEnabled } from '../../src/firewall/crisis/model/score.js';
import { setGateModelEnabled } from '../../src/firewall/learned/gate-score.js';
import { authorGroup, crisisExampleOf, type Labels as CrisisLabels } from '../train-crisis-model.js';
import { gateExampleOf, type Example as GateExample } from '../train-gate-model.js';

/** The trainer's example without its vector, and the crisis input it is featurized from. */
export interface CrisisRow extends CrisisLabels {
  conversation: string[];
  text: string;
  /** What the call does, as the crisis screen sees it: reaches a person, cannot be undone, outbound. */
  person: boolean;
  irreversible: boolean;
  outbound: boolean;
}

/** The trainer's example without its vector. */
export type GateRow = Omit<GateExample, 'x'>;

export interface Rows {
  crisis: CrisisRow[];
  gate: GateRow[];
}

function crisisRow(row: CorpusRow, group: string): CrisisRow {
  const { example, input } = crisisExampleOf(row, group);
  return {
    ...example,
    conversation: [...(input?.conversation ?? [])],
    text: input?.text ?? '',
    person: !!(input?.person || input?.outbound),
    irreversible: !!input?.irreversible,
    outbound: !!input?.outbound,
  };
}

function collect(): Rows {
  setCrisisModelEnabled(false);
  setGateModelEnabled(false);
  try {
    const visible = loadVisible().map((r) => ({ r, group: authorGroup(r.id, false) }));
    const own = loadCorpus().map((r) => ({ r, group: 'own' }));
    const all = [...visible, ...own];
    return { crisis: all.map(({ r, group }) => crisisRow(r, group)), gate: all.map(({ r, group }) => gateExampleOf(r, group)) };
  } finally {
    setCrisisModelEnabled(true);
    setGateModelEnabled(true);
  }
}

/** The commit plus any uncommitted change under src/: the rules and corpus the rows were taken with. */
function stateKey(): string {
  const head = execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim();
  const dirty = execSync('git diff HEAD -- src', { encoding: 'utf8', maxBuffer: 1 << 28 });
  return createHash('sha256').update(head).update(dirty).digest('hex').slice(0, 16);
}

/** `file`: a given cache (a featurizer change under src/ does not change the rows; a rule change does). */
export function loadRows(file = `/tmp/learned-cv-rows-${stateKey()}.json`): Rows {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Rows;
  const rows = collect();
  writeFileSync(file, JSON.stringify(rows));
  return rows;
}
