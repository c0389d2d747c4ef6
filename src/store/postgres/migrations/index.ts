import { pgMigration001 } from './001_core.js';
import { pgMigration002 } from './002_session_data.js';
import { pgMigration003 } from './003_firewall.js';
import { pgMigration004 } from './004_experiments.js';
import { pgMigration005 } from './005_imports.js';
import { pgMigration006 } from './006_inference_kind.js';
import { pgMigration007 } from './007_responses.js';
import { pgMigration008 } from './008_usage_details.js';
import { pgMigration009 } from './009_firewall_session_risk.js';
import { pgMigration010 } from './010_cache.js';
import { pgMigration011 } from './011_opt_optimize.js';
import { pgMigration012 } from './012_request_as_sent.js';
import { pgMigration013 } from './013_request_bases.js';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

// The PostgreSQL twins of src/store/sqlite/migrations, same version numbers and names. Ids are
// COLLATE "C" so cursor comparisons follow byte order (uuidv7 = time order) whatever the locale.
export const pgMigrations: PgMigration[] = [
  pgMigration001,
  pgMigration002,
  pgMigration003,
  pgMigration004,
  pgMigration005,
  pgMigration006,
  pgMigration007,
  pgMigration008,
  pgMigration009,
  pgMigration010,
  pgMigration011,
  pgMigration012,
  pgMigration013,
];
