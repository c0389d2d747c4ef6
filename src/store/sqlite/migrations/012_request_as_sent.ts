export const migration012 = {
  version: 12,
  name: 'inferences: the request as the client sent it (request_format names its wire format; NULL: the normalized request)',
  sql: `
ALTER TABLE inferences ADD COLUMN request_format TEXT;
`,
};
