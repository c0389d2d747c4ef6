export const pgMigration004 = {
  version: 4,
  name: 'experiments: rollout state and decision history',
  sql: `
CREATE TABLE experiment_state (
  name TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  candidate TEXT NOT NULL,
  control TEXT NOT NULL,
  status TEXT NOT NULL,
  step_index INTEGER NOT NULL,
  candidate_weight DOUBLE PRECISION NOT NULL,
  started_at TIMESTAMPTZ NOT NULL,
  step_started_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  version INTEGER NOT NULL
);
CREATE TABLE experiment_events (
  id TEXT COLLATE "C" PRIMARY KEY,
  experiment TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL,
  from_step INTEGER,
  to_step INTEGER,
  candidate_weight DOUBLE PRECISION NOT NULL,
  details JSONB
);
CREATE INDEX experiment_events_name ON experiment_events(experiment, id);
CREATE INDEX inferences_route_created ON inferences(route, created_at);
`,
};
