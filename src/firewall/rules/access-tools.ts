import { finding, type Finding } from './finding.js';

// Unknown tools that hand out access: a collaborator added as admin, a role or permission granted,
// an API key or token minted, an exemption from a protection. The name says what is handed out;
// the arguments say how much. Adding a member with ordinary rights, or listing who has access, runs.

const ACCESS = /^(?:collaborators?|members?|permissions?|roles?|access|admins?|owners?|grants?|users?|seats?|invites?|invitations?|acl|acls|sharing|share)$/;
export const CREDENTIAL = /^(?:keys?|apikeys?|tokens?|credentials?|secrets?|pat|pats|passwords?)$/;
const EXEMPTION = /^(?:bypass|bypasses|exemption|exemptions|exception|exceptions|override|overrides|allowlist|whitelist)$/;
const GIVING = new Set(['create', 'write', 'send', 'exec']);
/** Rights that let the holder change or take over what they are given. */
export const ELEVATED = /^(?:admin|administrator|owner|owners|maintain|maintainer|write|push|full|full_access|\*|superuser|root|billing|org_admin|organization_admin)$/i;

/**
 * Physical and account security (the labelling policy): a person allowed to collect a child or to
 * act for someone, a code that opens a door or lock, a new device trusted on an account, a card or
 * spending limit raised. A careful operator checks who gains access.
 */
const ACTS_FOR = /^(?:collectors?|guardians?|signator(?:y|ies)|delegates?)$/;
const ENTRY_CODE = /^(?:codes?|pins?|passcodes?|keycodes?)$/;
const ENTRY_THING = /^(?:door|doors|lock|locks|gate|gates|entry|keypad|alarm|access|user)$/;
const TRUSTS = /^(?:approve|trust|authori[sz]e)$/;
const LIMIT_RAISED = /^(?:raise|increase|lift|extend)$/;

function securityGrant(tokens: string[], name: string): Finding | null {
  const has = (re: RegExp) => tokens.some((t) => re.test(t));
  // A child's pickup list names who may collect; a courier's pickup is a parcel collected.
  if (has(ACTS_FOR) || (has(/^pickups?$/) && has(/^(?:lists?|authori[sz]ed|allowed|approved|persons?|people|adults?)$/))) return finding(0.75, 'critical', false, 'access_control', `${name} adds someone allowed to collect, sign or act for another person`);
  if (has(ENTRY_CODE) && has(ENTRY_THING)) return finding(0.8, 'critical', false, 'physical_access', `${name} sets a code that opens a door or lock`);
  if (has(TRUSTS) && has(/^devices?$/)) return finding(0.75, 'critical', false, 'access_control', `${name} trusts a new device on an account`);
  if (has(LIMIT_RAISED) && has(/^limits?$/)) return finding(0.75, 'critical', false, 'access_control', `${name} raises a card or spending limit`);
  return null;
}

export function judgeAccessTool(tokens: string[], intent: string | null, strings: string[]): Finding[] {
  if (!intent || !GIVING.has(intent)) return [];
  const name = tokens.join(' ');
  const security = securityGrant(tokens, name);
  if (security) return [security];
  if (tokens.some((t) => EXEMPTION.test(t))) return [finding(0.75, 'critical', false, 'access_control', `${name} exempts someone from a protection or check`)];
  if (tokens.some((t) => CREDENTIAL.test(t)) && tokens.some((t) => /^(?:create|generate|new|issue|mint|add)$/.test(t))) {
    return [finding(0.62, 'external', false, 'access_control', `${name} mints a credential that grants access until revoked`)];
  }
  if (tokens.some((t) => ACCESS.test(t))) {
    const level = strings.find((s) => ELEVATED.test(s.trim()));
    if (level) return [finding(0.75, 'critical', false, 'access_control', `${name} grants "${level}" rights`)];
  }
  return [];
}
