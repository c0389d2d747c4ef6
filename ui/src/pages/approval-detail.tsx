import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, get } from '../api';
import { href } from '../router';
import type { Approval, Inference, Trace } from '../types';
import { AssessmentView } from '../components/assessment';
import { Conversation } from '../components/conversation';
import type { Answer } from './approvals';

// One held tool call: what it would do, why it was held (reasons and factors), the conversation
// it came from, and the four answers, by button or key (a, s, A, d).

const ANSWERS: Array<{ answer: Answer; key: string; label: string; cls: string }> = [
  { answer: 'once', key: 'a', label: 'Approve once', cls: 'primary' },
  { answer: 'session', key: 's', label: 'Approve for session', cls: '' },
  { answer: 'always', key: 'A', label: 'Approve always', cls: '' },
  { answer: 'deny', key: 'd', label: 'Deny', cls: 'danger' },
];

const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

async function sourceInference(a: Approval): Promise<Inference | null> {
  if (!a.session_id) return null;
  return (await get<{ inference: Inference | null }>(`/ui/api/approvals/${encodeURIComponent(a.id)}/conversation`)).inference;
}

export function ApprovalDetail({ id, queued, canAnswer, onDecide }: { id: string; queued?: Approval; canAnswer: boolean; onDecide: (a: Approval, answer: Answer, note: string) => Promise<Approval> }) {
  const [approval, setApproval] = useState<Approval | null>(queued ?? null);
  const [trace, setTrace] = useState<Trace | null>(null);
  const [inference, setInference] = useState<Inference | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const a = queued ?? (await get<Approval>(`/v1/approvals/${encodeURIComponent(id)}`));
        if (!live) return;
        setApproval(a);
        if (a.trace_id) get<Trace>(`/v1/firewall/traces/${encodeURIComponent(a.trace_id)}`).then((t) => live && setTrace(t), () => undefined);
        sourceInference(a).then((i) => live && setInference(i), () => live && setInference(null));
      } catch (e) {
        if (live) setError(e instanceof ApiError && e.status === 404 ? `No approval ${id}.` : (e as Error).message);
      }
    })();
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => heading.current?.focus(), [approval?.id]);

  const pending = approval?.status === 'pending';
  const answer = async (ans: Answer) => {
    if (!approval || !pending || busy || !canAnswer) return;
    if (ans === 'session' && !approval.session_id) return;
    setBusy(true);
    try {
      setApproval(await onDecide(approval, ans, note));
    } catch {
      // The notice line says why; a 409 means someone else answered first.
      get<Approval>(`/v1/approvals/${encodeURIComponent(approval.id)}`).then(setApproval, () => undefined);
    } finally {
      setBusy(false);
    }
  };

  // The shortcut reads the answer function of the latest render: effects run after paint, so a
  // listener re-registered by an effect could still hold the note as it was before the last keystroke.
  const latestAnswer = useRef(answer);
  latestAnswer.current = answer;
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const hit = ANSWERS.find((x) => x.key === e.key);
      if (hit) {
        e.preventDefault();
        void latestAnswer.current(hit.answer);
      }
    };
    addEventListener('keydown', on);
    return () => removeEventListener('keydown', on);
  }, []);

  if (error) return <div class="detail error">{error}</div>;
  if (!approval) return <div class="detail muted">Loading…</div>;
  const ctx = trace?.input?.context;
  const crisis = !!approval.assessment?.crisis_rule;

  return (
    <article class="detail" aria-labelledby="approval-title">
      <a class="back" href={href('approvals')}>
        ← Queue
      </a>
      <h2 id="approval-title" tabIndex={-1} ref={heading}>
        <span class="mono">{approval.tool_name}</span> <span class={`badge status-${approval.status}`}>{approval.status}</span>
      </h2>
      <p class="muted">
        {approval.session_id ? <>session <a href={href('traces') + `?session=${encodeURIComponent(approval.session_id)}`}>{approval.session_id}</a> · </> : 'no session · '}
        held {new Date(approval.created_at).toLocaleString()} · expires {new Date(approval.expires_at).toLocaleTimeString()}
      </p>
      <h3>Tool call</h3>
      <pre class="json call-args">{JSON.stringify(approval.args, null, 2)}</pre>
      <p class="muted small">
        A rule from this answer would cover: <code>{approval.pattern}</code>
      </p>

      {pending && canAnswer ? (
        <div class="answer" role="group" aria-label="Answer">
          <label class="note">
            Note <span class="muted">(optional, recorded with the answer)</span>
            <input type="text" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <div class="buttons">
            {ANSWERS.map((x) => (
              <button
                key={x.answer}
                class={x.cls}
                disabled={busy || (x.answer === 'session' && !approval.session_id) || (crisis && (x.answer === 'session' || x.answer === 'always'))}
                onClick={() => answer(x.answer)}
                aria-keyshortcuts={x.key === 'A' ? 'Shift+A' : x.key}
              >
                {x.label} <kbd>{x.key}</kbd>
              </button>
            ))}
          </div>
        </div>
      ) : (
        <p class="decided">
          {approval.status === 'pending'
            ? 'Your session cannot answer approvals (sign in with an approver token).'
            : `${approval.status}${approval.answer && approval.answer !== 'deny' ? ` (${approval.answer})` : ''} by ${approval.decided_by ?? '?'} at ${approval.decided_at ? new Date(approval.decided_at).toLocaleString() : '?'}`}
        </p>
      )}

      <h3>Why it was held</h3>
      <AssessmentView a={approval.assessment} />

      <h3>Conversation</h3>
      {ctx?.user_message ? (
        <p class="muted small">
          The call answers: <q>{ctx.user_message}</q>
        </p>
      ) : null}
      {inference === undefined ? (
        <p class="muted">Loading the conversation…</p>
      ) : inference ? (
        <>
          <p class="muted small">
            From inference <a href={href('inferences', inference.id)}>{inference.id}</a> ({inference.route ?? inference.model})
          </p>
          <Conversation messages={inference.request.messages} reply={inference.response?.message ?? null} />
        </>
      ) : (
        <p class="muted">No recorded inference for this call (held by the hook or the MCP proxy, or made without a session id).</p>
      )}
    </article>
  );
}
