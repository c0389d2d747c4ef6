import type { AttemptRecord, InferenceRecord, Store } from '../store/types.js';
import type { FeedbackRecord } from '../store/feedback-types.js';

// One episode (agent session) as a whole: its inferences in order with their attempts, all the
// feedback on it or on its inferences, and firewall records when the store keeps them.

interface EpisodeView {
  id: string;
  inferences: (InferenceRecord & { attempts: AttemptRecord[]; feedback: FeedbackRecord[] })[];
  feedback: FeedbackRecord[];
  firewall?: { traces?: unknown[]; approvals?: unknown[] };
}

const MAX_INFERENCES = 10_000;

export async function loadEpisode(store: Store, id: string): Promise<EpisodeView | null> {
  const inferences: InferenceRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryInferences({ session_id: id, order: 'asc', limit: 1000, cursor });
    inferences.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor && inferences.length < MAX_INFERENCES);
  const episodeFeedback = await store.feedback.listForTarget('episode', id);
  if (inferences.length === 0 && episodeFeedback.length === 0) return null;
  const inferenceFeedback = await store.feedback.listForInferences(inferences.map((i) => i.id));
  const byInference = new Map<string, FeedbackRecord[]>();
  for (const f of inferenceFeedback) byInference.set(f.target_id, [...(byInference.get(f.target_id) ?? []), f]);
  const view: EpisodeView = {
    id,
    inferences: await Promise.all(inferences.map(async (i) => ({ ...i, attempts: await store.listAttempts(i.id), feedback: byInference.get(i.id) ?? [] }))),
    feedback: episodeFeedback,
  };
  const firewall = await firewallRecords(store, id);
  if (firewall) view.firewall = firewall;
  return view;
}

/** The firewall repo is optional and owned elsewhere: use what it offers for a session. */
async function firewallRecords(store: Store, sessionId: string): Promise<EpisodeView['firewall'] | undefined> {
  const repo = (store as unknown as { firewall?: Record<string, unknown> }).firewall;
  if (!repo) return undefined;
  const out: NonNullable<EpisodeView['firewall']> = {};
  if (typeof repo.listTraces === 'function') out.traces = await (repo.listTraces as (q: object) => Promise<unknown[]>).call(repo, { session_id: sessionId });
  if (typeof repo.listApprovals === 'function') out.approvals = await (repo.listApprovals as (q: object) => Promise<unknown[]>).call(repo, { session_id: sessionId });
  return out;
}
