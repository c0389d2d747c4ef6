export const pgMigration001 = {
  version: 1,
  name: 'core: inferences and attempts',
  sql: `
CREATE TABLE inferences (
  id TEXT COLLATE "C" PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  session_id TEXT,
  route TEXT,
  model TEXT,
  variant TEXT,
  provider TEXT,
  upstream_model TEXT,
  stream BOOLEAN NOT NULL,
  status TEXT NOT NULL,
  error TEXT,
  request JSONB NOT NULL,
  response JSONB,
  usage JSONB,
  latency_ms DOUBLE PRECISION NOT NULL,
  ttft_ms DOUBLE PRECISION,
  attempts_count INTEGER NOT NULL,
  routing JSONB,
  tags JSONB,
  cost_usd DOUBLE PRECISION
);
CREATE INDEX inferences_session ON inferences(session_id, id);
CREATE INDEX inferences_route ON inferences(route, id);
CREATE INDEX inferences_created ON inferences(created_at);
CREATE TABLE attempts (
  id TEXT COLLATE "C" PRIMARY KEY,
  inference_id TEXT COLLATE "C" NOT NULL,
  seq INTEGER NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  provider TEXT NOT NULL,
  upstream_model TEXT NOT NULL,
  target_index INTEGER NOT NULL,
  retry INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  status_code INTEGER,
  error_kind TEXT,
  error TEXT,
  latency_ms DOUBLE PRECISION NOT NULL,
  ttft_ms DOUBLE PRECISION,
  next_reason TEXT
);
CREATE INDEX attempts_inference ON attempts(inference_id, seq);
`,
};
