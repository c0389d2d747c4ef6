export const pgMigration010 = {
  version: 10,
  name: 'cache: response cache entries and the cache outcome of each inference',
  sql: `
ALTER TABLE inferences ADD COLUMN cache TEXT;
CREATE TABLE response_cache (
  key TEXT COLLATE "C" PRIMARY KEY,
  value TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX response_cache_expiry ON response_cache(expires_at);
`,
};
