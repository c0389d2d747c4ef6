import { isIP } from 'node:net';
import type { ServerConfig } from '../config/schema.js';
import { StartupError } from '../core/errors.js';

// With no gateway keys the gateway trusts whoever can reach it, so it must only be reachable
// from this machine: it refuses to bind a non-loopback address (unless told --insecure-no-auth),
// and it answers only requests whose Host names this machine, so a web page cannot reach it by
// rebinding its own DNS name to 127.0.0.1.

/** True for localhost, *.localhost, 127.0.0.0/8 and ::1 (with or without brackets or a port). */
function isLoopbackName(hostHeaderOrAddress: string): boolean {
  const name = hostName(hostHeaderOrAddress).toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) return name === '::1' || name === '0:0:0:0:0:0:0:1' || name.startsWith('::ffff:127.');
  return false;
}

/** "example.com:4000" -> "example.com"; "[::1]:4000" -> "::1"; "::1" -> "::1". */
function hostName(host: string): string {
  const h = host.trim();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  if (isIP(h) === 6) return h;
  const colon = h.lastIndexOf(':');
  return colon > 0 ? h.slice(0, colon) : h;
}

export function openWithoutKeys(server: ServerConfig): boolean {
  return server.api_keys.length === 0 && !server.insecure_no_auth;
}

/** Start-up check: a keyless gateway only binds loopback. */
export function checkBind(server: ServerConfig): void {
  if (!openWithoutKeys(server) || isLoopbackName(server.host)) return;
  throw new StartupError(
    `refusing to listen on ${server.host} without server.api_keys: anyone who can reach it could read stored prompts and spend the provider keys. ` +
      'Set server.api_keys (env:VAR references), bind 127.0.0.1, or pass --insecure-no-auth if a firewall already protects it',
  );
}

/** Per request: may this Host be served? (Only asked when the gateway has no keys.) */
export function hostAllowed(server: ServerConfig, host: string | undefined): boolean {
  if (host === undefined || host === '') return true; // HTTP/1.0 without Host: not a browser
  if (isLoopbackName(host)) return true;
  const name = hostName(host).toLowerCase();
  return server.allowed_hosts.some((h) => h.toLowerCase() === name);
}
