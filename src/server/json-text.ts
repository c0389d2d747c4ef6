// JSON already written: a same-format answer is the upstream's own text with Switchyard's ids
// spliced in (src/server/forwarded-answer.ts), and serializing its parsed value again cost the
// request thread more than the splice. A hot route's handler returns it; the lean path and the
// fastify registration (hot-route.ts) send the text as it is, with the JSON content type.

export class JsonText {
  constructor(readonly text: string) {}
}
