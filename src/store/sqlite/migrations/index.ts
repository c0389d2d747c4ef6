import { migration001 } from './001_core.js';

export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
}

// One line per migration, in version order. Versions are never reused or edited once shipped.
export const sqliteMigrations: SqliteMigration[] = [
  migration001,
];
