// Gemini's function parameters and responseSchema take an OpenAPI 3.0 subset, not full JSON
// Schema: no additionalProperties, $ref, const or type arrays. Translate what has an equivalent and
// drop the rest, so agents' ordinary JSON Schemas are accepted.

const KEEP = new Set([
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'anyOf',
  'propertyOrdering',
  'default',
  'items',
  'minimum',
  'maximum',
]);

type Json = Record<string, unknown>;

export function toGeminiSchema(schema: unknown): Json | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const root = schema as Json;
  const defs = { ...(root.definitions as Json | undefined), ...(root.$defs as Json | undefined) };
  return convert(root, defs, 0);
}

function convert(s: Json, defs: Json, depth: number): Json {
  if (depth > 16) return { type: 'object' }; // recursive schemas: cut off rather than loop
  if (typeof s.$ref === 'string') {
    const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(s.$ref)?.[1];
    const target = name ? (defs[name] as Json | undefined) : undefined;
    return target ? convert(target, defs, depth + 1) : { type: 'object' };
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (!KEEP.has(k)) continue;
    if (k === 'properties' && v && typeof v === 'object') {
      const props: Json = {};
      for (const [pk, pv] of Object.entries(v as Json)) props[pk] = convert((pv ?? {}) as Json, defs, depth + 1);
      out.properties = props;
    } else if (k === 'items' && v && typeof v === 'object' && !Array.isArray(v)) {
      out.items = convert(v as Json, defs, depth + 1);
    } else if (k === 'anyOf' && Array.isArray(v)) {
      const branches = v.filter((b) => !(b && typeof b === 'object' && (b as Json).type === 'null'));
      if (branches.length < v.length) out.nullable = true;
      if (branches.length === 1) Object.assign(out, convert(branches[0] as Json, defs, depth + 1));
      else out.anyOf = branches.map((b) => convert(b as Json, defs, depth + 1));
    } else if (k === 'type' && Array.isArray(v)) {
      const types = v.filter((t) => t !== 'null');
      if (types.length < v.length) out.nullable = true;
      out.type = types[0] ?? 'string';
    } else if (k === 'enum' && Array.isArray(v)) {
      out.enum = v.filter((e) => e !== null).map(String);
    } else out[k] = v;
  }
  if (s.const !== undefined) out.enum = [String(s.const)];
  if (out.enum && !out.type) out.type = 'string';
  if (out.enum && out.type !== 'string') delete out.enum; // Gemini enums are strings only
  if (Array.isArray(s.oneOf) && !out.anyOf) out.anyOf = (s.oneOf as Json[]).map((b) => convert(b, defs, depth + 1));
  return out;
}
