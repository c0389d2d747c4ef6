export const migration001 = {
  version: 1,
  name: 'core: inferences and attempts',
  sql: `
CREATE TABLE inferences (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  session_id TEXT,
  route TEXT,
  model TEXT,
  variant TEXT,
  provider TEXT,
  upstream_model TEXT,
  stream INTEGER NOT NULL,
  status TEXT NOT NULL,
  error TEXT,
  request TEXT NOT NULL,
  response TEXT,
  usage TEXT,
  latency_ms REAL NOT NULL,
  ttft_ms REAL,
  attempts_count INTEGER NOT NULL,
  routing TEXT,
  tags TEXT,
  cost_usd REAL
);
CREATE INDEX inferences_session ON inferences(session_id, id);
CREATE INDEX inferences_route ON inferences(route, id);
CREATE INDEX inferences_created ON inferences(created_at);
CREATE TABLE attempts (
  id TEXT PRIMARY KEY,
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
  next_reason TEXT
);
CREATE INDEX attempts_inference ON attempts(inference_id, seq);
`,
};
