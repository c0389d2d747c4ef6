/**
 * Polls `check` until it yields a value (anything but `undefined` or `false`) and returns it.
 * Tests wait for the event itself; the deadline only ends a run that is broken, so it is generous:
 * CI shares two cores with other work, and an iteration count would shrink with the machine's speed.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 30_000, everyMs = 10 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
