export const pgMigration006 = {
  version: 6,
  name: 'inferences: kind (chat or embedding) and the x-request-id that caused them',
  sql: `
ALTER TABLE inferences ADD COLUMN kind TEXT NOT NULL DEFAULT 'chat';
ALTER TABLE inferences ADD COLUMN request_id TEXT;
CREATE INDEX inferences_request_id ON inferences(request_id);
`,
};
