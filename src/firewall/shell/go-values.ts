// Reading the parser's raw GopherJS structs: nil pointers, node types, slices and Go strings.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = any;

// The parser's JS wrapper objects reflect every field access through Go's runtime (~20us each);
// the raw GopherJS structs behind them (`__internal_object__`) are plain objects. We read those:
// slices are {$array,$offset,$length}, nil pointers are their type's `nil` sentinel.
export function isNil(v: Node): boolean {
  return v == null || !v.constructor?.string || v === v.constructor.nil;
}

export function typeOf(v: Node): string {
  const s: string = v.constructor.string;
  return s.startsWith('*syntax.') ? s.slice(8) : s;
}

export function items(slice: Node): Node[] {
  if (!slice || !slice.$array) return [];
  const out: Node[] = [];
  for (let i = 0; i < slice.$length; i++) out.push(slice.$array[slice.$offset + i]);
  return out;
}

// GopherJS hands Go strings back as one JS char per UTF-8 byte ("ü" arrives as "Ã¼"); rules must
// see the text the agent wrote, in any language.
const HIGH_BYTE = /[\x80-\xff]/;
export function goText(v: unknown): string {
  const s = String(v);
  return HIGH_BYTE.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}
