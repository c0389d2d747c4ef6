export const pgMigration007 = {
  version: 7,
  name: 'responses: conversation state for the Responses API',
  sql: `
CREATE TABLE responses (
  id TEXT COLLATE "C" PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  previous_response_id TEXT COLLATE "C",
  session_id TEXT COLLATE "C",
  inference_id TEXT COLLATE "C",
  input JSONB NOT NULL,
  output JSONB NOT NULL,
  response JSONB NOT NULL
);
CREATE INDEX responses_session ON responses(session_id, created_at);
`,
};
