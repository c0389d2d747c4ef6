// A pure function of a name (a tool's name, a client's key) asked again and again with the same
// few names: each answer is computed once and kept. The names come from clients, so the memo is
// bounded: at `limit` names it is emptied whole, which costs the names in use one more computation
// each and needs no bookkeeping per hit.

/** `compute`, remembered per key; every key's answer is computed again after `limit` distinct keys. */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
