import type { TextScreen } from './types.js';
import type { TextRole } from './screen.js';

/**
 * Screens by role and text, bounded in count over all roles (emptied when full). One map per role,
 * keyed by the text itself: a key of role prefix and text (`u${text}`) is a new string on every
 * look-up, whose KBs are copied and hashed each time, where the text's own hash is computed once
 * and kept in the string (the calls of one answer pass the same message strings: perf-r21's
 * agent-turn, ~3 KB of user messages a call).
 */
export class TextMemo {
  readonly #byRole: Record<TextRole, Map<string, TextScreen>> = { user: new Map(), outbound: new Map(), args: new Map() };
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(role: TextRole, text: string): TextScreen | undefined {
    return this.#byRole[role].get(text);
  }

  /** Stores `screen`; first empties the memo when it holds `max` screens. */
  set(role: TextRole, text: string, screen: TextScreen, max: number): void {
    if (this.#size >= max) this.clear();
    const map = this.#byRole[role];
    if (!map.has(text)) this.#size++;
    map.set(text, screen);
  }

  clear(): void {
    if (this.#size === 0) return; // Map#clear allocates a fresh table even when empty
    for (const map of Object.values(this.#byRole)) map.clear();
    this.#size = 0;
  }
}
