import type { AllowedValue, VariableSpec, VariableType } from '../schema/schemaTypes';
import type { CodeLanguage, SyntaxNode } from './syntaxNode';
import { field, named, walk } from './syntaxWalk';

/**
 * The environment schemas a project's code already declares, read from its syntax tree:
 * - t3-env's `createEnv({ server: { X: z.string().url() }, client: {…}, shared: {…} })` and zod's
 *   `z.object({ … }).parse(process.env)`;
 * - envalid's `cleanEnv(process.env, { X: str(), PORT: port({ default: 3000 }) })`;
 * - pydantic-settings' `class Settings(BaseSettings)` fields (env name: `env_prefix` + field name,
 *   matched without regard to case, or the field's `alias`/`validation_alias`);
 * - django-environ's `environ.Env(DEBUG=(bool, False))`.
 * Each variable gets the type, default, choices and required-ness the code gives it; what the code
 * computes at run time (a default from a function call, a `.refine`) is left out rather than guessed.
 */
export interface DeclaredVariable {
  readonly name: string;
  /** The declaration's name in the source, for go to definition. */
  readonly start: number;
  readonly end: number;
  readonly spec: VariableSpec;
}

export type SchemaLibrary = 't3-env' | 'zod' | 'envalid' | 'pydantic-settings' | 'django-environ';

export interface DeclaredSchema {
  readonly library: SchemaLibrary;
  /** The declaration's name where it has one (`Settings`), for messages. */
  readonly name?: string;
  readonly variables: readonly DeclaredVariable[];
}

export function findDeclaredSchemas(root: SyntaxNode, language: CodeLanguage): DeclaredSchema[] {
  return language === 'python' ? pythonSchemas(root) : scriptSchemas(root);
}



/** A literal's value as an env file would hold it: `'a'` → `a`, `3000` → `3000`, `true` → `true`; undefined for anything computed. */
function literal(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'string': {
      const parts = named(node).filter((part) => part.type !== 'string_start' && part.type !== 'string_end');
      if (parts.length === 0) return '';
      if (parts.length === 1 && (parts[0]!.type === 'string_fragment' || parts[0]!.type === 'string_content') && named(parts[0]).length === 0) return parts[0]!.text;
      return undefined;
    }
    case 'number':
    case 'integer':
    case 'float':
      return node.text;
    case 'true':
    case 'false':
      return node.text;
    case 'unary_expression':
    case 'unary_operator':
      return /^-\s*\d/.test(node.text) ? node.text.replace(/\s+/g, '') : undefined;
    default:
      return undefined;
  }
}

/** An object literal's properties: key text (identifier or string) and value node. */
function properties(object: SyntaxNode | null): { key: string; keyNode: SyntaxNode; value: SyntaxNode }[] {
  if (object?.type !== 'object') return [];
  return named(object).flatMap((pair) => {
    if (pair.type !== 'pair') return [];
    const keyNode = field(pair, 'key');
    const value = field(pair, 'value');
    if (!keyNode || !value) return [];
    const key = keyNode.type === 'property_identifier' ? keyNode.text : literal(keyNode);
    return key === undefined ? [] : [{ key, keyNode: keyNode.type === 'string' ? (named(keyNode)[0] ?? keyNode) : keyNode, value }];
  });
}

const isProcessEnv = (node: SyntaxNode | null | undefined) => node?.type === 'member_expression' && node.text.replace(/\s+/g, '') === 'process.env';

// —— zod and t3-env ——

/** A zod chain, innermost call first: `z.coerce.number().int().default(3000)` → number, int, default(3000). */
function zodChain(node: SyntaxNode): { method: string; args: SyntaxNode[] }[] | undefined {
  const calls: { method: string; args: SyntaxNode[] }[] = [];
  let current: SyntaxNode | null = node;
  while (current?.type === 'call_expression') {
    const callee = field(current, 'function');
    if (callee?.type !== 'member_expression') return undefined;
    calls.unshift({ method: field(callee, 'property')?.text ?? '', args: named(field(current, 'arguments')) });
    current = field(callee, 'object');
  }
  const root = current?.text.replace(/\s+/g, '');
  return root === 'z' || root === 'z.coerce' ? calls : undefined;
}

const ZOD_TYPES: Readonly<Record<string, VariableType>> = {
  string: 'string',
  number: 'number',
  bigint: 'integer',
  boolean: 'boolean',
  stringbool: 'boolean',
  enum: 'enum',
  url: 'url',
  email: 'email',
  uuid: 'uuid',
};

function zodSpec(node: SyntaxNode): VariableSpec | undefined {
  const chain = zodChain(node);
  if (!chain || chain.length === 0) return undefined;
  let type = ZOD_TYPES[chain[0]!.method];
  if (!type) return undefined;
  const spec: { -readonly [K in keyof VariableSpec]: VariableSpec[K] } = { required: true };
  if (type === 'enum') {
    const values = named(chain[0]!.args[0]).map(literal);
    if (values.length === 0 || values.some((value) => value === undefined)) type = 'string';
    else spec.values = values.map((value): AllowedValue => ({ value: value! }));
  }
  for (const { method, args } of chain.slice(1)) {
    const bound = literal(args[0]);
    if (method === 'url' || method === 'email' || method === 'uuid') type = ZOD_TYPES[method]!;
    else if (method === 'int') type = 'integer';
    else if (method === 'optional' || method === 'nullish') spec.required = false;
    else if (method === 'default') {
      spec.required = false;
      if (bound !== undefined) spec.default = bound;
    } else if ((method === 'min' || method === 'gte') && bound !== undefined && /^-?\d+(\.\d+)?$/.test(bound)) {
      if (type === 'string') spec.minLength = Number(bound);
      else spec.minimum = Number(bound);
    } else if ((method === 'max' || method === 'lte') && bound !== undefined && /^-?\d+(\.\d+)?$/.test(bound)) {
      if (type === 'string') spec.maxLength = Number(bound);
      else spec.maximum = Number(bound);
    }
  }
  spec.type = type;
  return spec;
}

function zodVariables(object: SyntaxNode | null): DeclaredVariable[] {
  return properties(object).flatMap(({ key, keyNode, value }) => {
    const spec = zodSpec(value);
    return spec ? [{ name: key, start: keyNode.startIndex, end: keyNode.endIndex, spec }] : [];
  });
}

// —— envalid ——

const ENVALID_TYPES: Readonly<Record<string, VariableType>> = { str: 'string', bool: 'boolean', num: 'number', port: 'port', url: 'url', host: 'host', email: 'email', json: 'json' };

function envalidSpec(node: SyntaxNode): VariableSpec | undefined {
  if (node.type !== 'call_expression') return undefined;
  const type = ENVALID_TYPES[field(node, 'function')?.text ?? ''];
  if (!type) return undefined;
  const options = new Map(properties(named(field(node, 'arguments'))[0] ?? null).map(({ key, value }) => [key, value]));
  const spec: { -readonly [K in keyof VariableSpec]: VariableSpec[K] } = { type, required: !options.has('default') && !options.has('devDefault') };
  const fallback = literal(options.get('default'));
  if (fallback !== undefined) spec.default = fallback;
  const description = literal(options.get('desc'));
  if (description) spec.description = description;
  const example = literal(options.get('example'));
  if (example) spec.example = example;
  const choices = named(options.get('choices')).map(literal);
  if (choices.length > 0 && choices.every((choice) => choice !== undefined)) {
    spec.type = type === 'string' ? 'enum' : type;
    spec.values = choices.map((value): AllowedValue => ({ value: value! }));
  }
  return spec;
}

function scriptSchemas(root: SyntaxNode): DeclaredSchema[] {
  const schemas: DeclaredSchema[] = [];
  for (const node of walk(root)) {
    if (node.type !== 'call_expression') continue;
    const callee = field(node, 'function');
    const args = named(field(node, 'arguments'));
    if (callee?.type === 'identifier' && callee.text === 'createEnv') {
      const groups = new Map(properties(args[0] ?? null).map(({ key, value }) => [key, value]));
      const variables = ['server', 'client', 'shared'].flatMap((group) => zodVariables(groups.get(group) ?? null));
      if (variables.length > 0) schemas.push({ library: 't3-env', variables });
    } else if (callee?.type === 'identifier' && callee.text === 'cleanEnv' && isProcessEnv(args[0])) {
      const variables = properties(args[1] ?? null).flatMap(({ key, keyNode, value }) => {
        const spec = envalidSpec(value);
        return spec ? [{ name: key, start: keyNode.startIndex, end: keyNode.endIndex, spec }] : [];
      });
      if (variables.length > 0) schemas.push({ library: 'envalid', variables });
    } else if (callee?.type === 'member_expression' && /^(?:safeParse|parse)$/.test(field(callee, 'property')?.text ?? '') && isProcessEnv(args[0])) {
      const object = zodObject(field(callee, 'object'), root);
      const variables = zodVariables(object);
      if (variables.length > 0) schemas.push({ library: 'zod', variables });
    }
  }
  return schemas;
}

/** The `{ … }` of `z.object({ … })`, written in place or bound to a name by `const schema = z.object({ … })`. */
function zodObject(node: SyntaxNode | null, root: SyntaxNode): SyntaxNode | null {
  const objectOf = (call: SyntaxNode | null) =>
    call?.type === 'call_expression' && field(call, 'function')?.text.replace(/\s+/g, '') === 'z.object' ? (named(field(call, 'arguments'))[0] ?? null) : null;
  if (node?.type !== 'identifier') return objectOf(node);
  for (const candidate of walk(root)) {
    if (candidate.type === 'variable_declarator' && field(candidate, 'name')?.text === node.text) return objectOf(field(candidate, 'value'));
  }
  return null;
}

// —— pydantic-settings and django-environ ——

const PYDANTIC_TYPES: Readonly<Record<string, VariableType>> = {
  str: 'string',
  SecretStr: 'string',
  int: 'integer',
  PositiveInt: 'integer',
  float: 'number',
  bool: 'boolean',
  AnyUrl: 'url',
  AnyHttpUrl: 'url',
  HttpUrl: 'url',
  PostgresDsn: 'url',
  RedisDsn: 'url',
  MongoDsn: 'url',
  AmqpDsn: 'url',
  MySQLDsn: 'url',
  EmailStr: 'email',
  UUID: 'uuid',
  Path: 'path',
  list: 'json',
  dict: 'json',
  List: 'json',
  Dict: 'json',
};

/** A field's annotation: its type, whether it may be None, its Literal choices, whether it is secret. */
function pydanticType(type: SyntaxNode | null): { type?: VariableType; optional: boolean; values?: string[]; secret: boolean } {
  const text = type?.text.replace(/\s+/g, '') ?? '';
  const optional = /^Optional\[/.test(text) || /\|None$|^None\|/.test(text);
  const inner = text.replace(/^Optional\[(.*)\]$/, '$1').replace(/\|None$|^None\|/, '');
  const literalChoices = /^Literal\[(.*)\]$/.exec(inner);
  if (literalChoices) {
    const values = [...literalChoices[1]!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2] ?? '');
    return { type: 'enum', optional, values, secret: false };
  }
  const head = inner.replace(/\[.*$/, '');
  const resolved = PYDANTIC_TYPES[head];
  return { ...(resolved ? { type: resolved } : {}), optional, secret: head === 'SecretStr' };
}

function pythonSchemas(root: SyntaxNode): DeclaredSchema[] {
  const schemas: DeclaredSchema[] = [];
  for (const node of walk(root)) {
    if (node.type === 'class_definition') {
      const bases = named(field(node, 'superclasses')).map((base) => base.text.replace(/\s+/g, ''));
      if (!bases.some((base) => base === 'BaseSettings' || base.endsWith('.BaseSettings'))) continue;
      const variables = pydanticFields(field(node, 'body'));
      if (variables.length > 0) schemas.push({ library: 'pydantic-settings', name: field(node, 'name')?.text ?? 'Settings', variables });
    } else if (node.type === 'call') {
      const callee = field(node, 'function')?.text.replace(/\s+/g, '');
      if (callee !== 'environ.Env' && callee !== 'Env') continue;
      const variables = named(field(node, 'arguments')).flatMap((argument) => djangoEnvironVariable(argument));
      if (variables.length > 0) schemas.push({ library: 'django-environ', variables });
    }
  }
  return schemas;
}

function pydanticFields(body: SyntaxNode | null): DeclaredVariable[] {
  const statements = named(body).flatMap((statement) => (statement.type === 'expression_statement' ? named(statement) : []));
  let prefix = '';
  const variables: DeclaredVariable[] = [];
  for (const assignment of statements) {
    if (assignment.type !== 'assignment') continue;
    const left = field(assignment, 'left');
    const right = field(assignment, 'right');
    if (left?.type !== 'identifier') continue;
    if (left.text === 'model_config') {
      const config = named(field(right, 'arguments')).find((argument) => argument.type === 'keyword_argument' && field(argument, 'name')?.text === 'env_prefix');
      prefix = literal(field(config, 'value')) ?? prefix;
      continue;
    }
    const annotation = field(assignment, 'type');
    if (!annotation || left.text.startsWith('_')) continue;
    const { type, optional, values, secret } = pydanticType(annotation);
    const isField = right?.type === 'call' && field(right, 'function')?.text === 'Field';
    const fieldArguments = isField ? named(field(right, 'arguments')) : [];
    const keyword = (name: string) => fieldArguments.find((argument) => argument.type === 'keyword_argument' && field(argument, 'name')?.text === name);
    const alias = literal(field(keyword('validation_alias') ?? keyword('alias'), 'value'));
    const defaultNode = isField ? (field(keyword('default'), 'value') ?? (fieldArguments[0]?.type !== 'keyword_argument' ? fieldArguments[0] : undefined)) : right;
    const hasDefault = isField ? defaultNode !== undefined && defaultNode !== null && defaultNode.text !== '...' : right !== null;
    const spec: { -readonly [K in keyof VariableSpec]: VariableSpec[K] } = { required: !hasDefault && !optional };
    if (type) spec.type = type;
    if (values) spec.values = values.map((value): AllowedValue => ({ value }));
    if (secret) spec.secret = true;
    const fallback = pythonLiteral(defaultNode);
    if (fallback !== undefined) spec.default = fallback;
    // pydantic-settings matches names without regard to case: the upper-case spelling is the one env files use.
    const name = alias ?? `${prefix}${left.text}`.toUpperCase();
    variables.push({ name, start: left.startIndex, end: left.endIndex, spec });
  }
  return variables;
}

/** A Python literal as an env file writes it: strings unquoted, `True`/`False` as pydantic reads them. */
function pythonLiteral(node: SyntaxNode | null | undefined): string | undefined {
  if (node?.type === 'none') return undefined;
  if (node?.type === 'true') return 'true';
  if (node?.type === 'false') return 'false';
  return literal(node);
}

const ENVIRON_TYPES: Readonly<Record<string, VariableType>> = { bool: 'boolean', int: 'integer', float: 'number', str: 'string', list: 'list', tuple: 'list', dict: 'string', json: 'json' };

/** `DEBUG=(bool, False)`: DEBUG is a boolean whose default is False. */
function djangoEnvironVariable(argument: SyntaxNode): DeclaredVariable[] {
  if (argument.type !== 'keyword_argument') return [];
  const name = field(argument, 'name');
  const value = field(argument, 'value');
  if (!name || value?.type !== 'tuple') return [];
  const [kind, fallback] = named(value);
  const type = ENVIRON_TYPES[kind?.text ?? ''];
  if (!type) return [];
  const spec: { -readonly [K in keyof VariableSpec]: VariableSpec[K] } = { type, required: fallback === undefined };
  // django-environ reads booleans from True/False, on/off, 1/0…; its default is written here as Python writes it.
  const text = fallback?.type === 'true' ? 'True' : fallback?.type === 'false' ? 'False' : literal(fallback);
  if (text !== undefined) spec.default = text;
  return [{ name: name.text, start: name.startIndex, end: name.endIndex, spec }];
}
