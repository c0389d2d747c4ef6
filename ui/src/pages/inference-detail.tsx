import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, post } from '../api';
import { href } from '../router';
import type { Attempt, Feedback, Inference, Me } from '../types';
import { Conversation } from '../components/conversation';

// One inference: the request and response as a conversation, its attempts as a timeline
// (fallbacks, retries, latency), its feedback, and a form to add feedback, a comment or a
// demonstration. An episode (session) lists its inferences in order.

export function Attempts({ attempts }: { attempts: Attempt[] }) {
  if (!attempts.length) return <p class="muted">No attempts recorded.</p>;
  const t0 = new Date(attempts[0].created_at).getTime();
  return (
    <ol class="timeline" aria-label="Attempts">
      {attempts.map((a) => (
        <li key={a.id} class={`attempt outcome-${a.outcome}`}>
          <strong>
            #{a.seq + 1} {a.provider}
          </strong>{' '}
          <span class="mono">{a.upstream_model}</span> <span class={`badge status-${a.outcome === 'ok' ? 'ok' : 'error'}`}>{a.outcome}</span>
          <div class="muted small">
            +{new Date(a.created_at).getTime() - t0} ms · {Math.round(a.latency_ms)} ms{a.ttft_ms != null ? ` · first token ${Math.round(a.ttft_ms)} ms` : ''} · target {a.target_index}
            {a.retry ? ` · retry ${a.retry}` : ''}
            {a.status_code ? ` · HTTP ${a.status_code}` : ''}
          </div>
          {a.error && (
            <div class="small error">
              {a.error_kind}: {a.error}
            </div>
          )}
          {a.next_reason && <div class="small">→ moved on: {a.next_reason}</div>}
        </li>
      ))}
    </ol>
  );
}

function FeedbackList({ items }: { items: Feedback[] }) {
  if (!items.length) return <p class="muted">No feedback yet.</p>;
  return (
    <ul class="feedback">
      {items.map((f) => (
        <li key={f.id}>
          <strong>{f.metric_name}</strong>: <span class="mono">{typeof f.raw === 'string' ? f.raw : JSON.stringify(f.raw ?? f.value)}</span>{' '}
          <span class="muted small">{new Date(f.created_at).toLocaleString()}</span>
        </li>
      ))}
    </ul>
  );
}

function AddFeedback({ target, onAdded }: { target: { inference_id: string } | { episode_id: string }; onAdded: () => void }) {
  const [kind, setKind] = useState('comment');
  const [metric, setMetric] = useState('');
  const [value, setValue] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    const metric_name = kind === 'metric' ? metric.trim() : kind;
    let v: unknown = value;
    if (kind === 'metric') v = value === 'true' ? true : value === 'false' ? false : Number(value);
    try {
      await post('/ui/api/feedback', { metric_name, value: v, ...target });
      setValue('');
      setMsg('added');
      onAdded();
    } catch (err) {
      setMsg(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <form class="add-feedback" onSubmit={submit}>
      <div class="filters">
        <label>
          Add
          <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="comment">comment</option>
            <option value="demonstration">demonstration (the answer it should have given)</option>
            <option value="metric">metric value</option>
          </select>
        </label>
        {kind === 'metric' && (
          <label>
            Metric
            <input name="metric" value={metric} onInput={(e) => setMetric(e.currentTarget.value)} placeholder="as in config metrics:" />
          </label>
        )}
      </div>
      <label>
        {kind === 'metric' ? 'Value (true, false or a number)' : 'Text'}
        <textarea name="value" rows={kind === 'metric' ? 1 : 3} value={value} onInput={(e) => setValue(e.currentTarget.value)} required />
      </label>
      <button type="submit">Add feedback</button> <span role="status">{msg}</span>
    </form>
  );
}

export function InferenceDetail({ id, me }: { id: string; me: Me }) {
  const [inf, setInf] = useState<Inference | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => get<Inference>(`/v1/inferences/${encodeURIComponent(id)}`).then(setInf, (e) => setError((e as Error).message));
  useEffect(() => void load(), [id]);
  if (error) return <p class="error">{error}</p>;
  if (!inf) return <p class="muted">Loading…</p>;
  return (
    <article class="inference">
      <a href={href('inferences')}>← Inferences</a>
      <h1 class="mono small-h">{inf.id}</h1>
      <dl class="facts">
        <dt>when</dt>
        <dd>{new Date(inf.created_at).toLocaleString()}</dd>
        <dt>route / model</dt>
        <dd>
          {inf.route ?? '-'} / {inf.model ?? '-'} {inf.variant ? <span class="badge">variant {inf.variant}</span> : null}
        </dd>
        <dt>served by</dt>
        <dd>
          {inf.provider ?? '-'} <span class="mono">{inf.upstream_model}</span>
        </dd>
        <dt>status</dt>
        <dd>
          <span class={`badge status-${inf.status}`}>{inf.status}</span> {inf.error ? <span class="error">{inf.error}</span> : null}
        </dd>
        <dt>latency</dt>
        <dd>
          {Math.round(inf.latency_ms)} ms{inf.ttft_ms != null ? ` (first token ${Math.round(inf.ttft_ms)} ms)` : ''}
          {inf.stream ? ' · streamed' : ''}
        </dd>
        <dt>tokens</dt>
        <dd>
          {inf.usage ? `${inf.usage.prompt_tokens ?? '?'} in / ${inf.usage.completion_tokens ?? '?'} out` : '-'}
          {inf.cost_usd != null ? ` · $${inf.cost_usd.toFixed(6)}` : ''}
        </dd>
        {inf.session_id ? (
          <>
            <dt>session</dt>
            <dd>
              <a href={href('episodes', inf.session_id)}>{inf.session_id}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <div class="two">
        <section>
          <h2>Conversation</h2>
          <Conversation messages={inf.request?.messages ?? []} reply={inf.response?.message ?? null} />
        </section>
        <section>
          <h2>Attempts</h2>
          <Attempts attempts={inf.attempts ?? []} />
          <h2>Feedback</h2>
          <FeedbackList items={inf.feedback ?? []} />
          {me.roles.includes('admin') && <AddFeedback target={{ inference_id: inf.id }} onAdded={load} />}
        </section>
      </div>
    </article>
  );
}

export function EpisodeView({ id }: { id: string }) {
  const [ep, setEp] = useState<{ id: string; inferences: Inference[]; feedback: Feedback[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<typeof ep>(`/v1/episodes/${encodeURIComponent(id)}`).then(setEp, (e) => setError((e as Error).message));
  }, [id]);
  if (error) return <p class="error">{error}</p>;
  if (!ep) return <p class="muted">Loading…</p>;
  return (
    <article>
      <a href={href('inferences')}>← Inferences</a>
      <h1>Episode {id}</h1>
      <p class="muted">{ep.inferences.length} inferences</p>
      <h2>Episode feedback</h2>
      <FeedbackList items={ep.feedback} />
      {ep.inferences.map((inf) => (
        <section key={inf.id} class="card">
          <h3>
            <a href={href('inferences', inf.id)}>{new Date(inf.created_at).toLocaleString()}</a> <span class={`badge status-${inf.status}`}>{inf.status}</span>{' '}
            <span class="muted small">{inf.route ?? inf.model}</span>
          </h3>
          <Conversation messages={(inf.request?.messages ?? []).slice(-2)} reply={inf.response?.message ?? null} />
        </section>
      ))}
    </article>
  );
}
