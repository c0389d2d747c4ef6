export const migration009 = {
  version: 9,
  name: 'firewall: per-session crisis risk',
  sql: `
CREATE TABLE firewall_session_risk (
  session_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  reasons TEXT NOT NULL,
  evidence TEXT NOT NULL,
  acknowledged TEXT NOT NULL,
  cleared_at TEXT,
  cleared_by TEXT
);
`,
};
