import { useEffect, useState } from 'preact/hooks';
import { get } from '../api';

// Gateway status: routes, models and their targets, circuit breakers, the last five minutes of
// traffic (rate, errors, latency) and whether the store answers. Refreshes every 10 seconds.

interface Status {
  routes: string[];
  models: Array<{ name: string; targets: string[] }>;
  breakers: Array<{ target: string; state: string; opens: number }>;
}
interface Health {
  uptime_s: number;
  store: { kind: string; ok: boolean; query_ms: number; error?: string };
  recent: { window_s: number; requests: number; capped: boolean; errors: number; per_minute: number; latency_ms: { p50: number | null; p95: number | null } };
}

export default function StatusPage() {
  const [s, setS] = useState<Status | null>(null);
  const [h, setH] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () => {
      get<Status>('/v1/status').then(setS, (e) => setError((e as Error).message));
      get<Health>('/ui/api/status').then(setH, (e) => setError((e as Error).message));
    };
    load();
    const t = setInterval(load, 10_000);
    return () => clearInterval(t);
  }, []);
  const breaker = (key: string) => s?.breakers.find((b) => b.target === key);
  return (
    <section>
      <h1>Status</h1>
      {error && <p class="error">{error}</p>}
      {h && (
        <div class="cards">
          <div class="card" data-card="store">
            <h3>Store</h3>
            <span class={`badge status-${h.store.ok ? 'ok' : 'error'}`}>{h.store.ok ? 'healthy' : 'failing'}</span> {h.store.kind} · query {h.store.query_ms} ms
          </div>
          <div class="card" data-card="traffic">
            <h3>Last {h.recent.window_s / 60} minutes</h3>
            {h.recent.requests}
            {h.recent.capped ? '+' : ''} requests ({h.recent.per_minute}/min) · {h.recent.errors} errors
            <div>
              latency p50 {h.recent.latency_ms.p50 ?? '-'} ms · p95 {h.recent.latency_ms.p95 ?? '-'} ms
            </div>
          </div>
          <div class="card">
            <h3>Process</h3>
            up {Math.floor(h.uptime_s / 3600)}h {Math.floor((h.uptime_s % 3600) / 60)}m
          </div>
        </div>
      )}
      {s && (
        <>
          <h2>Routes</h2>
          <p>{s.routes.length ? s.routes.map((r) => <code key={r}>{r} </code>) : <span class="muted">none</span>}</p>
          <h2>Models and circuit breakers</h2>
          <div class="table-wrap">
            <table class="list">
              <thead>
                <tr>
                  <th>model</th>
                  <th>target</th>
                  <th>breaker</th>
                  <th>opened</th>
                </tr>
              </thead>
              <tbody>
                {s.models.flatMap((m) =>
                  m.targets.map((t, i) => (
                    <tr key={`${m.name}/${t}`}>
                      <td>{i === 0 ? m.name : ''}</td>
                      <td class="mono">{t}</td>
                      <td>
                        <span class={`badge status-${(breaker(t)?.state ?? 'closed') === 'closed' ? 'ok' : 'error'}`}>{breaker(t)?.state ?? 'closed'}</span>
                      </td>
                      <td>{breaker(t)?.opens ?? 0}×</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
