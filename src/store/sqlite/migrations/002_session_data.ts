export const migration002 = {
  version: 2,
  name: 'session data: feedback, datasets, datapoints',
  sql: `
CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  metric_name TEXT NOT NULL,
  target_type TEXT NOT NULL CHECK (target_type IN ('inference', 'episode')),
  target_id TEXT NOT NULL,
  value REAL,
  raw TEXT NOT NULL,
  idempotency_key TEXT UNIQUE,
  tags TEXT
);
CREATE INDEX feedback_target ON feedback(target_type, target_id, id);
CREATE INDEX feedback_metric ON feedback(metric_name, target_type, target_id);
CREATE TABLE datasets (
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  note TEXT,
  size INTEGER NOT NULL,
  PRIMARY KEY (name, version)
);
CREATE TABLE datapoints (
  id TEXT PRIMARY KEY,
  dataset TEXT NOT NULL,
  created_at TEXT NOT NULL,
  added_in INTEGER NOT NULL,
  removed_in INTEGER,
  supersedes TEXT,
  messages TEXT NOT NULL,
  tools TEXT,
  output TEXT,
  tags TEXT,
  source_inference_id TEXT,
  source_session_id TEXT
);
CREATE INDEX datapoints_dataset ON datapoints(dataset, id);
`,
};
