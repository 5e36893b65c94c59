import { relative, sep } from 'node:path';
import type { BooleanLiterals, SystemSchema, VariableSpec } from '../schema/schemaTypes';
import { uriOfPath } from '../workspace/workspaceFs';
import type { DeclaredSchema, DeclaredVariable, SchemaLibrary } from './declaredSchemas';

/**
 * A schema the code declares (see declaredSchemas), as a schema of the project's env files: an
 * application schema (`kind: 'system'`) whose id is `code:` and the file's path in its workspace root.
 * Each variable keeps its type, default, choices, required-ness and secrecy, with the boolean
 * spellings its library accepts; a pydantic-settings schema matches names without regard to case.
 */

/**
 * A hostile file costs a bounded schema: past `variables` names the rest are left out (they then
 * get no checks), and a choice list longer than `values` is not a list EnvSense checks against
 * (the variable is then a string: a cut list would call the values it dropped wrong).
 */
export const DECLARED_LIMITS = { variables: 2000, values: 1000, description: 1000 } as const;

/** What a dotenv key can be (Node's dotenv reads `[\w.-]+`); a name like `MY KEY` could never be set in one. */
const KEY = /^[A-Za-z_][\w.-]{0,255}$/;

/** Every spelling of each word with any letter in either case: the libraries below compare in lower case. */
function anyCase(words: readonly string[]): string[] {
  const spellings = (word: string): string[] =>
    word === '' ? [''] : spellings(word.slice(1)).flatMap((rest) => [...new Set([word[0]!.toLowerCase(), word[0]!.toUpperCase()])].map((first) => first + rest));
  return words.flatMap(spellings);
}

/**
 * The strings each library reads as a boolean, from its source:
 * - pydantic: `'0', 'off', 'f', 'false', 'n', 'no', '1', 'on', 't', 'true', 'y', 'yes'` in any case
 *   (https://docs.pydantic.dev/latest/api/standard_library_types/#booleans);
 * - django-environ: `int(value) != 0`, else lower case in `('true', 'on', 'ok', 'y', 'yes', '1')`, anything
 *   else is False — so any word is read, and one that is none of these is most likely a mistake
 *   (https://github.com/joke2k/django-environ/blob/main/environ/environ.py, `parse_value`);
 * - envalid's `bool()`: exactly `true`, `t`, `1`, `false`, `f`, `0` (https://github.com/af/envalid/blob/main/src/validators.ts);
 * - zod: `z.stringbool()` reads `true, 1, yes, on, y, enabled` / `false, 0, no, off, n, disabled` in any
 *   case (https://zod.dev/api#stringbool); `z.boolean()` rejects every string and `z.coerce.boolean()`
 *   takes any, and the two are not told apart, so the first reading is the one judged.
 */
const BOOLEANS: Readonly<Record<SchemaLibrary, BooleanLiterals>> = {
  'pydantic-settings': { true: 'true', false: 'false', accepted: anyCase(['0', 'off', 'f', 'false', 'n', 'no', '1', 'on', 't', 'true', 'y', 'yes']) },
  'django-environ': { true: 'True', false: 'False', accepted: anyCase(['true', 'on', 'ok', 'y', 'yes', '1', 'false', 'off', 'no', 'n', '0']) },
  envalid: { true: 'true', false: 'false', accepted: ['true', 't', '1', 'false', 'f', '0'] },
  't3-env': { true: 'true', false: 'false', accepted: anyCase(['true', '1', 'yes', 'on', 'y', 'enabled', 'false', '0', 'no', 'off', 'n', 'disabled']) },
  zod: { true: 'true', false: 'false', accepted: anyCase(['true', '1', 'yes', 'on', 'y', 'enabled', 'false', '0', 'no', 'off', 'n', 'disabled']) },
};

/** Where the library documents how it reads the environment. */
const DOCUMENTATION: Readonly<Record<SchemaLibrary, string>> = {
  't3-env': 'https://env.t3.gg/docs/core',
  zod: 'https://zod.dev/api',
  envalid: 'https://github.com/af/envalid#readme',
  'pydantic-settings': 'https://docs.pydantic.dev/latest/concepts/pydantic_settings/',
  'django-environ': 'https://django-environ.readthedocs.io/en/latest/quickstart.html',
};

/** The file's path in its workspace root, with `/`: what ids, names and messages show. */
function workspacePathOf(path: string, root: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * The schemas of one code file: ids `code:<path>`, and when the file declares more than one, the
 * declaration's name or its place after `#` (`code:app/config.py#Settings`, `code:src/env.ts#2`).
 */
export function declaredAsSchemas(path: string, root: string, declared: readonly DeclaredSchema[]): SystemSchema[] {
  const file = workspacePathOf(path, root);
  const ids = new Set<string>();
  return declared.map((schema, i) => {
    let id = declared.length === 1 ? `code:${file}` : `code:${file}#${schema.name ?? i + 1}`;
    if (ids.has(id)) id = `code:${file}#${i + 1}`;
    ids.add(id);
    return declaredAsSchema(schema, path, file, id);
  });
}

/** How a variable's documentation names its file: a link to it, the path in a code span. */
interface Origin {
  readonly library: SchemaLibrary;
  readonly note: string;
}

function declaredAsSchema(declared: DeclaredSchema, path: string, file: string, id: string): SystemSchema {
  const { library } = declared;
  const name = `${file}${declared.name ? ` ${declared.name}` : ''} (${library})`;
  // A backtick in a file's name would end the code span it is shown in.
  const shown = `[\`${file.replace(/`/g, "'")}\`](${uriOfPath(path).replace(/\(/g, '%28').replace(/\)/g, '%29')})${declared.name ? ` (\`${declared.name}\`)` : ''}`;
  const ignoresCase = library === 'pydantic-settings';
  const note = ignoresCase ? `Declared in ${shown} with pydantic-settings, which reads the name in any case.` : `Declared in ${shown} with ${library}.`;
  // `Object.fromEntries` defines each name as the object's own property, so `__proto__` is a name like any other.
  const variables = Object.fromEntries(
    declared.variables
      .filter((variable) => KEY.test(variable.name))
      .slice(0, DECLARED_LIMITS.variables)
      .map((variable): [string, VariableSpec] => [variable.name, variableSpec(variable, { library, note })]),
  );
  return {
    id,
    name,
    kind: 'system',
    description: `The variables ${shown} declares with ${library}: the application's own schema.`,
    documentation: DOCUMENTATION[library],
    source: `${library} in ${file}`,
    booleans: BOOLEANS[library],
    ...(ignoresCase ? { namesIgnoreCase: true } : {}),
    variables,
  };
}

function variableSpec({ spec }: DeclaredVariable, { library, note }: Origin): VariableSpec {
  const { description, values, type, ...rest } = spec;
  const own = description === undefined ? '' : `${description.slice(0, DECLARED_LIMITS.description)}\n\n`;
  const cut = values !== undefined && values.length > DECLARED_LIMITS.values;
  return {
    ...rest,
    ...(type === undefined ? {} : { type: cut && type === 'enum' ? 'string' : type }),
    ...(values === undefined || cut ? {} : { values }),
    description: `${own}${note}`,
    documentation: DOCUMENTATION[library],
  };
}
