// A credential resolved from `env:VAR`. It refuses to print itself, so a config object can be
// logged, stored or thrown in an error without leaking the value.
export class Secret {
  readonly #value: string;
  readonly envVar: string;

  constructor(envVar: string, value: string) {
    this.envVar = envVar;
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return `[secret env:${this.envVar}]`;
  }

  toJSON(): string {
    return this.toString();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

export const ENV_REF = /^env:([A-Za-z_][A-Za-z0-9_]*)$/;

/** `env:VAR` -> the variable's name, or undefined when the string is not a reference. */
export function envRefName(ref: string): string | undefined {
  return ENV_REF.exec(ref)?.[1];
}
