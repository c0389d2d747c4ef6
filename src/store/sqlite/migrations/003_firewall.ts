export const migration003 = {
  version: 3,
  name: 'firewall: assessment traces, approvals, approval rules',
  sql: `
CREATE TABLE firewall_traces (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  session_id TEXT,
  tool_name TEXT NOT NULL,
  input TEXT NOT NULL,
  assessment TEXT NOT NULL,
  risk_score REAL NOT NULL,
  decision TEXT NOT NULL,
  approval_id TEXT,
  approval_outcome TEXT,
  duration_us INTEGER NOT NULL
);
CREATE INDEX firewall_traces_session ON firewall_traces(session_id, id);
CREATE TABLE firewall_approvals (
  id TEXT PRIMARY KEY,
  trace_id TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  session_id TEXT,
  tool_name TEXT NOT NULL,
  args TEXT NOT NULL,
  assessment TEXT NOT NULL,
  pattern TEXT NOT NULL,
  status TEXT NOT NULL,
  answer TEXT,
  decided_by TEXT,
  decided_at TEXT
);
CREATE INDEX firewall_approvals_status ON firewall_approvals(status, expires_at);
CREATE TABLE firewall_rules (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  tool_name TEXT NOT NULL,
  pattern TEXT NOT NULL,
  session_id TEXT,
  approval_id TEXT,
  revoked_at TEXT,
  revoked_by TEXT
);
CREATE INDEX firewall_rules_tool ON firewall_rules(tool_name, revoked_at);
`,
};
