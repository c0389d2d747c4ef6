export const migration004 = {
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
  candidate_weight REAL NOT NULL,
  started_at TEXT NOT NULL,
  step_started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL
);
CREATE TABLE experiment_events (
  id TEXT PRIMARY KEY,
  experiment TEXT NOT NULL,
  created_at TEXT NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL,
  from_step INTEGER,
  to_step INTEGER,
  candidate_weight REAL NOT NULL,
  details TEXT
);
CREATE INDEX experiment_events_name ON experiment_events(experiment, id);
CREATE INDEX inferences_route_created ON inferences(route, created_at);
`,
};
