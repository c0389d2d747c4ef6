// Performance levers (issue 18). Each one is a faster way of doing something the gateway already
// does; all default on and production never changes them. They exist so the gateway benchmark can
// switch one off *inside one running process* and measure its contribution: two processes of the
// same code differ here by more than a single lever is worth.

export const levers: Record<string, boolean> = {};

/** Registers a lever (on) where it is used; the name is what the bench and the admin route use. */
export function lever(name: string): { readonly on: boolean } {
  if (!(name in levers)) levers[name] = true;
  return { get on() { return levers[name] !== false; } };
}

/** Applies `name=on|off` pairs; unknown names are an error so a bench typo cannot measure nothing. */
export function setLevers(changes: Record<string, boolean>): void {
  for (const name of Object.keys(changes)) {
    if (!(name in levers)) throw new Error(`unknown lever "${name}" (known: ${Object.keys(levers).join(', ') || 'none'})`);
  }
  Object.assign(levers, changes);
}
