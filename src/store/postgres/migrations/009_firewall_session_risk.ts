export const pgMigration009 = {
  version: 9,
  name: 'firewall: per-session crisis risk',
  sql: `
CREATE TABLE firewall_session_risk (
  session_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  raised_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  reasons JSONB NOT NULL,
  evidence JSONB NOT NULL,
  acknowledged JSONB NOT NULL,
  cleared_at TIMESTAMPTZ,
  cleared_by TEXT
);
`,
};
