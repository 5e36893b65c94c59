import type { CodeLanguage, SyntaxNode } from './syntaxNode';
import { field, isIdentifier, same, walk } from './syntaxWalk';

/**
 * Where code reads an environment variable, found on the syntax tree (so that comments and strings
 * that merely mention `process.env.X` are not read sites):
 * - JavaScript / TypeScript: `process.env.X`, `process.env['X']`, `const { X, Y: y, Z = 1 } = process.env`,
 *   `import.meta.env.X` (Vite), `Deno.env.get('X')`, `Bun.env.X`;
 * - Python: `os.environ['X']`, `os.environ.get('X', d)`, `os.getenv('X', d)` (also after
 *   `from os import environ, getenv`), and django-environ's `env('X')`, `env.bool('X', default=…)`, where
 *   `env` was made by `environ.Env(…)` in the same module.
 * Only literal names count: `process.env[name]` and f-strings are not read sites.
 */
export interface ReadSite {
  readonly key: string;
  /** The name's span in the source (inside the quotes for a string), UTF-16 offsets. */
  readonly start: number;
  readonly end: number;
  readonly form: ReadForm;
  /** The code's own default for an unset variable, as source text (`'3000'`, `False`), if it gives one. */
  readonly fallback?: string;
  /** What the code turns the value into, when it says so: `int(os.environ['PORT'])`, `env.bool('DEBUG')`. */
  readonly convertsTo?: Conversion;
  /**
   * The test by which the code handles the variable being unset, as source text: the read is a
   * condition (`if os.getenv('X'):`, `process.env.X && …`), is compared with a literal
   * (`import.meta.env.MODE === 'hash'`), or sits in a branch whose condition names the key or reads
   * the environment (`if "AWS_BUCKET" in os.environ:`: optional configuration).
   */
  readonly guard?: string;
}

export type ReadForm = 'process.env' | 'import.meta.env' | 'Deno.env.get' | 'Bun.env' | 'os.environ' | 'os.environ.get' | 'os.getenv' | 'django-environ';
export type Conversion = 'int' | 'float' | 'bool' | 'list' | 'json' | 'url';

export function findReadSites(root: SyntaxNode, language: CodeLanguage): ReadSite[] {
  return language === 'python' ? findPythonReads(root) : findScriptReads(root);
}



// —— JavaScript and TypeScript ——

/** The read form of an object that holds the environment: `process.env`, `import.meta.env`, `Bun.env`. */
function scriptEnvObject(node: SyntaxNode | null): ReadForm | undefined {
  if (node?.type !== 'member_expression' || field(node, 'property')?.text !== 'env') return undefined;
  const object = field(node, 'object');
  if (isIdentifier(object, 'process')) return 'process.env';
  if (isIdentifier(object, 'Bun')) return 'Bun.env';
  if (object?.type === 'meta_property' && object.text.replace(/\s+/g, '') === 'import.meta') return 'import.meta.env';
  return undefined;
}

/** The text of a string literal without substitutions, with its span; undefined for anything else. */
function scriptString(node: SyntaxNode | null): { text: string; start: number; end: number } | undefined {
  if (node?.type !== 'string') return undefined;
  const parts = node.namedChildren;
  if (parts.length === 0) return { text: '', start: node.startIndex + 1, end: node.startIndex + 1 };
  if (parts.length !== 1 || parts[0]?.type !== 'string_fragment') return undefined;
  return { text: parts[0].text, start: parts[0].startIndex, end: parts[0].endIndex };
}

function findScriptReads(root: SyntaxNode): ReadSite[] {
  const sites: ReadSite[] = [];
  for (const node of walk(root)) {
    switch (node.type) {
      case 'member_expression': {
        const form = scriptEnvObject(field(node, 'object'));
        const property = field(node, 'property');
        if (!form || property?.type !== 'property_identifier') break;
        if (isWrittenOrCalled(node)) break;
        sites.push(guarded(withScriptUse({ key: property.text, start: property.startIndex, end: property.endIndex, form }, node), node));
        break;
      }
      case 'subscript_expression': {
        const form = scriptEnvObject(field(node, 'object'));
        const name = scriptString(field(node, 'index'));
        if (!form || !name || isWrittenOrCalled(node)) break;
        sites.push(guarded(withScriptUse({ key: name.text, start: name.start, end: name.end, form }, node), node));
        break;
      }
      case 'variable_declarator': {
        const form = scriptEnvObject(field(node, 'value'));
        const pattern = field(node, 'name');
        if (form && pattern?.type === 'object_pattern') sites.push(...destructured(pattern, form));
        break;
      }
      case 'call_expression': {
        const callee = field(node, 'function');
        const object = field(callee, 'object');
        if (callee?.type !== 'member_expression' || field(callee, 'property')?.text !== 'get') break;
        if (object?.type !== 'member_expression' || !isIdentifier(field(object, 'object'), 'Deno') || field(object, 'property')?.text !== 'env') break;
        const name = scriptString(field(node, 'arguments')?.namedChildren[0] ?? null);
        if (name) sites.push(guarded(withScriptUse({ key: name.text, start: name.start, end: name.end, form: 'Deno.env.get' }, node), node));
        break;
      }
    }
  }
  return sites;
}

/** `process.env.X = …` writes, `process.env.hasOwnProperty(…)` calls a method: neither reads X. */
function isWrittenOrCalled(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if ((parent.type === 'assignment_expression' || parent.type === 'augmented_assignment_expression') && same(field(parent, 'left'), node)) return true;
  if (parent.type === 'call_expression' && same(field(parent, 'function'), node)) return true;
  return parent.type === 'unary_expression' && parent.text.startsWith('delete');
}

/** `process.env.X || 'a'`, `?? 'a'`: a default; `Number(…)`, `parseInt(…)`, `=== 'true'`: a conversion. */
function withScriptUse(site: ReadSite, node: SyntaxNode): ReadSite {
  const parent = node.parent;
  if (!parent) return site;
  if (parent.type === 'binary_expression' && same(field(parent, 'left'), node)) {
    const operator = parent.text.slice(node.endIndex - parent.startIndex).trimStart();
    if (operator.startsWith('||') || operator.startsWith('??')) return { ...site, fallback: field(parent, 'right')?.text ?? '' };
    if ((operator.startsWith('===') || operator.startsWith('==')) && /^['"`](?:true|false|1|0)['"`]$/i.test(field(parent, 'right')?.text ?? '')) return { ...site, convertsTo: 'bool' };
  }
  const call = parent.parent;
  if (parent.type === 'arguments' && call?.type === 'call_expression') {
    const callee = field(call, 'function')?.text;
    const convertsTo: Conversion | undefined =
      callee === 'Number' || callee === 'parseInt' || callee === 'Number.parseInt'
        ? 'int'
        : callee === 'parseFloat' || callee === 'Number.parseFloat'
          ? 'float'
          : callee === 'JSON.parse'
            ? 'json'
            : callee === 'Boolean'
              ? 'bool'
              : undefined;
    // `Number(process.env.PORT) || 3000`: the default is the converted value's.
    if (convertsTo) return { ...site, convertsTo, ...scriptFallbackOf(call) };
  }
  // `new URL(process.env.X)`; with a base (`new URL(v, base)`) a relative value converts too.
  if (parent.type === 'arguments' && call?.type === 'new_expression' && field(call, 'constructor')?.text === 'URL' && parent.namedChildren.length === 1) return { ...site, convertsTo: 'url' };
  return site;
}

/** The right side of `||` / `??` when `node` is its left side. */
function scriptFallbackOf(node: SyntaxNode): { fallback?: string } {
  const parent = node.parent;
  if (parent?.type !== 'binary_expression' || !same(field(parent, 'left'), node)) return {};
  const operator = parent.text.slice(node.endIndex - parent.startIndex).trimStart();
  return operator.startsWith('||') || operator.startsWith('??') ? { fallback: field(parent, 'right')?.text ?? '' } : {};
}

/** `const { X, Y: y, Z = 1, 'A-B': ab } = process.env`: X, Y, Z (default 1) and A-B. */
function destructured(pattern: SyntaxNode, form: ReadForm): ReadSite[] {
  const sites: ReadSite[] = [];
  for (const entry of pattern.namedChildren) {
    if (!entry) continue;
    if (entry.type === 'shorthand_property_identifier_pattern') {
      sites.push({ key: entry.text, start: entry.startIndex, end: entry.endIndex, form });
    } else if (entry.type === 'object_assignment_pattern') {
      const left = field(entry, 'left');
      if (left?.type === 'shorthand_property_identifier_pattern') sites.push({ key: left.text, start: left.startIndex, end: left.endIndex, form, fallback: field(entry, 'right')?.text ?? '' });
    } else if (entry.type === 'pair_pattern') {
      const key = field(entry, 'key');
      const value = field(entry, 'value');
      const fallback = value?.type === 'assignment_pattern' ? { fallback: field(value, 'right')?.text ?? '' } : {};
      if (key?.type === 'property_identifier') sites.push({ key: key.text, start: key.startIndex, end: key.endIndex, form, ...fallback });
      const name = scriptString(key);
      if (name) sites.push({ key: name.text, start: name.start, end: name.end, form, ...fallback });
    }
  }
  return sites;
}

// —— Python ——

/** A plain string literal (no f-string, no bytes, no implicit concatenation) with its content's span. */
function pythonString(node: SyntaxNode | null | undefined): { text: string; start: number; end: number } | undefined {
  if (node?.type !== 'string') return undefined;
  const parts = node.namedChildren;
  const open = parts[0];
  if (open?.type !== 'string_start' || /[fFbB]/.test(open.text)) return undefined;
  if (parts.length === 2 && parts[1]?.type === 'string_end') return { text: '', start: open.endIndex, end: open.endIndex };
  const content = parts[1];
  if (parts.length !== 3 || content?.type !== 'string_content' || content.namedChildren.length > 0) return undefined;
  return { text: content.text, start: content.startIndex, end: content.endIndex };
}

/** django-environ's readers: `env('X')` is a string, `env.bool('X')` a boolean, … */
const ENVIRON_METHODS: Readonly<Record<string, Conversion | null>> = {
  str: null,
  bool: 'bool',
  int: 'int',
  float: 'float',
  list: 'list',
  tuple: 'list',
  dict: null,
  json: 'json',
  url: 'url',
  db_url: 'url',
  db: 'url',
  cache_url: 'url',
  cache: 'url',
  email_url: 'url',
  email: 'url',
  search_url: 'url',
  path: null,
};

const PYTHON_CONVERSIONS: Readonly<Record<string, Conversion>> = { int: 'int', float: 'float', bool: 'bool' };

interface PythonNames {
  /** Names bound to `os.environ` / `os.getenv` by `from os import …`. */
  readonly environ: ReadonlySet<string>;
  readonly getenv: ReadonlySet<string>;
  /** Names bound to a django-environ `Env(…)` object. */
  readonly envObjects: ReadonlySet<string>;
}

function pythonNames(root: SyntaxNode): PythonNames {
  const environ = new Set<string>();
  const getenv = new Set<string>();
  const envObjects = new Set<string>();
  const envClasses = new Set<string>();
  for (const node of walk(root)) {
    if (node.type === 'import_from_statement') {
      const module = field(node, 'module_name')?.text;
      for (const name of node.namedChildren.slice(1)) {
        const imported = name?.type === 'aliased_import' ? field(name, 'name')?.text : name?.text;
        const bound = name?.type === 'aliased_import' ? (field(name, 'alias')?.text ?? '') : (name?.text ?? '');
        if (module === 'os' && imported === 'environ') environ.add(bound);
        if (module === 'os' && imported === 'getenv') getenv.add(bound);
        if (module === 'environ' && imported === 'Env') envClasses.add(bound);
      }
    } else if (node.type === 'assignment') {
      const left = field(node, 'left');
      const callee = field(field(node, 'right'), 'function');
      const makesEnv = callee?.text.replace(/\s+/g, '') === 'environ.Env' || (callee?.type === 'identifier' && envClasses.has(callee.text));
      if (left?.type === 'identifier' && field(node, 'right')?.type === 'call' && makesEnv) envObjects.add(left.text);
    }
  }
  return { environ, getenv, envObjects };
}

function isPythonEnviron(node: SyntaxNode | null, names: PythonNames): boolean {
  if (node?.type === 'identifier') return names.environ.has(node.text);
  return node?.type === 'attribute' && isIdentifier(field(node, 'object'), 'os') && field(node, 'attribute')?.text === 'environ';
}

function findPythonReads(root: SyntaxNode): ReadSite[] {
  const names = pythonNames(root);
  const sites: ReadSite[] = [];
  for (const node of walk(root)) {
    if (node.type === 'subscript' && isPythonEnviron(field(node, 'value'), names)) {
      const name = pythonString(field(node, 'subscript'));
      const parent = node.parent;
      const written = parent && (parent.type === 'assignment' || parent.type === 'augmented_assignment') && same(field(parent, 'left'), node);
      const deleted = parent?.type === 'delete_statement';
      if (name && !written && !deleted) sites.push(guarded(withPythonOr(withPythonConversion({ key: name.text, start: name.start, end: name.end, form: 'os.environ' }, node), node), node));
    } else if (node.type === 'call') {
      const site = pythonCall(node, names);
      if (site) sites.push(guarded(withPythonOr(withPythonConversion(site, node), node), node));
    }
  }
  return sites;
}

function pythonCall(call: SyntaxNode, names: PythonNames): ReadSite | undefined {
  const callee = field(call, 'function');
  const args = (field(call, 'arguments')?.namedChildren ?? []).filter((arg): arg is SyntaxNode => arg !== null);
  const name = pythonString(args[0]);
  if (!callee || !name) return undefined;
  const keyword = args.find((arg) => arg.type === 'keyword_argument' && field(arg, 'name')?.text === 'default');
  const keywordDefault = keyword ? (field(keyword, 'value')?.text ?? '') : undefined;
  const positionalDefault = args[1] && args[1].type !== 'keyword_argument' ? args[1].text : undefined;
  const site = (form: ReadForm, fallback: string | undefined, convertsTo?: Conversion | null): ReadSite => ({
    key: name.text,
    start: name.start,
    end: name.end,
    form,
    ...(fallback === undefined ? {} : { fallback }),
    ...(convertsTo ? { convertsTo } : {}),
  });
  const object = callee.type === 'attribute' ? field(callee, 'object') : null;
  const method = callee.type === 'attribute' ? (field(callee, 'attribute')?.text ?? '') : '';
  if (callee.type === 'identifier' && names.getenv.has(callee.text)) return site('os.getenv', positionalDefault ?? keywordDefault);
  if (method === 'getenv' && isIdentifier(object, 'os')) return site('os.getenv', positionalDefault ?? keywordDefault);
  if (method === 'get' && isPythonEnviron(object, names)) return site('os.environ.get', positionalDefault ?? keywordDefault);
  // django-environ takes a default only as `default=`: a second positional argument is a cast.
  if (callee.type === 'identifier' && names.envObjects.has(callee.text)) return site('django-environ', keywordDefault);
  if (object?.type === 'identifier' && names.envObjects.has(object.text) && Object.hasOwn(ENVIRON_METHODS, method)) {
    return site('django-environ', keywordDefault, ENVIRON_METHODS[method]);
  }
  return undefined;
}

/** `os.getenv('X') or 'd'`: a default for an unset (or empty) variable. */
function withPythonOr(site: ReadSite, node: SyntaxNode): ReadSite {
  const parent = node.parent;
  if (site.fallback !== undefined || parent?.type !== 'boolean_operator' || !same(field(parent, 'left'), node) || field(parent, 'operator')?.text !== 'or') return site;
  return { ...site, fallback: field(parent, 'right')?.text ?? '' };
}

/** `int(os.environ['PORT'])`, `bool(os.getenv('X'))`: the code converts the value. */
function withPythonConversion(site: ReadSite, node: SyntaxNode): ReadSite {
  if (site.convertsTo) return site;
  const list = node.parent;
  const call = list?.parent;
  if (list?.type !== 'argument_list' || call?.type !== 'call' || !same(list.namedChildren[0], node)) return site;
  const conversion = PYTHON_CONVERSIONS[field(call, 'function')?.text ?? ''];
  return conversion ? { ...site, convertsTo: conversion } : site;
}

/** Nodes whose `condition` field decides whether a branch runs. */
const CONDITIONAL = new Set(['if_statement', 'elif_clause', 'while_statement', 'ternary_expression']);
/** Where a guard stops being about this read: another function, class or the module. */
const SCOPE = new Set(['function_definition', 'function_declaration', 'arrow_function', 'function_expression', 'method_definition', 'class_definition', 'class_declaration', 'module', 'program']);
const COMPARISON = /^\s*(?:===|!==|==|!=)/;
const READS_ENV = /\b(?:process\.env|import\.meta\.env|Bun\.env|Deno\.env|os\.environ|environ|getenv)\b/;
/** Ancestors climbed at most: a guard is near its read. */
const MAX_CLIMB = 64;

/** The read with the test that handles its variable being unset, when the code has one (see `ReadSite.guard`). */
function guarded(site: ReadSite, node: SyntaxNode): ReadSite {
  if (site.fallback !== undefined) return site;
  const guard = guardOf(node, site.key);
  return guard === undefined ? site : { ...site, guard: guard.length > 80 ? `${guard.slice(0, 79)}…` : guard };
}

function guardOf(node: SyntaxNode, key: string): string | undefined {
  const names = new RegExp(`(?:^|[^\\w$])${key.replace(/[^\w$]/g, (c) => `\\${c}`)}(?:[^\\w$]|$)`);
  let child = node;
  for (let parent = node.parent, climbed = 0; parent && climbed < MAX_CLIMB && !SCOPE.has(parent.type); child = parent, parent = parent.parent, climbed++) {
    const condition = CONDITIONAL.has(parent.type) ? field(parent, 'condition') : parent.type === 'conditional_expression' ? (parent.namedChildren[1] ?? null) : null;
    // A branch taken only when the environment says so (`if "AWS_BUCKET" in os.environ:`) is optional configuration.
    if (condition && (same(condition, child) || names.test(condition.text) || READS_ENV.test(condition.text))) {
      return condition.type === 'parenthesized_expression' ? condition.text.slice(1, -1).trim() : condition.text.trim();
    }
    // `X and …`, `process.env.X && …`: the read decides whether the rest runs.
    if ((parent.type === 'boolean_operator' || parent.type === 'binary_expression') && same(field(parent, 'left'), child)) {
      const operator = parent.text.slice(child.endIndex - parent.startIndex).trimStart();
      if (operator.startsWith('&&') || operator.startsWith('and')) return parent.text.trim();
      if (COMPARISON.test(operator) && /^['"`]/.test(field(parent, 'right')?.text ?? '')) return parent.text.trim();
    }
    // Python: `os.getenv('X') == '1'`.
    if (parent.type === 'comparison_operator' && parent.namedChildren.some((operand) => operand?.type === 'string' && !same(operand, child))) return parent.text.trim();
  }
  return undefined;
}
