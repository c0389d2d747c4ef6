export const pgMigration003 = {
  version: 3,
  name: 'firewall: assessment traces, approvals, approval rules',
  sql: `
CREATE TABLE firewall_traces (
  id TEXT COLLATE "C" PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  session_id TEXT,
  tool_name TEXT NOT NULL,
  input JSONB NOT NULL,
  assessment JSONB NOT NULL,
  risk_score DOUBLE PRECISION NOT NULL,
  decision TEXT NOT NULL,
  approval_id TEXT COLLATE "C",
  approval_outcome TEXT,
  duration_us BIGINT NOT NULL
);
CREATE INDEX firewall_traces_session ON firewall_traces(session_id, id);
CREATE TABLE firewall_approvals (
  id TEXT COLLATE "C" PRIMARY KEY,
  trace_id TEXT COLLATE "C",
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  session_id TEXT,
  tool_name TEXT NOT NULL,
  args JSONB NOT NULL,
  assessment JSONB NOT NULL,
  pattern TEXT NOT NULL,
  status TEXT NOT NULL,
  answer TEXT,
  decided_by TEXT,
  decided_at TIMESTAMPTZ
);
CREATE INDEX firewall_approvals_status ON firewall_approvals(status, expires_at);
CREATE TABLE firewall_rules (
  id TEXT COLLATE "C" PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL,
  tool_name TEXT NOT NULL,
  pattern TEXT NOT NULL,
  session_id TEXT,
  approval_id TEXT COLLATE "C",
  revoked_at TIMESTAMPTZ,
  revoked_by TEXT
);
CREATE INDEX firewall_rules_tool ON firewall_rules(tool_name, revoked_at);
`,
};
