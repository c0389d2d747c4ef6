export const migration013 = {
  version: 13,
  name: 'inferences: a session request stored once as a base (request_bases); a row keeps the base, the shared head and tail lengths, and its middle in request',
  sql: `
CREATE TABLE request_bases (
  hash TEXT PRIMARY KEY,
  bytes BLOB NOT NULL
);
ALTER TABLE inferences ADD COLUMN request_base TEXT;
ALTER TABLE inferences ADD COLUMN request_head INTEGER;
ALTER TABLE inferences ADD COLUMN request_tail INTEGER;
CREATE INDEX inferences_request_base ON inferences(request_base) WHERE request_base IS NOT NULL;
`,
};
