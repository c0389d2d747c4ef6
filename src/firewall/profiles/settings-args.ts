// What a settings call does to the agent's checks, read from its keys and values: a guardrail or
// approval setting that only turns checks on, and preferences that name no check at all.

export const SAFETY_SETTING = /^(?:guardrail|guardrails|approval|approvals|safety|moderation|protection|protections|confirmation|confirmations|review|reviews)$/;
const ON_VALUE = /^(?:always|always_ask|ask|required|require|strict|enabled|enforce|enforced|on|block|deny|manual|true)$/i;
const OFF_VALUE = /^(?:never|none|off|disabled?|false|auto|auto_approve|allow|allow_all|skip|bypass|permissive|0)$/i;

const TIGHTENING_KEY = /enabled|require|enforce|dismiss_stale|strict|on$/i;
const LOOSENING_KEY = /allow|skip|bypass|disable|auto_?approve|ignore|dangerous/i;
/** How many approvals or reviews a change needs: one or more is a check. */
const COUNT_KEY = /(?:review|approv|reviewer|approver)\w*_count$|^(?:min|required)_\w*(?:reviews?|approv\w*|reviewers?|approvers?)$/i;

/** Every setting names a check or turns one on; none is emptied, switched off or set to never ask. */
export function tightensOnly(args: Record<string, unknown>): boolean {
  let on = false;
  for (const [k, v] of Object.entries(args)) {
    if (v === false || (Array.isArray(v) && v.length === 0)) return false;
    const values = Array.isArray(v) ? v : [v];
    for (const x of values) {
      if (typeof x === 'string' && OFF_VALUE.test(x)) return false;
      // `allow_force_pushes: true`, `skip_checks: true` loosen; a required count of 0 requires nothing.
      if (x === true && LOOSENING_KEY.test(k)) return false;
      if (typeof x === 'number' && COUNT_KEY.test(k) && x < 1) return false;
      if ((typeof x === 'string' && ON_VALUE.test(x)) || (x === true && TIGHTENING_KEY.test(k)) || (typeof x === 'number' && COUNT_KEY.test(k)) || (Array.isArray(v) && typeof x === 'string' && x)) on = true;
    }
  }
  return on;
}

export const SETTINGS_NOUN = /^(?:settings?|config|configuration|preferences?|prefs|options)$/;
/** Words that name a check, a permission, who can reach what, or what the agent may run or spend. */
export const CHECK_WORD = /approv|guard|review|permi|protect|sandbox|secur|audit|mfa|2fa|two.?factor|auth|passw|access|role|admin|owner|visib|public|privacy|private|shar|allow|deny|block|confirm|moderat|safe|polic|limit|spend|budget|trust|exempt|firewall|encrypt|log|alert|monitor|scan|verif|enforce|requir|\btoken\b|api_?key|secret|credential|webhook|url|endpoint|domain|member|invite|tool|exec|command|shell|autonom|human|consent|retention|delet|backup|payment|pay|bank|hook/i;
/** Keys that only say which record is meant: `{key: "theme", value: "dark"}` is judged by its values. */
const HANDLE_KEY = /^(?:key|value|name|scope|agent|agent_id|assistant|assistant_id|user|user_id|id|settings|config|preferences|model_settings)$/i;

/** Whether any key or string value (nested, bounded) of a settings call names a check. */
export function namesACheck(name: string, v: unknown, depth = 0): boolean {
  if (depth === 0 && CHECK_WORD.test(name)) return true;
  if (depth > 4) return true;
  if (typeof v === 'string') return CHECK_WORD.test(v);
  if (Array.isArray(v)) return v.some((x) => namesACheck(name, x, depth + 1));
  if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => (!HANDLE_KEY.test(k) && CHECK_WORD.test(k)) || namesACheck(name, x, depth + 1));
  return false;
}
