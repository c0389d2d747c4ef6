import type { LabelledVector } from '../../src/firewall/learned/logistic.js';

// Training rows as a handful of flat typed arrays: what a fold worker is sent once (one structured
// clone of six arrays instead of tens of thousands of objects) and reads back as views.

export interface PackedRows {
  /** Row i's features are idx/val[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  idx: Int32Array;
  val: Float64Array;
  positive: Uint8Array;
  weight: Float64Array;
  /** The author group a row belongs to, as an index the caller chose. */
  group: Int32Array;
}

export function packRows(rows: ReadonlyArray<{ group: number; row: LabelledVector }>): PackedRows {
  const offsets = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i] + rows[i].row.x.idx.length;
  const n = offsets[rows.length];
  const packed: PackedRows = { offsets, idx: new Int32Array(n), val: new Float64Array(n), positive: new Uint8Array(rows.length), weight: new Float64Array(rows.length), group: new Int32Array(rows.length) };
  rows.forEach(({ group, row }, i) => {
    packed.idx.set(row.x.idx, offsets[i]);
    packed.val.set(row.x.val, offsets[i]);
    packed.positive[i] = row.positive ? 1 : 0;
    // trainLogistic multiplies by `weight ?? 1`: 1 written out is the same arithmetic.
    packed.weight[i] = row.weight ?? 1;
    packed.group[i] = group;
  });
  return packed;
}

/** The rows of every group but `without`, in their packed order, as views on the packed arrays. */
export function rowsWithout(p: PackedRows, without: number): LabelledVector[] {
  const out: LabelledVector[] = [];
  for (let i = 0; i < p.group.length; i++) {
    if (p.group[i] === without) continue;
    const [from, to] = [p.offsets[i], p.offsets[i + 1]];
    out.push({ x: { idx: p.idx.subarray(from, to), val: p.val.subarray(from, to) }, positive: p.positive[i] === 1, weight: p.weight[i] });
  }
  return out;
}
