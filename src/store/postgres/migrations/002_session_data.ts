export const pgMigration002 = {
  version: 2,
  name: 'session data: feedback, datasets, datapoints',
  sql: `
CREATE TABLE feedback (
  id TEXT COLLATE "C" PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  metric_name TEXT NOT NULL,
  target_type TEXT NOT NULL CHECK (target_type IN ('inference', 'episode')),
  target_id TEXT COLLATE "C" NOT NULL,
  value DOUBLE PRECISION,
  raw JSONB NOT NULL,
  idempotency_key TEXT UNIQUE,
  tags JSONB
);
CREATE INDEX feedback_target ON feedback(target_type, target_id, id);
CREATE INDEX feedback_metric ON feedback(metric_name, target_type, target_id);
CREATE TABLE datasets (
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  note TEXT,
  size INTEGER NOT NULL,
  PRIMARY KEY (name, version)
);
CREATE TABLE datapoints (
  id TEXT COLLATE "C" PRIMARY KEY,
  dataset TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  added_in INTEGER NOT NULL,
  removed_in INTEGER,
  supersedes TEXT COLLATE "C",
  messages JSONB NOT NULL,
  tools JSONB,
  output JSONB,
  tags JSONB,
  source_inference_id TEXT COLLATE "C",
  source_session_id TEXT
);
CREATE INDEX datapoints_dataset ON datapoints(dataset, id);
`,
};
