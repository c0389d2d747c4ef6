export const migration010 = {
  version: 10,
  name: 'cache: response cache entries and the cache outcome of each inference',
  sql: `
ALTER TABLE inferences ADD COLUMN cache TEXT;
CREATE TABLE response_cache (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX response_cache_expiry ON response_cache(expires_at);
`,
};
