export const migration007 = {
  version: 7,
  name: 'responses: conversation state for the Responses API',
  sql: `
CREATE TABLE responses (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  previous_response_id TEXT,
  session_id TEXT,
  inference_id TEXT,
  input TEXT NOT NULL,
  output TEXT NOT NULL,
  response TEXT NOT NULL
);
CREATE INDEX responses_session ON responses(session_id, created_at);
`,
};
