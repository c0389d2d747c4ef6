import { migration001 } from './001_core.js';
import { migration002 } from './002_session_data.js';
import { migration003 } from './003_firewall.js';
import { migration004 } from './004_experiments.js';
import { migration005 } from './005_imports.js';
import { migration006 } from './006_inference_kind.js';
import { migration007 } from './007_responses.js';
import { migration008 } from './008_usage_details.js';
import { migration009 } from './009_firewall_session_risk.js';
import { migration010 } from './010_cache.js';
import { migration011 } from './011_opt_optimize.js';
import { migration012 } from './012_request_as_sent.js';
import { migration013 } from './013_request_bases.js';
import { migration014 } from './014_attempts_keyed.js';

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
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
];
