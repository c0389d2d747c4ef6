import type { AttemptRecord } from '../store/types.js';

/** An attempt as routing sees it, before the store gives it an id and inference id. */
export type AttemptLog = Omit<AttemptRecord, 'id' | 'inference_id' | 'seq'>;

/** One line per attempt, for the error a client sees when every target failed. */
export function summarizeAttempts(attempts: readonly AttemptLog[]): string {
  return attempts
    .map((a) => `${a.provider}/${a.upstream_model}${a.retry ? ` (retry ${a.retry})` : ''}: ${a.outcome === 'skipped' ? 'skipped, ' : ''}${a.error_kind ?? a.outcome}${a.status_code ? ` HTTP ${a.status_code}` : ''}${a.error ? ` — ${a.error}` : ''}`)
    .join('; ');
}
