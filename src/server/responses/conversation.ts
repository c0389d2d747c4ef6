import { InvalidRequestError } from '../../core/errors.js';
import type { ResponseRepo, StoredResponse } from '../../store/response-types.js';
import type { Item } from './items.js';

// previous_response_id: the stored input and output of every earlier response in the chain,
// oldest first, and the chain's session. Instructions and tools are not carried over (as on
// OpenAI); each request sends its own.

/** Longer chains than this are refused rather than silently cut. */
const MAX_CHAIN = 5000;

interface History {
  items: Item[];
  /** The session of the chain: what its first response recorded, else that response's id. */
  sessionId: string;
  /** The stored responses, oldest first (native forwarding rebuilds its input from them). */
  rows: StoredResponse[];
}

export async function loadHistory(repo: ResponseRepo, previousId: string): Promise<History> {
  const { rows, complete } = await repo.chain(previousId, MAX_CHAIN);
  if (rows.length === 0) {
    throw new InvalidRequestError(`previous_response_id: no stored response "${previousId}" (it was deleted, never existed, or was created with store: false)`, 'previous_response_id', 'previous_response_not_found');
  }
  if (!complete) {
    const first = rows[0];
    throw new InvalidRequestError(
      rows.length >= MAX_CHAIN
        ? `previous_response_id: the conversation is longer than ${MAX_CHAIN} responses; start a new chain`
        : `previous_response_id: an earlier response of this conversation ("${first.previous_response_id}") was deleted, so its history cannot be rebuilt`,
      'previous_response_id',
      'previous_response_not_found',
    );
  }
  return { items: rows.flatMap((r) => [...(r.input as Item[]), ...(r.output as Item[])]), sessionId: rows[0].session_id ?? rows[0].id, rows };
}
