// OpenAI's `encoding_format: "base64"`: the vector's float32 values, little-endian, base64-encoded.

export function float32ToBase64(vector: readonly number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((v, i) => bytes.writeFloatLE(v, i * 4));
  return bytes.toString('base64');
}

export function base64ToFloat32(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  const out = new Array<number>(Math.floor(bytes.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = bytes.readFloatLE(i * 4);
  return out;
}
