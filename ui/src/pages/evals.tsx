import { useEffect, useState } from 'preact/hooks';
import { get } from '../api';
import { go, href } from '../router';

// Evaluation runs (stored by `switchyard eval`): scores with intervals per contender and
// evaluator, paired differences and verdicts, and two runs side by side.

interface RunSummary {
  id: string;
  name: string;
  startedAt: string;
  items: number;
  contenders: string[];
}
interface Interval {
  estimate?: number;
  lower: number;
  upper: number;
}
interface Report {
  id: string;
  name: string;
  file: string;
  startedAt: string;
  finishedAt: string;
  interrupted: boolean;
  items: number;
  repetitions: number;
  confidence: number;
  observations: number;
  contenders: Array<{ name: string; route: string; calls: number; errors: number; latencyMs: { p50: number | null; p95: number | null }; costUsd: number | null; scores: Array<{ evaluator: string; n: number; mean: number; interval: Interval; method: string }> }>;
  comparisons: Array<{ a: string; b: string; evaluator: string; verdict: string; text: string; comparison: { n: number; difference: Interval; pValue: number; adjustedP: number } }>;
  verdicts: Array<{ a: string; b: string; verdict: string; text: string }>;
  warnings: string[];
}
interface Delta {
  contender: string;
  evaluator: string;
  text: string;
  comparison: { n: number; meanA: number; meanB: number; difference: Interval; adjustedP: number };
}

const f3 = (x: number | null | undefined) => (x == null || Number.isNaN(x) ? '-' : x.toFixed(3));

function Bar({ i }: { i: Interval }) {
  // The interval on a 0..1 scale, with the mean marked.
  const l = Math.max(0, Math.min(1, i.lower)) * 100;
  const u = Math.max(0, Math.min(1, i.upper)) * 100;
  return (
    <span class="ci" aria-hidden="true">
      <span class="ci-range" style={{ left: `${l}%`, width: `${Math.max(1, u - l)}%` }} />
    </span>
  );
}

export default function EvalsPage({ path }: { path: string[] }) {
  if (path[1] === 'compare' && path[2] && path[3]) return <Compare a={path[2]} b={path[3]} />;
  if (path[1]) return <Run id={path[1]} />;
  return <RunList />;
}

function RunList() {
  const [runs, setRuns] = useState<RunSummary[] | null>(null);
  const [pick, setPick] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ data: RunSummary[] }>('/v1/eval-runs').then((r) => setRuns(r.data), (e) => setError((e as Error).message));
  }, []);
  const toggle = (id: string) => setPick(pick.includes(id) ? pick.filter((x) => x !== id) : [...pick, id].slice(-2));
  return (
    <section>
      <h1>Evaluations</h1>
      {error && <p class="error">{error}</p>}
      <p class="muted">Runs stored by <code>switchyard eval</code>. Tick two runs of the same eval to compare them item by item.</p>
      <button disabled={pick.length !== 2} onClick={() => go(`/evals/compare/${pick[0]}/${pick[1]}`)}>
        Compare selected
      </button>
      <div class="table-wrap">
        <table class="list">
          <thead>
            <tr>
              <th></th>
              <th>started</th>
              <th>eval</th>
              <th>items</th>
              <th>contenders</th>
            </tr>
          </thead>
          <tbody>
            {(runs ?? []).map((r) => (
              <tr key={r.id}>
                <td>
                  <input type="checkbox" aria-label={`select ${r.id}`} checked={pick.includes(r.id)} onChange={() => toggle(r.id)} />
                </td>
                <td>
                  <a href={href('evals', r.id)}>{new Date(r.startedAt).toLocaleString()}</a>
                </td>
                <td>{r.name}</td>
                <td>{r.items}</td>
                <td>{r.contenders.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {runs?.length === 0 && <p class="muted pad">No stored runs yet.</p>}
      </div>
    </section>
  );
}

function Run({ id }: { id: string }) {
  const [r, setR] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Report>(`/v1/eval-runs/${encodeURIComponent(id)}`).then(setR, (e) => setError((e as Error).message));
  }, [id]);
  if (error) return <p class="error">{error}</p>;
  if (!r) return <p class="muted">Loading…</p>;
  return (
    <article>
      <a href={href('evals')}>← Evaluations</a>
      <h1>
        {r.name} <span class="muted small mono">{r.id}</span>
      </h1>
      <p class="muted">
        {r.file} · {new Date(r.startedAt).toLocaleString()} · {r.items} items × {r.repetitions} · {Math.round(r.confidence * 100)}% intervals{r.interrupted ? ' · interrupted' : ''}
      </p>
      {r.warnings.map((w, i) => (
        <p key={i} class="error small">
          {w}
        </p>
      ))}
      <h2>Scores</h2>
      <div class="table-wrap">
        <table class="list scores">
          <thead>
            <tr>
              <th>contender</th>
              <th>evaluator</th>
              <th>mean [interval]</th>
              <th class="ci-col">0 ─ 1</th>
              <th>n</th>
            </tr>
          </thead>
          <tbody>
            {r.contenders.flatMap((c) =>
              c.scores.map((s) => (
                <tr key={`${c.name}/${s.evaluator}`}>
                  <td>{c.name}</td>
                  <td>{s.evaluator}</td>
                  <td>
                    {f3(s.mean)} [{f3(s.interval.lower)}, {f3(s.interval.upper)}] <span class="muted small">{s.method}</span>
                  </td>
                  <td class="ci-col">
                    <Bar i={s.interval} />
                  </td>
                  <td>{s.n}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <h2>Paired differences</h2>
      {r.comparisons.length === 0 && <p class="muted">One contender: nothing to compare.</p>}
      <ul>
        {r.comparisons.map((c, i) => (
          <li key={i}>
            <strong>
              {c.a} − {c.b}
            </strong>{' '}
            ({c.evaluator}): {f3(c.comparison.difference.estimate)} [{f3(c.comparison.difference.lower)}, {f3(c.comparison.difference.upper)}], Holm p = {f3(c.comparison.adjustedP)} — {c.text}
          </li>
        ))}
      </ul>
      <h2>Verdicts</h2>
      <ul>
        {r.verdicts.map((v, i) => (
          <li key={i}>
            <span class="badge">{v.verdict}</span> {v.text}
          </li>
        ))}
      </ul>
    </article>
  );
}

function Compare({ a, b }: { a: string; b: string }) {
  const [ra, setA] = useState<Report | null>(null);
  const [rb, setB] = useState<Report | null>(null);
  const [deltas, setDeltas] = useState<{ older: string; newer: string; deltas: Delta[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const fail = (e: Error) => setError(e.message);
    get<Report>(`/v1/eval-runs/${encodeURIComponent(a)}`).then(setA, fail);
    get<Report>(`/v1/eval-runs/${encodeURIComponent(b)}`).then(setB, fail);
    get<typeof deltas>(`/v1/eval-runs/${encodeURIComponent(a)}/compare/${encodeURIComponent(b)}`).then(setDeltas, fail);
  }, [a, b]);
  return (
    <article>
      <a href={href('evals')}>← Evaluations</a>
      <h1>Two runs side by side</h1>
      {error && <p class="error">{error}</p>}
      <div class="two">
        {[ra, rb].map((r, i) => (
          <section key={i} class="card">
            {r ? (
              <>
                <h3>
                  <a href={href('evals', r.id)}>{r.id.slice(0, 8)}</a> · {new Date(r.startedAt).toLocaleString()}
                </h3>
                {r.contenders.flatMap((c) =>
                  c.scores.map((s) => (
                    <div key={`${c.name}/${s.evaluator}`}>
                      {c.name} / {s.evaluator}: <strong>{f3(s.mean)}</strong> [{f3(s.interval.lower)}, {f3(s.interval.upper)}] <Bar i={s.interval} />
                    </div>
                  )),
                )}
              </>
            ) : (
              <p class="muted">Loading…</p>
            )}
          </section>
        ))}
      </div>
      <h2>Did the newer run move?</h2>
      {deltas && (
        <ul>
          {deltas.deltas.map((d, i) => (
            <li key={i}>
              <strong>
                {d.contender} / {d.evaluator}
              </strong>
              : {f3(d.comparison.meanB)} → {f3(d.comparison.meanA)}, difference {f3(d.comparison.difference.estimate)} [{f3(d.comparison.difference.lower)}, {f3(d.comparison.difference.upper)}] over {d.comparison.n} common items — {d.text}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
