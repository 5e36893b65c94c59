import type { Assignment, EnvDocument } from '../parser';
import type { SystemSchema, VariableSpec, VariableType } from './schemaTypes';

/**
 * Schemas a workspace writes without knowing it: a committed template (`.env.example`,
 * `secrets.py.template`) whose keys, and the comments above them, document the variables; and a
 * varlock `.env.schema` whose `# @decorators` give types, requirements and sensitivity.
 */
export function templateSchema(env: EnvDocument, fileName: string): SystemSchema {
  const variables = new Map<string, VariableSpec>();
  for (const [assignment, comments] of assignmentsWithComments(env)) {
    const text = comments.filter((line) => !line.startsWith('envsense')).join('\n');
    variables.set(assignment.key, {
      description: `${text === '' ? '' : `${text}\n\n`}Listed in \`${fileName}\`.`,
      source: fileName,
    });
  }
  return { id: `template:${fileName}`, name: fileName, description: `The keys of \`${fileName}\`, the template committed for this file.`, variables: ownProperties(variables) };
}

const VARLOCK_TYPES: Record<string, VariableType> = {
  string: 'string', number: 'number', boolean: 'boolean', url: 'url', email: 'email', port: 'port', ip: 'host', uuid: 'uuid', enum: 'enum',
};

const DECORATOR = /@([A-Za-z][\w-]*)(?:=(\w+\([^)]*\)|"[^"]*"|'[^']*'|[^\s@]*)|\(([^)]*)\))?/g;

export function varlockSchema(env: EnvDocument, fileName: string): SystemSchema {
  const variables = new Map<string, VariableSpec>();
  for (const [assignment, comments] of assignmentsWithComments(env)) {
    const description: string[] = [];
    const spec: { -readonly [K in keyof VariableSpec]: VariableSpec[K] } = { source: fileName };
    for (const line of comments) {
      if (!line.startsWith('@')) {
        if (line !== '---') description.push(line);
        continue;
      }
      for (const match of line.matchAll(DECORATOR)) {
        const name = match[1]!;
        const value = unquote(match[2] ?? '');
        const args = match[3];
        if (name === 'required') spec.required = true;
        else if (name === 'optional') spec.required = false;
        else if (name === 'sensitive') spec.secret = true;
        else if (name === 'example') spec.example = value;
        else if (name === 'docs') spec.documentation = docsUrl(args ?? value);
        else if (name === 'type') readType(value, spec);
      }
    }
    if (assignment.value !== '') spec.default = assignment.value;
    if (description.length > 0) spec.description = description.join('\n');
    variables.set(assignment.key, spec);
  }
  return { id: `varlock:${fileName}`, name: fileName, description: `The variables declared in the varlock schema \`${fileName}\`.`, variables: ownProperties(variables) };
}

/** The variables as an object whose every key is its own property: assigning `__proto__` would replace the object's prototype instead. */
function ownProperties(variables: ReadonlyMap<string, VariableSpec>): Record<string, VariableSpec> {
  return Object.fromEntries(variables);
}

function readType(value: string, spec: { type?: VariableType; values?: readonly { value: string }[] }): void {
  const call = /^(\w+)(?:\((.*)\))?$/.exec(value);
  if (!call) return;
  spec.type = VARLOCK_TYPES[call[1]!] ?? 'string';
  if (call[1] === 'enum' && call[2] !== undefined) {
    spec.values = call[2].split(',').map((item) => ({ value: unquote(item.trim()) })).filter((item) => item.value !== '');
  }
}

function docsUrl(args: string): string | undefined {
  const url = args.split(',').map((part) => unquote(part.trim())).find((part) => /^https?:\/\//.test(part));
  return url;
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** Each assignment with the comment lines directly above it (no blank line between). */
function assignmentsWithComments(env: EnvDocument): [Assignment, string[]][] {
  const result: [Assignment, string[]][] = [];
  let block: string[] = [];
  for (const node of env.nodes) {
    if (node.kind === 'comment') block.push(node.text);
    else if (node.kind === 'assignment') {
      result.push([node, block]);
      block = [];
    } else block = [];
  }
  return result;
}
