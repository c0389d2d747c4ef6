// Builds a value that satisfies a JSON Schema (the subset tool parameters use), filling strings
// from the user's words where a property name suggests what it holds.

type Schema = Record<string, unknown>;

export function valueForSchema(schema: Schema | undefined, hint: string, key = ''): unknown {
  if (!schema || typeof schema !== 'object') return {};
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  if ('const' in schema) return schema.const;
  const anyOf = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length) return valueForSchema(anyOf[0], hint, key);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
    case undefined: {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const out: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(props)) out[name] = valueForSchema(sub, hint, name);
      return out;
    }
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
      return Array.from({ length: min }, () => valueForSchema(schema.items as Schema, hint, key));
    }
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 1;
      return type === 'integer' ? Math.ceil(min) : min;
    }
    case 'boolean':
      return false;
    case 'string':
      return stringFor(key, hint, schema);
    default:
      return null;
  }
}

function stringFor(key: string, hint: string, schema: Schema): string {
  const k = key.toLowerCase();
  const path = /(?:~|\.{0,2})\/[\w./-]+|\b[\w-]+\.[a-z0-9]{1,5}\b/i.exec(hint)?.[0];
  const url = /https?:\/\/\S+/.exec(hint)?.[0];
  const quoted = /[`"']([^`"']+)[`"']/.exec(hint)?.[1];
  let value: string;
  if (/(path|file|dir)/.test(k) && path) value = path;
  else if (/url|link/.test(k) && url) value = url;
  else if (/(command|cmd|code|script)/.test(k)) value = quoted ?? (hint.trim() || 'true');
  else if (/(query|pattern|text|content|message|prompt|goal|task|name|title)/.test(k)) value = quoted ?? (hint.trim().slice(0, 200) || key);
  else value = quoted ?? key ?? 'value';
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  return value.length >= minLength ? value : value.padEnd(minLength, '_');
}
