// Feedback on inferences and episodes (sessions), and the episode-level maintenance that goes with
// session data: deleting one episode for a privacy request and the retention sweep.

export type FeedbackTargetType = 'inference' | 'episode';

export interface FeedbackRecord {
  id: string;
  created_at: string; // ISO-8601
  metric_name: string;
  target_type: FeedbackTargetType;
  target_id: string;
  /** Numeric value for boolean (1/0) and float metrics; null for comments and demonstrations. */
  value: number | null;
  /** The original value as sent: boolean, number, comment string, or demonstration output. */
  raw: unknown;
  idempotency_key: string | null;
  tags: Record<string, string> | null;
}

export interface FeedbackInsert {
  /** The stored row (the original one when the idempotency key was seen before). */
  feedback: FeedbackRecord;
  created: boolean;
}

export interface DeleteCounts {
  inferences: number;
  /** Rows removed from other tables (attempts, feedback, assessments...), by table. */
  related: Record<string, number>;
}

export interface FeedbackRepo {
  /** Inserts once per idempotency key: a retry with the same key returns the first row. */
  add(row: FeedbackRecord): Promise<FeedbackInsert>;
  get(id: string): Promise<FeedbackRecord | null>;
  /** Oldest first. */
  listForTarget(targetType: FeedbackTargetType, targetId: string): Promise<FeedbackRecord[]>;
  /** Feedback aimed at any of these inferences, oldest first. */
  listForInferences(inferenceIds: string[]): Promise<FeedbackRecord[]>;
  /** True when at least one stored inference belongs to this session. */
  episodeExists(sessionId: string): Promise<boolean>;
  /** Deletes an episode's inferences and everything attached to them or to the episode. */
  deleteEpisode(sessionId: string): Promise<DeleteCounts>;
  /** Retention: deletes inferences created before `before` (ISO) and their data. */
  deleteOlderThan(before: string): Promise<DeleteCounts>;
}
