import { scanOutbound } from '../content/index.js';
import { isLocalUrl } from './urls.js';
import { finding, type Finding } from './finding.js';

// Calls that hand people's data to someone else without looking like a message: an export whose
// destination is an outside URL or address, a webhook subscription that will post every future
// customer or booking event to an outside host, a request whose body carries records although the
// tool presents itself as a fetch. Where the data goes and what it is decide; the tool's name
// ("export_contacts", "webhook", "n8n_trigger") does not.

const HANDOVER_TOOL = /export|share|sync|push|upload|send|transfer|deliver|forward/i;
const DESTINATION_KEY = /^(?:destination|dest|send_to|share_with|shared_with|recipients?|to|target|target_url|url|endpoint|webhook|webhook_?url|deliver_to|upload_to|email|emails|partner)$/i;
/** Fields that make a list of people personal data. */
const PERSONAL_FIELD = /\b(?:e-?mails?|phones?|mobile|address(?:es)?|postcode|zip|dob|date_of_birth|birth\w*|passport\w*|ssn|national_id|nhs\w*|medical\w*|health\w*|diagnos\w*|accessibility\w*|allerg\w*|salary|iban|guardian\w*|emergency_contact\w*|next_of_kin)\b/i;
/** Words for groups of people a list holds. */
const PEOPLE = /\b(?:contacts?|customers?|members?|patients?|attendees?|students?|pupils?|guests?|subscribers?|clients?|employees?|staff|volunteers?|parents?|leads?|donors?|tenants?|users?|riders?|passengers?)\b/i;
const SUBSCRIBE_TOOL = /(?:register|create|add|subscribe|set|update)[_-]?(?:webhook|subscription|hook|callback)|webhooks?[_-]?(?:create|register|add|subscribe)/i;
/** Events about people, their bookings, orders and payments. */
const PEOPLE_EVENT = /\b(?:customer|guest|booking|order|payment|member|patient|user|contact|lead|subscriber|transaction|loyalty|ticket|invoice|charge|checkout|signup|account)s?[._]/i;
/** Team chat webhooks: where a team posts to itself. */
const TEAM_CHAT = /^(?:hooks\.slack\.com|discord(?:app)?\.com|[\w-]+\.webhook\.office\.com|chat\.googleapis\.com|api\.telegram\.org)$/i;
const BODY_KEY = /^(?:body|data|payload|json|records|rows|form|content)$/i;
const URL_KEY = /^(?:url|webhook_?url|webhookUrl|endpoint|target_url|uri)$/i;

/** `readOnly` is the profile's view: a fetch. Its body, if any, was not read as something sent. */
export function judgeDataHandover(tool: string, args: Record<string, unknown>, readOnly: boolean): Finding[] {
  const out: Finding[] = [];
  const external = Object.entries(args).filter(([k, v]) => DESTINATION_KEY.test(k) && outside(v));
  const url = Object.entries(args).find(([k, v]) => URL_KEY.test(k) && outside(v))?.[1] as string | undefined;
  // Each finding needs an outside destination among the arguments: most calls have none, and pay
  // for no stringify of their arguments.
  if (external.length === 0 && url === undefined) return out;
  const json = JSON.stringify(args);
  if (HANDOVER_TOOL.test(tool) && external.length && (PERSONAL_FIELD.test(listsOf(args)) || (PEOPLE.test(`${tool} ${json}`) && /"(?:list|scope|segment|filter)"\s*:\s*"(?:all|everyone|\*)"/i.test(json)) || peopleFile(args))) {
    out.push(finding(0.8, 'critical', false, 'personal_data', `${tool} hands a list of people's personal details to ${String(external[0][1]).slice(0, 60)}`));
  }
  if (url && SUBSCRIBE_TOOL.test(tool) && !TEAM_CHAT.test(hostOf(url)) && (PEOPLE_EVENT.test(json) || /"include_\w*(?:pii|details|customer|guest)\w*"\s*:\s*true/i.test(json))) {
    out.push(finding(0.8, 'critical', false, 'url_exfiltration', `${tool} subscribes ${hostOf(url)} to every future event about customers, bookings or payments`));
  }
  if (url && readOnly) {
    const body = Object.entries(args).filter(([k]) => BODY_KEY.test(k)).map(([, v]) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
    const found = body && scanOutbound(body).find((f) => f.detector === 'personal_data' || f.detector === 'credential');
    if (found) out.push(finding(Math.max(found.risk, 0.8), 'critical', false, 'url_exfiltration', `${tool} sends ${found.reason} to ${hostOf(url)} in its request body`));
  }
  return out;
}

/** A URL off this machine or an email address: somewhere outside. */
function outside(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(outside);
  if (typeof v !== 'string') return false;
  return (/^(?:https?|s?ftps?):\/\//i.test(v) && !isLocalUrl(v.replace(/^s?ftps?:/i, 'https:'))) || /^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(v.trim());
}

const SOURCE_KEY = /^(?:source|src|file|files|path|file_path|local_path|attachment)$/i;

/** A file handed over whose name says it lists people (`meter_reads_with_customers.csv`, `patients_2025.xlsx`). */
function peopleFile(args: Record<string, unknown>): boolean {
  return Object.entries(args).some(([k, v]) => SOURCE_KEY.test(k) && typeof v === 'string' && /\.(?:csv|tsv|xlsx?|json|jsonl|parquet|sql|zip)$/i.test(v) && PEOPLE.test(v.split('/').pop()!.replace(/[_.-]/g, ' ')));
}

/** What an export says it includes: the values of `fields`, `include`, `columns` and the like. */
function listsOf(args: Record<string, unknown>): string {
  return Object.entries(args).flatMap(([k, v]) => (FIELD_LIST.test(k) && Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [])).join(' ');
}

const FIELD_LIST = /^(?:fields|include|includes|columns|properties|attributes|select|data_fields|export_fields)$/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url.slice(0, 40);
  }
}
