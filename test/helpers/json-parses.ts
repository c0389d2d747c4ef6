// Whether JSON.parse takes a text: what the syntax checks (src/core/json-syntax.ts, json-text.ts) are tested against.
export function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
