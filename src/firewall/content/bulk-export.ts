import type { ContentFinding } from './types.js';
import { matchesOf } from './matches.js';

// Bulk exports of people's data: a query that pulls identifying columns (email, phone, birth date,
// address, national id...) or whole rows out of a table of people (customers, members, patients,
// staff...). Alone it is a read; the caller reports it when the result is sent somewhere. Counts,
// aggregates and a single column of ids are not an export of people.

const PEOPLE_TABLE = /\bfrom\s+["'`]?(?:\w+\.)?(?:customers?|users?|members?|patients?|employees?|staff|contacts|leads|clients?|subscribers?|students?|applicants?|candidates?|tenants?|donors?|guests?|people|persons?|accounts|profiles|residents|volunteers|parents|pupils)\b/i;
const PERSONAL_COLUMN = /\b(?:e_?mail(?:_address)?|emails|phone(?:_number)?|mobile|tel|dob|date_of_birth|birth_?date|birthday|(?:home_|street_|postal_)?address(?:_line\d?)?|street|post_?code|zip(?:_?code)?|ssn|national_id|tax_id|passport(?:_no|_number)?|iban|account_number|salary|diagnosis|medical_\w+|full_?name|first_?name|last_?name|surname|gender|ethnicity|religion|ip_address)\b/gi;
const SELECT = /\bselect\s+([\s\S]{1,400}?)\s+from\b/i;
const AGGREGATE_ONLY = /^\s*(?:count|sum|avg|min|max|percentile\w*)\s*\(/i;

/** Describes the export when `text` selects people's identifying data in bulk; null otherwise. */
export function personalDataQuery(text: string): string | null {
  const table = PEOPLE_TABLE.exec(text);
  if (!table) return null;
  const select = SELECT.exec(text);
  if (!select) return null;
  const columns = select[1];
  if (AGGREGATE_ONLY.test(columns) && !/,\s*(?!count|sum|avg|min|max)\w/i.test(columns)) return null;
  const personal = new Set(matchesOf(PERSONAL_COLUMN, columns).map((m) => m[0].toLowerCase()));
  if (/^\s*\*\s*$/.test(columns) || personal.size >= 2) {
    return `${personal.size ? [...personal].slice(0, 4).join(', ') : 'every column'} ${table[0].replace(/^from\s+/i, 'from ')}`;
  }
  return null;
}

export function scanBulkExport(text: string): ContentFinding[] {
  const what = personalDataQuery(text);
  return what ? [{ detector: 'personal_data', kind: 'bulk_export', risk: 0.8, reason: `a bulk export of people's data (${what})` }] : [];
}
