import { EventEmitter } from 'node:events';
import type { Store } from './types.js';

// Cross-replica notifications (e.g. "approval X was decided"). PostgreSQL delivers them to every
// replica with LISTEN/NOTIFY; a single-process store (SQLite, memory) gets an in-process bus with
// the same interface, so callers never branch on the store kind.

export type NotifyHandler = (payload: string) => void;

export interface Notifications {
  /** Calls `handler` for each payload sent on `channel`; resolves to an unsubscribe function. */
  subscribe(channel: string, handler: NotifyHandler): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
}

const local = new WeakMap<Store, Notifications>();

function hasNotifications(store: Store): store is Store & Notifications {
  const s = store as Partial<Notifications>;
  return typeof s.subscribe === 'function' && typeof s.notify === 'function';
}

export function notificationsOf(store: Store): Notifications {
  if (hasNotifications(store)) return store;
  let n = local.get(store);
  if (!n) {
    const bus = new EventEmitter().setMaxListeners(0);
    n = {
      async subscribe(channel, handler) {
        bus.on(channel, handler);
        return async () => void bus.off(channel, handler);
      },
      async notify(channel, payload) {
        // Asynchronous like the PostgreSQL path, so callers cannot come to rely on re-entrancy.
        queueMicrotask(() => bus.emit(channel, payload));
      },
    };
    local.set(store, n);
  }
  return n;
}
