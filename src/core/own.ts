// Lookups keyed by a name from a request (a model, a variant header, a tool name): only the
// record's own entries count, so "constructor", "toString" or "__proto__" find nothing instead
// of a function inherited from Object.prototype.

export function own<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
