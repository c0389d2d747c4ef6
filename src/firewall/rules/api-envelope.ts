import { profileFor } from '../profiles/index.js';
import { serviceRequestOf, urlRequestOf } from '../profiles/service-request.js';
import { obj, type ToolProfile } from '../profiles/types.js';
import { ownAccountTransfer } from './own-account-transfer.js';
import { requestedRefund } from './requested-refund.js';

// A generic request tool (`api_request`, `call_api`, `http_request`) whose arguments are a method,
// a path and a body makes the call its path names: `POST /v1/refunds {payment_intent, amount}` is
// a refund, `PUT /pots/…/deposit {amount}` moves money into one of the user's own pots. Read that
// way, they are judged by the same rules as a refund or transfer tool would be
// (requested-refund.ts, own-account-transfer.ts); any other path or shape keeps the request
// tool's own judgement (the bz1 set gated both as writes outside the working directory).

const WRITE_METHOD = /^(?:post|put)$/i;
/** A refund of one payment: the collection itself, not one refund's id or a sub-resource; under one order (`/orders/5518812/refunds.json`) the order is the payment. */
const REFUNDS_PATH = /^\/(?:(?:v\d+|admin|api|[\d-]{4,10})\/)*(?:orders\/(\d+)\/)?refunds(?:\.json)?\/?$/i;
/** A deposit to or withdrawal from a savings pot or space, under the holder's account and with a transfer id where the bank asks for one: by the bank's API, both ends are the account holder's own. */
const POT_PATH = /^\/(?:(?:v\d+|api)\/)*(?:accounts?\/[\w-]+\/)?(?:pots|spaces|savings[-_]goals)\/[\w-]+\/(?:deposit|withdraw|add[-_]money|withdraw[-_]money)(?:\/[\w-]+)?\/?$/i;

/** A bank's transfer collection (`/v2/transfers`, `/bank/api/v1/transfers`, `/transfers/internal`): its body names both ends, which own-account-transfer.ts reads as a transfer tool's arguments. */
const TRANSFERS_PATH = /^\/(?:[\w-]+\/)*transfers(?:\/internal)?\/?$/i;

/** The refund or own-account profile the request this generic tool makes earns, or null. */
export function envelopedMoney(tool: string, args: Record<string, unknown>, request: string | undefined, earlier: readonly string[]): ToolProfile | null {
  if (!request) return null;
  const made = serviceRequestOf(tool, args) ?? urlRequestOf(tool, args);
  if (!made || !WRITE_METHOD.test(made.method) || Object.keys(made.body).length === 0) return null;
  const { path, body } = made;
  const refunds = REFUNDS_PATH.exec(path);
  if (refunds) {
    // Shopify wraps the refund in `{refund: {...}}`; the order in the path is the payment it goes back to.
    const refund = Object.keys(body).length === 1 && body.refund ? obj(body.refund) : body;
    return requestedRefund('create_refund', refunds[1] ? { ...refund, order_id: refunds[1] } : refund, profileFor('create_refund', undefined, {}), request, earlier);
  }
  // Pot and space endpoints count in minor units (pence, cents): `amount: 25000` or `amount: {minorUnits, currency}`.
  const money = obj(body.amount);
  const minor = typeof body.amount === 'number' ? body.amount : typeof money.minorUnits === 'number' && Object.keys(money).every((k) => /^(?:minorUnits|currency)$/.test(k)) ? money.minorUnits : undefined;
  if (POT_PATH.test(path) && minor !== undefined) {
    // An amount that is not whole pence fails closed.
    const currency = typeof body.currency === 'string' ? body.currency : typeof money.currency === 'string' ? money.currency : undefined;
    const moved = { to: 'pot', amount: minor / 100, ...(currency ? { currency } : {}) };
    const extra = Object.keys(body).filter((k) => !/^(?:amount|currency|source_account_id|destination_account_id|account_id|dedupe_id|idempotency_key|reference)$/.test(k));
    return extra.length === 0 ? ownAccountTransfer('transfer_funds', moved, profileFor('transfer_funds', undefined, {}), request, earlier) : null;
  }
  if (TRANSFERS_PATH.test(path)) return ownAccountTransfer('transfer_funds', body, profileFor('transfer_funds', undefined, {}), request, earlier);
  return null;
}
