/** The schema format in TypeScript; `schema-format/envsense.schema.json` is its JSON Schema. */

export type VariableType =
  | 'string' | 'boolean' | 'integer' | 'number' | 'port' | 'enum' | 'url' | 'email' | 'host' | 'list' | 'json' | 'duration' | 'uuid' | 'path';

export interface BooleanLiterals {
  readonly true: string;
  readonly false: string;
  readonly accepted?: readonly string[];
}

export interface AllowedValue {
  readonly value: string;
  readonly description?: string;
  readonly deprecated?: boolean;
}

export interface DangerousValue {
  readonly values: readonly string[];
  readonly message: string;
  readonly environment?: 'production' | 'any';
}

export interface VariableSpec {
  readonly description?: string;
  readonly type?: VariableType;
  readonly values?: readonly AllowedValue[];
  readonly caseSensitive?: boolean;
  readonly booleans?: BooleanLiterals;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly regex?: string;
  readonly schemes?: readonly string[];
  readonly separator?: string;
  readonly items?: VariableType;
  readonly unit?: string;
  readonly default?: string;
  readonly example?: string;
  readonly required?: boolean;
  readonly secret?: boolean;
  /** `since`: the version of the system's package that deprecated it (a project pinned below it is not told). */
  readonly deprecated?: { readonly message: string; readonly replacement?: string; readonly since?: string };
  readonly dangerous?: readonly DangerousValue[];
  readonly documentation?: string;
  readonly source?: string;
}

export interface PatternSpec extends VariableSpec {
  readonly pattern: string;
}

export interface SystemSchema {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly documentation?: string;
  readonly source?: string;
  /** An application (`system`, the default) speaks for a key over its framework, a framework over a generic service. */
  readonly kind?: 'system' | 'framework' | 'service';
  readonly closed?: boolean;
  /**
   * Not in the file format (a schema file cannot set it): a schema the code declares with
   * pydantic-settings, which reads an environment variable's name in any case, so `debug` in an env
   * file is its `DEBUG`.
   */
  readonly namesIgnoreCase?: boolean;
  readonly booleans?: BooleanLiterals;
  readonly detect?: { readonly files?: readonly string[]; readonly dependencies?: readonly string[]; readonly keys?: readonly string[] };
  readonly variables: Readonly<Record<string, VariableSpec>>;
  readonly patterns?: readonly PatternSpec[];
}

/** A variable as one schema knows it, with the schema it comes from. */
export interface KnownVariable {
  readonly name: string;
  readonly spec: VariableSpec;
  readonly schema: SystemSchema;
  /** Set when the variable matched a name pattern rather than an exact name. */
  readonly pattern?: string;
}
