// Conversation state of the Responses API (POST /v1/responses with store != false): each row is
// one response, its own input items and its output items, so `previous_response_id` can rebuild
// the conversation on any replica. Inference records are separate and always kept.

export interface StoredResponse {
  id: string; // resp_...
  created_at: string; // ISO-8601
  previous_response_id: string | null;
  /** The episode this response belongs to (the chain's first response id unless the client named one). */
  session_id: string | null;
  inference_id: string | null;
  /** This request's input items, in Responses item form, each with an id. */
  input: unknown[];
  /** The output items sent to the client (after the firewall). */
  output: unknown[];
  /** The Response object as the client received it. */
  response: Record<string, unknown>;
}

export interface ResponseRepo {
  /** Written before the client sees the response complete, so the next turn finds it on any replica. */
  save(r: StoredResponse): Promise<void>;
  get(id: string): Promise<StoredResponse | null>;
  /**
   * The chain ending at `id`, oldest first, at most `maxDepth` rows. Empty when `id` is unknown;
   * `complete` is false when an earlier link was deleted or the chain is longer than `maxDepth`.
   */
  chain(id: string, maxDepth: number): Promise<{ rows: StoredResponse[]; complete: boolean }>;
  /** True when a row was deleted. */
  delete(id: string): Promise<boolean>;
}

/** Shared by both stores: the recursive walk from a response back to the start of its chain. */
export const CHAIN_SQL = `
WITH RECURSIVE chain(id, previous_response_id, depth) AS (
  SELECT id, previous_response_id, 0 FROM responses WHERE id = ?
  UNION ALL
  SELECT r.id, r.previous_response_id, c.depth + 1 FROM responses r JOIN chain c ON r.id = c.previous_response_id WHERE c.depth + 1 < ?
)
SELECT r.* FROM chain c JOIN responses r ON r.id = c.id ORDER BY c.depth DESC`;

export function chainResult(rows: StoredResponse[]): { rows: StoredResponse[]; complete: boolean } {
  return { rows, complete: rows.length === 0 || rows[0].previous_response_id == null };
}
