// The record a write request creates in a team's own tool, by its method and path: `POST
// /rest/api/3/issue` creates an issue, `POST /api/1.0/tasks/120455/stories` a comment on a task,
// `POST /api/v1/dashboard` a dashboard. A generic request tool (`call_api`, `api_request`) that
// sends it is then judged as a tool of that name would be (dispatch.ts), not by its own name,
// which only says that it sends. Other writes keep the request tool's caution: a path that ends in
// an action (`/alarm_disarm`, `/reply`, `/purge`, `/firmware`) or a resource that is no record
// (`/exports`, `/collaboration`, `/payouts`) says more than a verb can (the first version read every
// write by its last step and lost ten must-gate rows of visible/).

/** Records people keep in trackers, wikis and monitoring tools, and a deployment (only a preview passes the platform rule). */
const RECORD = /^(?:issues?|tasks?|cards?|pages?|notes?|comments?|stories|dashboards?|monitors?|deployments?|tickets?|todos?|checklists?)$/i;
/** Path steps that address rather than name a resource: versions, API roots, ids (anything with a digit, `{id}`, `me`). */
const NOT_A_RESOURCE = /^(?:v\d+(?:\.\d+)?|api|rest|me|self|\{.*\}|:.*|.*\d.*)$/i;

/** `create_issue` for `POST …/issue`: the record the request creates, or null for any other write. */
export function recordCreated(method: string, path: string): string | null {
  if (method.toUpperCase() !== 'POST') return null;
  const steps = path.split('?')[0].replace(/\.json$/i, '').split('/').filter(Boolean);
  const resource = [...steps].reverse().find((s) => !NOT_A_RESOURCE.test(s));
  return resource && RECORD.test(resource) ? `create_${resource}` : null;
}
