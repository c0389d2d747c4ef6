import { CREDENTIAL, ELEVATED } from './access-tools.js';

// Unknown tools that look after a credential: rotating it, revoking or disabling it, or minting a
// new one straight into a secrets store. A rotation generates the new value inside the secrets
// manager and a revocation closes access; neither shows a value to anyone, and both are what a
// leaked credential needs. Still judged as before: a value returned into the conversation or sent
// to someone, every key at once, elevated or non-expiring scopes, and minting with nowhere to keep it.

const RENEW = /^(?:rotate|roll|regenerate|revoke|expire|deactivate|disable|invalidate)$/;
const MINT = /^(?:create|generate|new|issue|mint|add)$/;
const DESTINATION_KEY = /^(?:store|store_in|save_to|save_in|deliver_to|destination|write_to|put_in)$/i;
const STORE = /vault|1password|bitwarden|keychain|keyring|secrets?\b|secret_|ssm|parameter.?store|key.?vault/i;
/** Keys that hand the value to a person or a channel rather than a store. */
const RECIPIENT_KEY = /^(?:send_to|email|to|recipient|recipients|share_with|notify|cc|channel|post_to)$/i;
const REVEAL_KEY = /reveal|return|show|print|plaintext|include_value|output|display/i;
const SCOPE_KEY = /^(?:scopes?|roles?|permissions?|access|access_level|level)$/i;
const EXPIRY_KEY = /^(?:expires?_in(?:_days|_hours)?|expiry|expiration|expires|ttl|ttl_days)$/i;

/** Why the call is credential care, or null when it is not (or does more than care). */
export function credentialCare(tokens: string[], args: Record<string, unknown>): string | null {
  if (!tokens.some((t) => CREDENTIAL.test(t))) return null;
  const renews = tokens.some((t) => RENEW.test(t));
  if (!renews && !tokens.some((t) => MINT.test(t))) return null;
  const entries = Object.entries(args);
  if (entries.some(([k, v]) => v === '*' || (v === true && (/^all(?:_\w+)?$/i.test(k) || REVEAL_KEY.test(k))) || (RECIPIENT_KEY.test(k) && v))) return null;
  const destination = entries.find(([k]) => DESTINATION_KEY.test(k))?.[1];
  if (destination !== undefined && !(typeof destination === 'string' && STORE.test(destination))) return null;
  if (renews) return 'rotates, revokes or disables a credential without showing its value';
  // A new credential: kept in a store, with ordinary scopes and an end date if it says one.
  if (destination === undefined) return null;
  const scopes = entries.filter(([k]) => SCOPE_KEY.test(k)).flatMap(([, v]) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === 'string');
  if (scopes.some((s) => s === 'repo' || s.split(/[:\s,./-]+/).some((w) => ELEVATED.test(w)))) return null;
  if (entries.some(([k, v]) => EXPIRY_KEY.test(k) && (v === 0 || v === null || v === 'never'))) return null;
  return 'mints a credential with ordinary scopes straight into a secrets store';
}
