import { migration001 } from './001_core.js';
import { migration002 } from './002_session_data.js';
import { migration003 } from './003_firewall.js';
import { migration004 } from './004_experiments.js';
import { migration005 } from './005_imports.js';
import { migration006 } from './006_inference_kind.js';
import { migration007 } from './007_opt_optimize.js';

export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
}

// One line per migration, in version order. Versions are never reused or edited once shipped.
export const sqliteMigrations: SqliteMigration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
];
