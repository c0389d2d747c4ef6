// Claude Code names its session in metadata.user_id, in one of two forms:
//   legacy: "user_<hash>_account_<uuid>_session_<uuid>"
//   2.1.x:  a JSON string {"device_id":"…","account_uuid":"…","session_id":"<uuid>"}
// Either way the session id groups the turns of one run into one episode.

const LEGACY = /session_([0-9a-f-]{8,})/i;

export function sessionIdOf(userId: string | null | undefined): string | undefined {
  if (!userId) return undefined;
  if (userId.startsWith('{')) {
    try {
      const v = JSON.parse(userId) as { session_id?: unknown };
      if (typeof v.session_id === 'string' && v.session_id.length > 0 && v.session_id.length <= 256) return v.session_id;
    } catch {
      // not JSON after all: fall through to the legacy pattern
    }
  }
  return LEGACY.exec(userId)?.[1];
}
