import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, get, post, qs } from '../api';
import { href, go } from '../router';
import type { Approval, Me } from '../types';
import { RiskBadge } from '../components/assessment';
import { ApprovalDetail } from './approval-detail';
import { ApprovalHistory, ApprovalRules } from './approval-history';

// The approvals queue, live: the list comes from GET /v1/approvals, then server-sent events add
// new ones and remove answered or expired ones without a reload.

export type Answer = 'once' | 'session' | 'always' | 'deny';

// Started as the script loads, alongside the sign-in check, so the queue is one round trip closer
// when the page is the approvals page (the link in a webhook or Slack message).
// A stale answer (the person signed in first) is corrected by the stream's first `sync` event.
const startPage = location.hash.replace(/^#\/?/, '');
let prefetched: Promise<{ data: Approval[] }> | null =
  startPage === '' || startPage.startsWith('approvals') ? get<{ data: Approval[] }>('/v1/approvals').catch(() => ({ data: [] as Approval[] })) : null;

function useLiveQueue() {
  const [queue, setQueue] = useState<Approval[]>([]);
  const [live, setLive] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const first = prefetched;
      prefetched = null;
      const r = (first && (await first).data.length ? await first : null) ?? (await get<{ data: Approval[] }>('/v1/approvals'));
      setQueue(r.data);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    void reload();
    const es = new EventSource('/ui/api/approvals/events');
    es.onopen = () => setLive(true);
    es.onerror = () => setLive(false);
    es.addEventListener('pending', (e) => {
      const a = JSON.parse((e as MessageEvent).data) as Approval;
      setQueue((q) => (q.some((x) => x.id === a.id) ? q : [...q, a]));
    });
    es.addEventListener('decided', (e) => {
      const { id } = JSON.parse((e as MessageEvent).data) as { id: string };
      setQueue((q) => q.filter((x) => x.id !== id));
    });
    es.addEventListener('sync', (e) => {
      const { pending } = JSON.parse((e as MessageEvent).data) as { pending: string[] };
      setQueue((q) => {
        const keep = q.filter((x) => pending.includes(x.id));
        if (pending.some((id) => !q.some((x) => x.id === id))) void reload();
        return keep.length === q.length ? q : keep;
      });
    });
    return () => es.close();
  }, [reload]);

  const sorted = [...queue].sort((a, b) => a.created_at.localeCompare(b.created_at));
  return { queue: sorted, setQueue, live, error, reload };
}

function expiresIn(at: string): string {
  const s = Math.round((new Date(at).getTime() - Date.now()) / 1000);
  if (s <= 0) return 'expiring';
  return s < 120 ? `${s}s left` : `${Math.round(s / 60)} min left`;
}

export function Approvals({ path, me }: { path: string[]; me: Me }) {
  const tab = path[1] === 'history' || path[1] === 'rules' ? path[1] : 'queue';
  const selectedId = tab === 'queue' ? path[1] : undefined;
  const { queue, setQueue, live, error } = useLiveQueue();
  const [notice, setNotice] = useState<string | null>(null);
  const [, tick] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const canAnswer = me.roles.includes('approver');

  useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 5_000);
    return () => clearInterval(t);
  }, []);

  const decide = async (a: Approval, answer: Answer, note: string) => {
    try {
      const done = await post<Approval>(`/ui/api/approvals/${encodeURIComponent(a.id)}/decide`, { answer, ...(note.trim() ? { note: note.trim() } : {}) });
      const rest = queue.filter((x) => x.id !== a.id);
      setQueue(rest);
      setNotice(`${a.tool_name}: ${done.status}${answer !== 'deny' ? ` (${answer})` : ''}`);
      // Keyboard users land on the next call in the queue.
      const next = rest[0];
      go(next ? `/approvals/${next.id}` : '/approvals');
      return done;
    } catch (e) {
      setNotice(e instanceof ApiError ? e.message : String(e));
      throw e;
    }
  };

  return (
    <div class="approvals">
      <div class="tabs" role="tablist">
        <a role="tab" aria-selected={tab === 'queue'} href={href('approvals')}>
          Pending <span class="count">{queue.length}</span>
        </a>
        <a role="tab" aria-selected={tab === 'history'} href={href('approvals', 'history')}>
          History
        </a>
        <a role="tab" aria-selected={tab === 'rules'} href={href('approvals', 'rules')}>
          Standing rules
        </a>
        <span class={live ? 'live on' : 'live'} title="live updates">
          {live ? '● live' : '○ reconnecting'}
        </span>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {error && <p class="error">{error}</p>}
      {tab === 'history' && <ApprovalHistory />}
      {tab === 'rules' && <ApprovalRules canRevoke={canAnswer} />}
      {tab === 'queue' && (
        <div class={selectedId ? 'split has-detail' : 'split'}>
          <ul class="queue" ref={listRef} aria-label="Pending approvals">
            {queue.length === 0 && <li class="empty muted">Nothing is waiting for a person. New calls appear here as they are held.</li>}
            {queue.map((a) => (
              <li key={a.id} class={a.id === selectedId ? 'selected' : ''}>
                <a href={href('approvals', a.id)} data-approval={a.id}>
                  <span class="q-tool">{a.tool_name}</span>
                  {a.assessment ? <RiskBadge risk={a.assessment.risk_score} /> : null}
                  <span class="q-args mono">{summarize(a.args)}</span>
                  <span class="q-meta muted">
                    {a.session_id ? `session ${a.session_id} · ` : ''}
                    {expiresIn(a.expires_at)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
          {selectedId ? (
            <ApprovalDetail key={selectedId} id={selectedId} canAnswer={canAnswer} onDecide={decide} queued={queue.find((a) => a.id === selectedId)} />
          ) : (
            <div class="detail placeholder muted">
              <p>Select a call to see why it was held and answer it.</p>
              <p>
                Keys: <kbd>a</kbd> approve once, <kbd>s</kbd> for the session, <kbd>A</kbd> always, <kbd>d</kbd> deny, <kbd>j</kbd>/<kbd>k</kbd> next/previous.
              </p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

export function summarize(args: unknown): string {
  if (args && typeof args === 'object') {
    const o = args as Record<string, unknown>;
    const first = o.command ?? o.path ?? o.url ?? o.query;
    if (typeof first === 'string') return first.slice(0, 140);
  }
  const s = JSON.stringify(args) ?? '';
  return s.length > 140 ? `${s.slice(0, 140)}…` : s;
}

export const historyQuery = (status?: string, session?: string) => `/ui/api/approvals/history${qs({ status, session_id: session })}`;
