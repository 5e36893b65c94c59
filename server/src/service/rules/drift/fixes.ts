import type { Assignment, EnvDocument } from '../../parser';
import { parse } from '../../parser';
import { quoteForDotenv } from '../../parser/quoteValue';
import { assignmentAt } from '../../fixes/assignmentAt';
import type { Fix, FixBuilder, FixContext } from '../../fixes/fix';
import { isPlaceholder } from '../../secrets/valueSmells';
import { insertLines, keysBefore, type NewLine } from '../../templates/insertLines';
import { staysOutOfTemplate } from '../../templates/templateSecrecy';
import { NAMED_IN_MESSAGE } from './rule';
import { unsetTemplateKeys } from './unsetKeys';

/**
 * "Add KEY to .env.example": the key, without its value, in the family's template, after the
 * template's line of the key before it in this file. A default from a schema is written only when
 * `envsense.templateValues` keeps defaults, and never for a secret. Nothing is offered when the
 * template may not be written (a link, not a regular file, outside the workspace) or was not read as
 * UTF-8 (an edit at its offsets could land elsewhere in the editor's reading of it).
 */
export const addToTemplateFix: FixBuilder = (context, span) => {
  const family = context.templateFamily;
  const assignment = assignmentAt(context.env, span.start);
  const template = family?.primary;
  if (!family || !template || !assignment || !family.documented) return [];
  const target = writableTemplate(context, template.path, template.dialect);
  if (!target || target.env.assignments.some((a) => a.key === assignment.key)) return [];
  const missing = missingKeys(context, family.documented, target.env);
  const one = missing.filter((line) => line.key === assignment.key);
  if (one.length === 0) return [];
  const fixes: Fix[] = [{ title: `Add ${assignment.key} to ${template.name}`, changes: [], otherFiles: [{ path: template.path, existing: target.text, changes: insertLines(target.env, one) }], safe: false }];
  if (missing.length > 1) {
    fixes.push({ title: `Add the ${missing.length} keys missing from ${template.name}`, changes: [], otherFiles: [{ path: template.path, existing: target.text, changes: insertLines(target.env, missing) }], safe: false });
  }
  return fixes;
};

/**
 * "Add KEY (from .env.example)": the key in this file, after the line of the key before it in the
 * template, with a value where one is known: the default of a schema that speaks for the key, else the
 * template's own value when it is a plain default (not a secret, not a placeholder, not empty).
 */
export const addFromTemplateFix: FixBuilder = (context) => {
  const family = context.templateFamily;
  if (!family) return [];
  const own = new Set(context.env.assignments.map((a) => a.key));
  const required = () => new Set(context.env.dialect === 'dotenv' ? context.missingRequired() : []);
  const unset = unsetTemplateKeys(family, context.env, (key) => own.has(key), required);
  if (!unset || unset.keys.length === 0 || !unset.template.env) return [];
  const templateEnv = unset.template.env;
  const lines = unset.keys.map((key) => {
    const index = lastIndexOf(templateEnv, key);
    return { key, line: lineFromTemplate(context, templateEnv, templateEnv.assignments[index]!), after: keysBefore(templateEnv, index) };
  });
  const from = unset.template.name;
  const fixes: Fix[] = lines.slice(0, NAMED_IN_MESSAGE).map((line) => ({ title: `Add ${line.key} (from ${from})`, changes: insertLines(context.env, [line]), safe: false }));
  if (lines.length > 1) fixes.push({ title: `Add the ${lines.length} keys from ${from}`, changes: insertLines(context.env, lines), safe: false });
  return fixes;
};

/** The template's text and parse, when a fix may write it. */
function writableTemplate(context: FixContext, path: string, dialect: 'dotenv' | 'python'): { text: string; env: EnvDocument } | undefined {
  const writable = context.writableFile(path);
  if (writable?.existing === undefined || writable.existing.includes('\uFFFD')) return undefined;
  return { text: writable.existing, env: parse(writable.existing, dialect) };
}

/** This file's keys that no template lists, once each in the file's order, as lines for the template. */
function missingKeys(context: FixContext, documented: ReadonlySet<string>, template: EnvDocument): NewLine[] {
  const { env } = context;
  const inTemplate = new Set(template.assignments.map((a) => a.key));
  const lines: NewLine[] = [];
  const seen = new Set<string>();
  env.assignments.forEach((assignment, index) => {
    if (documented.has(assignment.key) || inTemplate.has(assignment.key) || seen.has(assignment.key)) return;
    seen.add(assignment.key);
    lines.push({ key: assignment.key, line: lineForTemplate(context, template, assignment), after: keysBefore(env, index) });
  });
  return lines;
}

/** `KEY=` (as `export KEY=` when the template writes its keys so), `KEY = ''` in Python; a schema's default when the setting keeps defaults. */
function lineForTemplate(context: FixContext, template: EnvDocument, assignment: Assignment): string {
  const { key } = assignment;
  const secret = staysOutOfTemplate(context.isSecret, context.env.text, assignment);
  const known = (context.templateValues ?? 'keepDefaults') === 'keepDefaults' && !secret ? schemaDefault(context, key) : undefined;
  if (template.dialect === 'python') return `${key} = ${known === undefined ? "''" : pythonString(known)}`;
  const exported = template.assignments.length > 0 && template.assignments.every((a) => a.exportSpan !== undefined) ? 'export ' : '';
  return `${exported}${key}=${known === undefined ? '' : dotenvValue(known)}`;
}

/** The line this file gets for a template key: the schema's default, else the template's plain value, else empty. */
function lineFromTemplate(context: FixContext, template: EnvDocument, assignment: Assignment): string {
  const { key } = assignment;
  const python = template.dialect === 'python';
  const known = schemaDefault(context, key);
  if (known !== undefined) return python ? `${key} = ${pythonString(known)}` : `${key}=${dotenvValue(known)}`;
  const plain = assignment.value !== '' && !isPlaceholder(assignment.value) && !staysOutOfTemplate(context.isSecret, template.text, assignment);
  const written = plain ? template.text.slice(assignment.valueSpan.start, assignment.valueSpan.end) : python ? "''" : '';
  return python ? `${key} = ${written}` : `${key}=${written}`;
}

/** The default of a schema that speaks for the key, unless the key is secret (a secret's default is an example, not a value). */
function schemaDefault(context: FixContext, key: string): string | undefined {
  const value = context.appliedKnowledge(key).find((known) => known.spec.default !== undefined)?.spec.default;
  return value === undefined || value === '' || context.isSecret(key, value) ? undefined : value;
}

function dotenvValue(value: string): string {
  return /^[\w./:@%+,-]*$/.test(value) ? value : (quoteForDotenv(value) ?? '');
}

function pythonString(value: string): string {
  if (/^(?:True|False|-?\d+(?:\.\d+)?)$/.test(value)) return value;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
}

function lastIndexOf(env: EnvDocument, key: string): number {
  for (let i = env.assignments.length - 1; i >= 0; i--) if (env.assignments[i]!.key === key) return i;
  return -1;
}
