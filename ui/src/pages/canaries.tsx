import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, post } from '../api';
import { href } from '../router';
import type { ExperimentReport, ExperimentSeries, Me } from '../types';
import { MarginChart } from '../components/chart';

// Canary experiments: per route the variants and weights, each guardrail over time with its
// confidence bounds, the sample-ratio check, the decision log, and promote / hold / roll back.

const pct = (x: number | null | undefined) => (x == null ? '-' : `${(x * 100).toFixed(1)}%`);

export default function CanariesPage({ path, me }: { path: string[]; me: Me }) {
  return path[1] ? <Canary name={path[1]} me={me} /> : <CanaryList />;
}

function Weights({ weights }: { weights: Record<string, number> }) {
  return (
    <>
      <div class="weights" aria-hidden="true">
        {Object.entries(weights).map(([k, w]) => (
          <span key={k} style={{ width: `${w * 100}%` }} title={`${k} ${pct(w)}`} />
        ))}
      </div>
      <div class="small">
        {Object.entries(weights)
          .map(([k, w]) => `${k} ${pct(w)}`)
          .join(' · ')}
      </div>
    </>
  );
}

function CanaryList() {
  const [rows, setRows] = useState<ExperimentReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ data: ExperimentReport[] }>('/v1/experiments').then((r) => setRows(r.data), (e) => setError((e as Error).message));
  }, []);
  return (
    <section>
      <h1>Canaries</h1>
      {error && <p class="error">{error}</p>}
      {rows?.length === 0 && <p class="muted">No experiments: a route needs variants and a rollout.</p>}
      <div class="cards">
        {(rows ?? []).map((r) => (
          <a key={r.name} class="card" href={href('canaries', r.name)} data-canary={r.name}>
            <h3>
              {r.name} <span class={`badge status-${r.status}`}>{r.status}</span>
            </h3>
            <div class="muted small">
              {r.candidate} vs {r.control} · step {r.step}/{r.steps.length}
            </div>
            <Weights weights={r.weights} />
            <div class="small">
              {r.analysis.guardrails.map((g) => (
                <span key={g.metric} class={`badge verdict-${g.verdict}`}>
                  {g.metric}: {g.verdict}
                </span>
              ))}
            </div>
          </a>
        ))}
      </div>
    </section>
  );
}

function Canary({ name, me }: { name: string; me: Me }) {
  const [r, setR] = useState<ExperimentReport | null>(null);
  const [series, setSeries] = useState<ExperimentSeries | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const load = () => {
    get<ExperimentReport>(`/v1/experiments/${encodeURIComponent(name)}`).then(setR, (e) => setError((e as Error).message));
    get<ExperimentSeries>(`/v1/experiments/${encodeURIComponent(name)}/series?points=40`).then(setSeries, () => setSeries(null));
  };
  useEffect(load, [name]);
  const act = async (action: 'promote' | 'hold' | 'rollback') => {
    try {
      const next = await post<ExperimentReport>(`/v1/experiments/${encodeURIComponent(name)}/${action}`, { reason: reason.trim() });
      setR(next);
      setReason('');
      setNotice(`${action}: now ${next.status}, step ${next.step}/${next.steps.length}`);
      get<ExperimentSeries>(`/v1/experiments/${encodeURIComponent(name)}/series?points=40`).then(setSeries, () => undefined);
    } catch (e) {
      setNotice(e instanceof ApiError ? e.message : String(e));
    }
  };
  if (error) return <p class="error">{error}</p>;
  if (!r) return <p class="muted">Loading…</p>;
  const x = (series?.points ?? []).map((p) => Date.parse(p.at) / 1000);
  const c = r.analysis.arms.candidate;
  const o = r.analysis.arms.control;
  return (
    <article class="canary">
      <a href={href('canaries')}>← Canaries</a>
      <h1>
        {r.name} <span class={`badge status-${r.status}`}>{r.status}</span>
      </h1>
      <p class="muted">
        {r.candidate} (candidate) vs {r.control} (control) · step {r.step}/{r.steps.length} ({r.steps.map(pct).join(' → ')}) · {r.auto ? 'automatic' : 'manual only'} · step started{' '}
        {new Date(r.step_started_at).toLocaleString()}
      </p>
      <Weights weights={r.weights} />
      <p>
        <strong>Next:</strong> {r.next.action === 'none' ? 'no change' : r.next.action} — {r.next.reason}
      </p>
      {me.roles.includes('admin') && (
        <div class="actions">
          <label>
            Reason (recorded with the decision)
            <input name="reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <button class="primary" disabled={!reason.trim()} onClick={() => act('promote')}>
            Promote
          </button>
          <button disabled={!reason.trim()} onClick={() => act('hold')}>
            Hold
          </button>
          <button class="danger" disabled={!reason.trim()} onClick={() => act('rollback')}>
            Roll back
          </button>
        </div>
      )}
      <p role="status" class="notice">
        {notice}
      </p>
      <div class="table-wrap">
        <table class="list">
          <thead>
            <tr>
              <th></th>
              <th>{r.candidate} (candidate)</th>
              <th>{r.control} (control)</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>sessions / requests</td>
              <td>
                {c.sessions} / {c.requests}
              </td>
              <td>
                {o.sessions} / {o.requests}
              </td>
            </tr>
            <tr>
              <td>error rate</td>
              <td>{c.error_rate ? `${pct(c.error_rate.estimate)} [${pct(c.error_rate.lower)}, ${pct(c.error_rate.upper)}]` : '-'}</td>
              <td>{o.error_rate ? `${pct(o.error_rate.estimate)} [${pct(o.error_rate.lower)}, ${pct(o.error_rate.upper)}]` : '-'}</td>
            </tr>
            <tr>
              <td>latency p50 / p95</td>
              <td>
                {c.latency_ms.p50?.toFixed(0) ?? '-'} / {c.latency_ms.p95?.toFixed(0) ?? '-'} ms
              </td>
              <td>
                {o.latency_ms.p50?.toFixed(0) ?? '-'} / {o.latency_ms.p95?.toFixed(0) ?? '-'} ms
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <h2>Guardrails</h2>
      {r.analysis.guardrails.map((g) => (
        <section key={g.metric} class="guardrail">
          <p>
            <strong>{g.metric}</strong> <span class={`badge verdict-${g.verdict}`}>{g.verdict}</span> <span class="muted small">{g.summary}</span>
          </p>
          {x.length >= 2 && series!.points.some((p) => p.guardrails[g.metric]) ? (
            <MarginChart
              title={`${g.metric}: candidate − limit (${g.limit})`}
              x={x}
              estimate={series!.points.map((p) => p.guardrails[g.metric]?.estimate ?? null)}
              lower={series!.points.map((p) => p.guardrails[g.metric]?.lower ?? null)}
              upper={series!.points.map((p) => p.guardrails[g.metric]?.upper ?? null)}
            />
          ) : (
            <p class="muted small">Not enough samples in this step to plot yet.</p>
          )}
        </section>
      ))}
      <h2>Sample ratio</h2>
      <p>
        <span class={`badge srm-${r.analysis.srm.verdict}`}>{r.analysis.srm.verdict}</span> expected candidate share {pct(r.analysis.srm.expected_share)}, observed{' '}
        {pct(r.analysis.srm.observed_share)} over {r.analysis.srm.units} units. <span class="muted small">{r.analysis.srm.summary}</span>
      </p>
      <h2>Decision log</h2>
      <div class="table-wrap">
        <table class="list decisions">
          <thead>
            <tr>
              <th>when</th>
              <th>action</th>
              <th>candidate weight</th>
              <th>by</th>
              <th>why</th>
            </tr>
          </thead>
          <tbody>
            {r.events.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.created_at).toLocaleString()}</td>
                <td>{e.action}</td>
                <td>{pct(e.candidate_weight)}</td>
                <td>{e.actor}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
