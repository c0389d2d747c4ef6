import type { StoredExample } from './optimize-types.js';

// Vectors are stored as little-endian float32 bytes in both stores (4 bytes a dimension).

export function vectorBytes(v: Float32Array | null): Buffer | null {
  if (!v) return null;
  const b = Buffer.alloc(v.length * 4);
  for (let i = 0; i < v.length; i++) b.writeFloatLE(v[i], i * 4);
  return b;
}

function bytesVector(b: Buffer | Uint8Array | null): Float32Array | null {
  if (!b) return null;
  const n = Math.floor(b.byteLength / 4);
  // One copy into an aligned buffer; element-wise reads only on big-endian machines.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return new Float32Array(new Uint8Array(b.subarray(0, n * 4)).buffer);
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = buf.readFloatLE(i * 4);
  return out;
}

export type ExampleRowIn = { seq: number | string; source: string; inference_id: string; created_at: string; text: string; shot: unknown; embedding: Buffer | null };

export function exampleFromRow(r: ExampleRowIn): StoredExample & { seq: number } {
  return {
    seq: Number(r.seq), source: r.source, inference_id: r.inference_id, created_at: r.created_at, text: r.text,
    shot: (typeof r.shot === 'string' ? JSON.parse(r.shot) : r.shot) as StoredExample['shot'], embedding: bytesVector(r.embedding),
  };
}
