import { describeValue } from '../diagnostics/describeValue';
import { isSecretName } from '../secrets/secretNames';
import { leakedTokenKind } from '../secrets/valueSmells';
import type { BooleanLiterals, KnownVariable, SystemSchema, VariableSpec } from './schemaTypes';

/** The boolean literals a variable is written with: its own, its schema's, or `true`/`false`. */
export function booleanLiterals(spec: VariableSpec, schema: SystemSchema): BooleanLiterals {
  return spec.booleans ?? schema.booleans ?? { true: 'true', false: 'false' };
}

/** "enum", "integer 1–65535", "url (postgres://, postgresql://)", … */
function typeSummary(known: KnownVariable): string {
  const { spec, schema } = known;
  const type = spec.type ?? 'string';
  const parts: string[] = [type];
  if (type === 'boolean') {
    const literals = booleanLiterals(spec, schema);
    parts.push(`\`${literals.true}\` / \`${literals.false}\``);
  }
  if (spec.minimum !== undefined || spec.maximum !== undefined) parts.push(`${spec.minimum ?? '…'}–${spec.maximum ?? '…'}`);
  if (spec.minLength !== undefined) parts.push(`at least ${spec.minLength} characters`);
  if (spec.schemes) parts.push(`(${spec.schemes.map((s) => `\`${s}://\``).join(', ')})`);
  if (type === 'list') parts.push(`separated by \`${spec.separator ?? ','}\`${spec.items ? ` of ${spec.items}` : ''}`);
  if (spec.unit) parts.push(`in ${spec.unit}`);
  return parts.join(' ');
}

/** Markdown documentation of one schema's knowledge of a variable, for hover and completion. */
export function describeVariable(known: KnownVariable): string {
  const { spec, schema } = known;
  const lines: string[] = [];
  const title = known.pattern ? `**${known.name}** (matches \`${known.pattern}\`)` : `**${known.name}**`;
  lines.push(`${title} — ${schema.name}`);
  if (spec.deprecated) {
    lines.push(`**Deprecated:** ${spec.deprecated.message}${spec.deprecated.replacement ? ` Use \`${spec.deprecated.replacement}\`.` : ''}`);
  }
  if (spec.description) lines.push(spec.description);
  const facts: string[] = [`Type: ${typeSummary(known)}`];
  const flags = [spec.required ? 'required' : undefined, spec.secret ? 'secret' : undefined].filter(Boolean);
  if (flags.length > 0) facts.push(`${flags.join(', ')}`.replace(/^./, (c) => c.toUpperCase()));
  // A default can come from a file of the workspace (a varlock `.env.schema` line): a secret's shows its length only.
  const secret = spec.secret === true || isSecretName(known.name);
  if (spec.default !== undefined) facts.push(`Default: ${secret || leakedTokenKind(spec.default) ? describeValue(spec.default, true) : code(spec.default)}`);
  if (spec.example !== undefined) facts.push(`Example: ${leakedTokenKind(spec.example) ? describeValue(spec.example, true) : code(spec.example)}`);
  lines.push(facts.join(' · '));
  if (spec.values && spec.values.length > 0) {
    const heading = spec.type === 'enum' ? 'Allowed values:' : 'Common values:';
    lines.push([heading, ...spec.values.map((v) => `- ${code(v.value)}${v.description ? ` — ${v.description}` : ''}`)].join('\n'));
  }
  for (const danger of spec.dangerous ?? []) {
    lines.push(`⚠ ${danger.values.map(code).join(', ')}${danger.environment === 'production' ? ' (in production)' : ''}: ${danger.message}`);
  }
  const links = [spec.documentation ?? schema.documentation].filter((l): l is string => l !== undefined).map((l) => `[Documentation](${l})`);
  if (spec.source && spec.source !== spec.documentation) links.push(`Source: ${spec.source}`);
  if (links.length > 0) lines.push(links.join(' · '));
  return lines.join('\n\n');
}

function code(value: string): string {
  if (value === '') return '(empty)';
  const ticks = value.includes('`') ? '``' : '`';
  return `${ticks}${value}${ticks}`;
}
