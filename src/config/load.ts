import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../core/errors.js';
import { configSchema, type Config } from './schema.js';
import { zodIssuesToConfigIssues } from './issues.js';
import { checkReferences } from './references.js';

export interface LoadedConfig {
  config: Config;
  file: string;
  /** Problems that do not stop the gateway, e.g. a credential variable that is not set. */
  warnings: string[];
}

/** Parses YAML text and validates it against `schema`, reporting file, path and line on failure. */
export function parseYamlWithSchema<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { path: pos ? `line ${pos.line}, column ${pos.col}` : '', message: `YAML syntax: ${e.message.split('\n')[0]}` };
      }),
    );
  }
  const raw = doc.toJS() ?? {};
  const lineOf = (path: PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let last: YamlNode | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        last = (pair.key as YamlNode) ?? last;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        last = (node as YamlNode) ?? last;
      } else break;
    }
    const offset = (last as { range?: [number, number, number] } | undefined)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const result = schema.safeParse(raw);
  if (!result.success) throw new ConfigError(file, zodIssuesToConfigIssues(schema, result.error, lineOf));
  return result.data;
}

export function parseConfigText(text: string, file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const config = parseYamlWithSchema(text, file, configSchema);
  const { errors, warnings } = checkReferences(config, env);
  if (errors.length > 0) throw new ConfigError(file, errors);
  return { config, file, warnings };
}

export function loadConfigFile(file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const issue: ConfigIssue = { path: '', message: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
    throw new ConfigError(file, [issue]);
  }
  return parseConfigText(text, file, env);
}
