export const migration011 = {
  version: 11,
  name: 'optimize: example pools for dynamic in-context examples, optimize runs',
  sql: `
CREATE TABLE optimize_examples (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  source TEXT NOT NULL,
  inference_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  text TEXT NOT NULL,
  shot TEXT NOT NULL,
  embedding BLOB,
  UNIQUE (source, inference_id)
);
CREATE INDEX optimize_examples_inference ON optimize_examples(inference_id);
CREATE TABLE optimize_runs (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  route TEXT NOT NULL,
  method TEXT NOT NULL,
  status TEXT NOT NULL,
  candidate TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX optimize_runs_route ON optimize_runs(route, id);
`,
};
