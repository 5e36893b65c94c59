import type { CodeLanguage, SyntaxNode } from './syntaxNode';
import { field, isIdentifier, named, same, walk } from './syntaxWalk';

/**
 * A read of the environment that names no key the read-site finder can see: the whole object passed
 * on (`{ ...process.env }`, `cleanEnv(process.env, …)`, `**os.environ`, `subprocess.run(env=os.environ)`),
 * a computed name (`process.env[name]`, `os.getenv(f'X_{n}')`), or a configuration library that reads
 * keys by its own API (`configService.get('X')` of @nestjs/config, python-decouple's `config('X')`).
 * Where code reads so, EnvSense cannot tell which keys it reads, so it never says a key is unread.
 */
export interface DynamicRead {
  readonly start: number;
  readonly end: number;
  /** What the code does, for the reader of a report: "`process.env` passed whole", "@nestjs/config". */
  readonly what: string;
}

/** The first dynamic read of a file, or undefined when every read of it names its key. */
export function findDynamicRead(root: SyntaxNode, language: CodeLanguage): DynamicRead | undefined {
  return language === 'python' ? pythonDynamicRead(root) : scriptDynamicRead(root);
}

/**
 * Libraries that read variables through their own API (no `process.env.X` in the code), by the module
 * name a file imports. t3-env and envalid are not here: their schemas are read as declared schemas.
 */
const SCRIPT_CONFIG_LIBRARIES: ReadonlySet<string> = new Set(['@nestjs/config', 'env-var', 'convict', 'config', 'nconf', 'getenv', '@fastify/env', 'env-schema', 'dotenv-extended']);

const PYTHON_CONFIG_LIBRARIES: ReadonlySet<string> = new Set(['decouple', 'environs', 'dynaconf', 'starlette.config', 'pydantic_settings', 'everett', 'goodconf', 'prettyconf', 'envparse']);

const at = (node: SyntaxNode, what: string): DynamicRead => ({ start: node.startIndex, end: node.endIndex, what });

// —— JavaScript and TypeScript ——

/** `process.env`, `import.meta.env`, `Bun.env`: the objects that hold the environment. */
function isScriptEnvObject(node: SyntaxNode): boolean {
  if (node.type !== 'member_expression' || field(node, 'property')?.text !== 'env') return false;
  const object = field(node, 'object');
  return isIdentifier(object, 'process') || isIdentifier(object, 'Bun') || (object?.type === 'meta_property' && object.text.replace(/\s+/g, '') === 'import.meta');
}

function scriptString(node: SyntaxNode | null | undefined): boolean {
  if (node?.type !== 'string') return false;
  const parts = named(node);
  return parts.length === 0 || (parts.length === 1 && parts[0]!.type === 'string_fragment');
}

function scriptDynamicRead(root: SyntaxNode): DynamicRead | undefined {
  for (const node of walk(root)) {
    if (isScriptEnvObject(node)) {
      const what = scriptEnvUse(node);
      if (what) return at(node, what);
    } else if (node.type === 'call_expression') {
      const what = scriptCall(node);
      if (what) return at(node, what);
    } else if (node.type === 'import_statement') {
      const source = field(node, 'source');
      const module = source ? named(source)[0]?.text : undefined;
      if (module && SCRIPT_CONFIG_LIBRARIES.has(module)) return at(node, module);
    }
  }
  return undefined;
}

/** How the environment object is used, when the use names no key. */
function scriptEnvUse(env: SyntaxNode): string | undefined {
  const parent = env.parent;
  if (!parent) return undefined;
  const name = env.text.replace(/\s+/g, '');
  switch (parent.type) {
    // `process.env.X`, also `process.env.X = …` (a write) and `process.env.hasOwnProperty(…)`.
    case 'member_expression':
      return undefined;
    case 'subscript_expression':
      return same(field(parent, 'object'), env) && !scriptString(field(parent, 'index')) ? `a computed name in \`${name}[…]\`` : undefined;
    case 'variable_declarator': {
      const pattern = field(parent, 'name');
      if (pattern?.type !== 'object_pattern') return `\`${name}\` held whole`;
      return named(pattern).some((entry) => entry.type === 'rest_pattern') ? `the rest of \`${name}\`` : undefined;
    }
    case 'assignment_expression':
      return same(field(parent, 'left'), env) ? undefined : `\`${name}\` held whole`;
    // `'X' in process.env` asks for one key.
    case 'binary_expression':
      return field(parent, 'operator')?.text === 'in' && same(field(parent, 'right'), env) ? undefined : `\`${name}\` passed whole`;
    // `typeof process.env` in a type.
    case 'type_query':
    case 'unary_expression':
      return undefined;
    default:
      return `\`${name}\` passed whole`;
  }
}

/** `Deno.env.toObject()`, `Deno.env.get(name)`, `require('convict')`, `import('env-var')`, dotenv's parsed object. */
function scriptCall(call: SyntaxNode): string | undefined {
  const callee = field(call, 'function');
  const first = named(field(call, 'arguments'))[0];
  if (isIdentifier(callee, 'require') || callee?.type === 'import') {
    const module = first?.type === 'string' ? named(first)[0]?.text : undefined;
    return module && SCRIPT_CONFIG_LIBRARIES.has(module) ? module : undefined;
  }
  if (callee?.type !== 'member_expression') return undefined;
  const object = field(callee, 'object');
  const method = field(callee, 'property')?.text;
  if (object?.type === 'member_expression' && isIdentifier(field(object, 'object'), 'Deno') && field(object, 'property')?.text === 'env') {
    if (method === 'toObject') return '`Deno.env.toObject()`';
    if (method === 'get' && !scriptString(first)) return 'a computed name in `Deno.env.get(…)`';
    return undefined;
  }
  if (isIdentifier(object, 'dotenv') && method === 'parse') return "dotenv's `parse()`";
  // `dotenv.config().parsed`, `const { parsed } = dotenv.config()`: the file's keys as an object.
  if (method === 'config' && usesParsed(call)) return "dotenv's `parsed` object";
  return undefined;
}

function usesParsed(call: SyntaxNode): boolean {
  const parent = call.parent;
  if (parent?.type === 'member_expression') return field(parent, 'property')?.text === 'parsed';
  if (parent?.type === 'variable_declarator') {
    const pattern = field(parent, 'name');
    return pattern?.type === 'object_pattern' && named(pattern).some((entry) => /^parsed\b/.test(entry.text));
  }
  return false;
}

// —— Python ——

/** Names `from os import environ, getenv` binds (with their aliases). */
function pythonOsNames(root: SyntaxNode): { environ: Set<string>; getenv: Set<string> } {
  const environ = new Set<string>();
  const getenv = new Set<string>();
  for (const node of walk(root)) {
    if (node.type !== 'import_from_statement' || field(node, 'module_name')?.text !== 'os') continue;
    for (const name of named(node).slice(1)) {
      const imported = name.type === 'aliased_import' ? field(name, 'name')?.text : name.text;
      const bound = name.type === 'aliased_import' ? (field(name, 'alias')?.text ?? '') : name.text;
      if (imported === 'environ') environ.add(bound);
      if (imported === 'getenv') getenv.add(bound);
    }
  }
  return { environ, getenv };
}

function pythonString(node: SyntaxNode | null | undefined): boolean {
  if (node?.type !== 'string') return false;
  const parts = named(node);
  const open = parts[0];
  if (open?.type !== 'string_start' || /[fFbB]/.test(open.text)) return false;
  return parts.length === 2 || (parts.length === 3 && parts[1]!.type === 'string_content' && named(parts[1]).length === 0);
}

/** `os.environ` methods that read one named key or only write: any other (`copy`, `items`, `keys`) reads them all. */
const ONE_KEY_METHODS: ReadonlySet<string> = new Set(['get', 'pop']);
const WRITE_METHODS: ReadonlySet<string> = new Set(['setdefault', 'update', 'clear', '__setitem__', '__delitem__']);

function pythonDynamicRead(root: SyntaxNode): DynamicRead | undefined {
  const names = pythonOsNames(root);
  for (const node of walk(root)) {
    if (node.type === 'import_from_statement' || node.type === 'import_statement') {
      const library = pythonLibrary(node);
      if (library) return at(node, library);
      continue;
    }
    const isEnviron =
      (node.type === 'attribute' && isIdentifier(field(node, 'object'), 'os') && field(node, 'attribute')?.text === 'environ') ||
      (node.type === 'identifier' && names.environ.has(node.text) && !isOtherName(node));
    if (isEnviron) {
      const what = pythonEnvironUse(node);
      if (what) return at(node, what);
    } else if (node.type === 'call') {
      const callee = field(node, 'function');
      const isGetenv =
        (callee?.type === 'attribute' && isIdentifier(field(callee, 'object'), 'os') && field(callee, 'attribute')?.text === 'getenv') ||
        (callee?.type === 'identifier' && names.getenv.has(callee.text));
      const first = named(field(node, 'arguments'))[0];
      if (isGetenv && first?.type !== 'keyword_argument' && !pythonString(first)) return at(node, 'a computed name in `os.getenv(…)`');
      if (isIdentifier(callee, 'dotenv_values')) return at(node, "python-dotenv's `dotenv_values()`");
    }
  }
  return undefined;
}

/** A name that is not a use of the bound one: in an import, after a dot (`os.environ`), a keyword argument's name. */
function isOtherName(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent?.type === 'dotted_name' || parent?.type === 'aliased_import') return true;
  return (parent?.type === 'attribute' && same(field(parent, 'attribute'), node)) || (parent?.type === 'keyword_argument' && same(field(parent, 'name'), node));
}

function pythonEnvironUse(environ: SyntaxNode): string | undefined {
  const parent = environ.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'subscript':
      // `os.environ[name]` reads a computed name; `os.environ[name] = v` only writes.
      if (!same(field(parent, 'value'), environ) || pythonString(field(parent, 'subscript'))) return undefined;
      return parent.parent?.type === 'assignment' && same(field(parent.parent, 'left'), parent) ? undefined : 'a computed name in `os.environ[…]`';
    case 'attribute': {
      const method = field(parent, 'attribute')?.text ?? '';
      if (WRITE_METHODS.has(method)) return undefined;
      const call = parent.parent;
      if (ONE_KEY_METHODS.has(method) && call?.type === 'call') return pythonString(named(field(call, 'arguments'))[0]) ? undefined : `a computed name in \`os.environ.${method}(…)\``;
      return `\`os.environ.${method}\``;
    }
    // `'X' in os.environ` asks for one key.
    case 'comparison_operator':
      return undefined;
    case 'assignment':
      return same(field(parent, 'left'), environ) ? undefined : '`os.environ` held whole';
    default:
      return '`os.environ` passed whole';
  }
}

/** A configuration library the statement imports: `from decouple import config`, `import environs`, `from pydantic import BaseSettings`. */
function pythonLibrary(statement: SyntaxNode): string | undefined {
  if (statement.type === 'import_from_statement') {
    const module = field(statement, 'module_name')?.text ?? '';
    if (PYTHON_CONFIG_LIBRARIES.has(module)) return module;
    if (module === 'pydantic' && named(statement).slice(1).some((name) => (name.type === 'aliased_import' ? field(name, 'name')?.text : name.text) === 'BaseSettings')) return "pydantic's BaseSettings";
    return undefined;
  }
  for (const name of named(statement)) {
    const module = name.type === 'aliased_import' ? field(name, 'name')?.text : name.text;
    if (module && PYTHON_CONFIG_LIBRARIES.has(module)) return module;
  }
  return undefined;
}
