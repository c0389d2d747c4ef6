export const pgMigration005 = {
  version: 5,
  name: 'imports: episodes, turns and datapoints from other agents',
  // Source timestamps stay TEXT: they are kept as the source wrote them (ISO-8601).
  sql: `
CREATE TABLE imported_episodes (
  session_id TEXT COLLATE "C" PRIMARY KEY,
  origin TEXT NOT NULL,
  platform TEXT,
  user_id TEXT,
  model TEXT,
  title TEXT,
  system_prompt TEXT,
  parent_session_id TEXT,
  started_at TEXT COLLATE "C" NOT NULL,
  ended_at TEXT,
  end_reason TEXT,
  stats JSONB NOT NULL,
  extra JSONB NOT NULL,
  imported_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX imported_episodes_started ON imported_episodes(origin, started_at);
CREATE TABLE imported_turns (
  source_id TEXT COLLATE "C" PRIMARY KEY,
  session_id TEXT COLLATE "C" NOT NULL,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL,
  message JSONB NOT NULL,
  created_at TEXT NOT NULL,
  token_count INTEGER,
  finish_reason TEXT,
  reasoning TEXT,
  extra JSONB NOT NULL
);
CREATE INDEX imported_turns_session ON imported_turns(session_id, seq);
CREATE TABLE imported_datapoints (
  source_id TEXT COLLATE "C" PRIMARY KEY,
  dataset TEXT NOT NULL,
  messages JSONB NOT NULL,
  output JSONB,
  tools JSONB,
  tags JSONB NOT NULL,
  metadata JSONB NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  imported_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX imported_datapoints_dataset ON imported_datapoints(dataset, created_at);
`,
};
