import { useEffect, useState } from 'preact/hooks';
import { ApiError, del, get } from '../api';
import { href } from '../router';
import { useGet } from '../use-get';
import type { Approval, ApprovalRule } from '../types';
import { historyQuery, summarize } from './approvals';

// Answered and expired approvals, and the standing rules "approve for session/always" created.

export function ApprovalHistory() {
  const [status, setStatus] = useState('');
  const [session, setSession] = useState('');
  const { data, error } = useGet<{ data: Approval[] }>(historyQuery(status || undefined, session || undefined));
  const rows = data?.data ?? null;
  return (
    <section aria-label="History">
      <div class="filters">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">answered or expired</option>
            <option value="approved">approved</option>
            <option value="denied">denied</option>
            <option value="expired">expired</option>
          </select>
        </label>
        <label>
          Session
          <input value={session} onChange={(e) => setSession(e.currentTarget.value)} placeholder="session id" />
        </label>
      </div>
      {error && <p class="error">{error}</p>}
      <div class="table-wrap">
        <table class="list">
          <thead>
            <tr>
              <th>held</th>
              <th>tool</th>
              <th>call</th>
              <th>session</th>
              <th>outcome</th>
              <th>by</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((a) => (
              <tr key={a.id}>
                <td>
                  <a href={href('approvals', a.id)}>{new Date(a.created_at).toLocaleString()}</a>
                </td>
                <td class="mono">{a.tool_name}</td>
                <td class="mono clip">{summarize(a.args)}</td>
                <td>{a.session_id ?? '-'}</td>
                <td>
                  <span class={`badge status-${a.status}`}>{a.status}</span> {a.answer && a.answer !== 'deny' ? a.answer : ''}
                </td>
                <td>{a.decided_by ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows?.length === 0 && <p class="muted">No answered approvals yet.</p>}
      </div>
    </section>
  );
}

export function ApprovalRules({ canRevoke }: { canRevoke: boolean }) {
  const [rules, setRules] = useState<ApprovalRule[] | null>(null);
  const [all, setAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = () => get<{ data: ApprovalRule[] }>(`/v1/approval-rules${all ? '?include_revoked=true' : ''}`).then((r) => setRules(r.data), (e) => setError((e as Error).message));
  useEffect(() => void load(), [all]);
  const revoke = async (r: ApprovalRule) => {
    if (!confirm(`Revoke the rule for ${r.tool_name} "${r.pattern}"? Matching calls will be held again.`)) return;
    try {
      await del(`/v1/approval-rules/${encodeURIComponent(r.id)}`);
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <section aria-label="Standing rules">
      <label class="inline">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} /> include revoked
      </label>
      {error && <p class="error">{error}</p>}
      <div class="table-wrap">
        <table class="list">
          <thead>
            <tr>
              <th>tool</th>
              <th>pattern</th>
              <th>scope</th>
              <th>created</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {(rules ?? []).map((r) => (
              <tr key={r.id} class={r.revoked_at ? 'revoked' : ''}>
                <td class="mono">{r.tool_name}</td>
                <td class="mono clip">{r.pattern}</td>
                <td>{r.session_id ? `session ${r.session_id}` : 'always'}</td>
                <td>
                  {new Date(r.created_at).toLocaleString()} by {r.created_by}
                </td>
                <td>
                  {r.revoked_at ? (
                    <span class="muted">revoked by {r.revoked_by}</span>
                  ) : canRevoke ? (
                    <button class="danger small" onClick={() => revoke(r)}>
                      Revoke
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rules?.length === 0 && <p class="muted">No standing rules. "Approve for session" and "Approve always" create them.</p>}
      </div>
    </section>
  );
}
