// An attempt row was kept in three B-trees: the table (by rowid), its `id TEXT PRIMARY KEY`
// (read by nothing but INSERT OR IGNORE) and attempts_inference (inference_id, seq), the one every
// read and delete uses. Keyed by (inference_id, seq) without a rowid it is one B-tree, in the
// order the reads want; a retried batch is still ignored (the same inference, the same seq). The
// copy runs once, at the first start of this version (a few seconds a million attempts).
export const migration014 = {
  version: 14,
  name: 'attempts: keyed by (inference_id, seq) WITHOUT ROWID, one B-tree instead of three',
  sql: `
CREATE TABLE attempts_keyed (
  id TEXT NOT NULL,
  inference_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  provider TEXT NOT NULL,
  upstream_model TEXT NOT NULL,
  target_index INTEGER NOT NULL,
  retry INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  status_code INTEGER,
  error_kind TEXT,
  error TEXT,
  latency_ms REAL NOT NULL,
  ttft_ms REAL,
  next_reason TEXT,
  PRIMARY KEY (inference_id, seq)
) WITHOUT ROWID;
INSERT OR IGNORE INTO attempts_keyed
  SELECT id, inference_id, seq, created_at, provider, upstream_model, target_index, retry, outcome, status_code, error_kind, error, latency_ms, ttft_ms, next_reason
  FROM attempts ORDER BY inference_id, seq;
DROP TABLE attempts;
ALTER TABLE attempts_keyed RENAME TO attempts;
`,
};
