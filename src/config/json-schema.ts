import { z } from 'zod';
import { configSchema } from './schema.js';

/** JSON Schema of switchyard.yaml for editors (yaml-language-server: $schema=...). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Switchyard configuration',
  };
}
