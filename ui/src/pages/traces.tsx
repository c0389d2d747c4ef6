import { useEffect, useState } from 'preact/hooks';
import { get, qs } from '../api';
import { hashQuery, href } from '../router';
import { useGet } from '../use-get';
import type { Trace } from '../types';
import { AssessmentView, RiskBadge } from '../components/assessment';
import { summarize } from './approvals';

// Firewall traces: every assessed tool call, searchable by session and tool; a trace shows why the
// call was gated (or not), factor by factor.

export default function TracesPage({ path }: { path: string[] }) {
  // Keyed by the hash, so a link with other search terms starts a fresh search.
  return path[1] ? <TraceView id={path[1]} /> : <TraceList key={location.hash} />;
}

function TraceList() {
  const [session, setSession] = useState(hashQuery().get('session') ?? '');
  const [tool, setTool] = useState(hashQuery().get('tool') ?? '');
  const [decision, setDecision] = useState('');
  const { data, error } = useGet<{ data: Trace[] }>(`/v1/firewall/traces${qs({ session_id: session, tool_name: tool, decision, limit: 200 })}`);
  const rows = data?.data ?? null;
  return (
    <section>
      <h1>Firewall traces</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Session
          <input name="session" value={session} onChange={(e) => setSession(e.currentTarget.value)} />
        </label>
        <label>
          Tool
          <input name="tool" value={tool} onChange={(e) => setTool(e.currentTarget.value)} />
        </label>
        <label>
          Decision
          <select name="decision" value={decision} onChange={(e) => setDecision(e.currentTarget.value)}>
            <option value="">any</option>
            <option>allow</option>
            <option>ask</option>
            <option>deny</option>
          </select>
        </label>
      </form>
      {error && <p class="error">{error}</p>}
      <div class="table-wrap">
        <table class="list">
          <thead>
            <tr>
              <th>time</th>
              <th>tool</th>
              <th>call</th>
              <th>risk</th>
              <th>decision</th>
              <th>outcome</th>
              <th>session</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((t) => (
              <tr key={t.id}>
                <td>
                  <a href={href('traces', t.id)} data-trace={t.id}>
                    {new Date(t.created_at).toLocaleString()}
                  </a>
                </td>
                <td class="mono">{t.tool_name}</td>
                <td class="mono clip">{summarize(t.input?.args)}</td>
                <td>
                  <RiskBadge risk={t.risk_score} />
                </td>
                <td>
                  <span class={`badge decision-${t.decision}`}>{t.decision}</span>
                </td>
                <td>{t.approval_outcome ?? '-'}</td>
                <td>{t.session_id ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows?.length === 0 && <p class="muted pad">No traces match.</p>}
      </div>
    </section>
  );
}

function TraceView({ id }: { id: string }) {
  const [t, setT] = useState<Trace | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<Trace>(`/v1/firewall/traces/${encodeURIComponent(id)}`).then(setT, (e) => setError((e as Error).message));
  }, [id]);
  if (error) return <p class="error">{error}</p>;
  if (!t) return <p class="muted">Loading…</p>;
  return (
    <article class="detail">
      <a href={href('traces')}>← Traces</a>
      <h1>
        <span class="mono">{t.tool_name}</span> <span class={`badge decision-${t.decision}`}>{t.decision}</span>
      </h1>
      <p class="muted">
        {new Date(t.created_at).toLocaleString()} · assessed in {Math.round(t.duration_us)} µs · outcome {t.approval_outcome ?? '-'}
        {t.approval_id ? (
          <>
            {' '}
            · <a href={href('approvals', t.approval_id)}>approval</a>
          </>
        ) : null}
        {t.session_id ? (
          <>
            {' '}
            · session <a href={href('episodes', t.session_id)}>{t.session_id}</a>
          </>
        ) : null}
      </p>
      <h2>Call</h2>
      <pre class="json">{JSON.stringify(t.input?.args, null, 2)}</pre>
      {t.input?.context?.user_message ? (
        <p class="small">
          Answering: <q>{t.input.context.user_message}</q>
        </p>
      ) : null}
      <h2>Why</h2>
      <AssessmentView a={t.assessment} />
    </article>
  );
}
