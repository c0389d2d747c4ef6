export const pgMigration011 = {
  version: 11,
  name: 'optimize: example pools for dynamic in-context examples, optimize runs',
  sql: `
CREATE TABLE optimize_examples (
  seq BIGSERIAL PRIMARY KEY,
  source TEXT NOT NULL,
  inference_id TEXT COLLATE "C" NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  text TEXT NOT NULL,
  shot JSONB NOT NULL,
  embedding BYTEA,
  UNIQUE (source, inference_id)
);
CREATE INDEX optimize_examples_inference ON optimize_examples(inference_id);
CREATE TABLE optimize_runs (
  id TEXT COLLATE "C" PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  route TEXT NOT NULL,
  method TEXT NOT NULL,
  status TEXT NOT NULL,
  candidate TEXT NOT NULL,
  record JSONB NOT NULL
);
CREATE INDEX optimize_runs_route ON optimize_runs(route, id);
`,
};
