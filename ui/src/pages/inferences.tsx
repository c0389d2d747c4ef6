import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, post, qs } from '../api';
import { hashQuery, href } from '../router';
import type { Inference, Me } from '../types';
import { InferenceDetail, EpisodeView } from './inference-detail';

// Stored inferences: a filterable list (route, model, variant, status, time, metric, session),
// a selection exportable as a dataset version, and the detail and episode views.

const FILTERS = ['route', 'model', 'variant', 'status', 'session_id', 'since', 'until', 'metric', 'metric_value'] as const;
type Filter = Partial<Record<(typeof FILTERS)[number], string>>;

export default function InferencesPage({ path, me }: { path: string[]; me: Me }) {
  if (path[0] === 'episodes' && path[1]) return <EpisodeView id={path[1]} />;
  if (path[1]) return <InferenceDetail id={path[1]} me={me} />;
  return <InferenceList key={location.hash} me={me} />;
}

function InferenceList({ me }: { me: Me }) {
  const initial: Filter = {};
  for (const k of FILTERS) {
    const v = hashQuery().get(k);
    if (v) initial[k] = v;
  }
  const [filter, setFilter] = useState<Filter>(initial);
  const [rows, setRows] = useState<Inference[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dataset, setDataset] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const isAdmin = me.roles.includes('admin');

  const load = async (more = false) => {
    try {
      const r = await get<{ data: Inference[]; next_cursor: string | null }>(`/v1/inferences${qs({ ...filter, limit: 50, cursor: more ? cursor : undefined })}`);
      setRows(more ? [...rows, ...r.data] : r.data);
      setCursor(r.next_cursor);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => void load(), [JSON.stringify(filter)]);

  const field = (k: keyof Filter, label: string, type: 'text' | 'datetime-local' = 'text', options?: string[]) => (
    <label>
      {label}
      {options ? (
        <select name={k} value={filter[k] ?? ''} onChange={(e) => setFilter({ ...filter, [k]: e.currentTarget.value || undefined })}>
          <option value="">any</option>
          {options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      ) : (
        <input name={k} {...({ type } as { type: 'text' })} value={filter[k] ?? ''} onChange={(e) => setFilter({ ...filter, [k]: e.currentTarget.value || undefined })} />
      )}
    </label>
  );

  const toggle = (id: string) => {
    const s = new Set(selected);
    if (s.has(id)) s.delete(id);
    else s.add(id);
    setSelected(s);
  };

  const exportSelection = async () => {
    const chosen = rows.filter((r) => selected.has(r.id) && r.request?.messages?.length);
    const add = chosen.map((r) => ({
      messages: r.request.messages,
      ...(r.request.tools ? { tools: r.request.tools } : {}),
      output: r.response?.message ?? null,
      tags: { inference_id: r.id, ...(r.route ? { route: r.route } : {}) },
    }));
    try {
      const v = await post<{ version: number; name?: string }>(`/v1/datasets/${encodeURIComponent(dataset)}/versions`, { add, note: `exported from the console (${add.length} inferences)` });
      setNotice(`dataset ${dataset} version ${v.version}: ${add.length} datapoints`);
      setSelected(new Set());
    } catch (e) {
      setNotice(e instanceof ApiError ? `export failed: ${e.message}` : String(e));
    }
  };

  return (
    <section aria-label="Inferences">
      <h1>Inferences</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        {field('route', 'Route')}
        {field('model', 'Model')}
        {field('variant', 'Variant')}
        {field('status', 'Status', 'text', ['ok', 'error', 'aborted', 'interrupted'])}
        {field('session_id', 'Session')}
        {field('since', 'Since', 'datetime-local')}
        {field('until', 'Until', 'datetime-local')}
        {field('metric', 'With metric')}
        {field('metric_value', 'Metric value')}
      </form>
      {error && <p class="error">{error}</p>}
      {isAdmin && (
        <div class="actions">
          <label>
            Export {selected.size} selected as dataset
            <input value={dataset} placeholder="dataset name" onInput={(e) => setDataset(e.currentTarget.value)} />
          </label>
          <button class="primary" disabled={!selected.size || !/^[A-Za-z0-9._-]+$/.test(dataset)} onClick={exportSelection}>
            Export
          </button>
        </div>
      )}
      <p role="status" class="notice">
        {notice}
      </p>
      <div class="table-wrap">
        <table class="list inferences">
          <thead>
            <tr>
              {isAdmin && (
                <th>
                  <input type="checkbox" aria-label="select all" checked={rows.length > 0 && selected.size === rows.length} onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())} />
                </th>
              )}
              <th>time</th>
              <th>route / model</th>
              <th>variant</th>
              <th>status</th>
              <th>latency</th>
              <th>attempts</th>
              <th>session</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                {isAdmin && (
                  <td>
                    <input type="checkbox" aria-label={`select ${r.id}`} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
                  </td>
                )}
                <td>
                  <a href={href('inferences', r.id)} data-inference={r.id}>
                    {new Date(r.created_at).toLocaleString()}
                  </a>
                </td>
                <td>
                  {r.route ?? '-'} <span class="muted">/ {r.model ?? '-'}</span>
                </td>
                <td>{r.variant ?? '-'}</td>
                <td>
                  <span class={`badge status-${r.status}`}>{r.status}</span>
                </td>
                <td>{Math.round(r.latency_ms)} ms</td>
                <td>{r.attempts_count}</td>
                <td>{r.session_id ? <a href={href('episodes', r.session_id)}>{r.session_id}</a> : '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && !error && <p class="muted pad">No inferences match.</p>}
      </div>
      {cursor && (
        <button onClick={() => load(true)} class="more">
          Load more
        </button>
      )}
    </section>
  );
}
