export const migration005 = {
  version: 5,
  name: 'imports: episodes, turns and datapoints from other agents',
  sql: `
CREATE TABLE imported_episodes (
  session_id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  platform TEXT,
  user_id TEXT,
  model TEXT,
  title TEXT,
  system_prompt TEXT,
  parent_session_id TEXT,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  end_reason TEXT,
  stats TEXT NOT NULL,
  extra TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX imported_episodes_started ON imported_episodes(origin, started_at);
CREATE TABLE imported_turns (
  source_id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL,
  message TEXT NOT NULL,
  created_at TEXT NOT NULL,
  token_count INTEGER,
  finish_reason TEXT,
  reasoning TEXT,
  extra TEXT NOT NULL
);
CREATE INDEX imported_turns_session ON imported_turns(session_id, seq);
CREATE TABLE imported_datapoints (
  source_id TEXT PRIMARY KEY,
  dataset TEXT NOT NULL,
  messages TEXT NOT NULL,
  output TEXT,
  tools TEXT,
  tags TEXT NOT NULL,
  metadata TEXT NOT NULL,
  created_at TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX imported_datapoints_dataset ON imported_datapoints(dataset, created_at);
`,
};
