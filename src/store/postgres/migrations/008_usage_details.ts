export const pgMigration008 = {
  version: 8,
  name: 'inferences: prompt-cache and reasoning token counts, fields a translation dropped',
  sql: `
ALTER TABLE inferences ADD COLUMN cached_input_tokens INTEGER;
ALTER TABLE inferences ADD COLUMN cache_creation_input_tokens INTEGER;
ALTER TABLE inferences ADD COLUMN reasoning_tokens INTEGER;
ALTER TABLE inferences ADD COLUMN dropped JSONB;
`,
};
