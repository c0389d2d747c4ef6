// JSON already written, as bytes: a same-format answer is the upstream's own bytes with
// Switchyard's ids spliced in (src/server/forwarded-answer.ts); serializing its parsed value again
// and encoding that text cost the request thread several times the splice. A hot route's handler
// returns it; the lean path and the fastify registration (lean/hot-route.ts) send the bytes as
// they are, with the JSON content type.

export class JsonBytes {
  constructor(readonly bytes: Buffer) {}
}
