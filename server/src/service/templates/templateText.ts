import type { Assignment, Comment, EnvDocument } from '../parser';
import { valueCutByHash } from '../secrets/assignmentSecrecy';
import type { SecretTest } from '../secrets/secrecy';
import { commentedOut } from './commentedOut';
import { placeholderFor } from './placeholder';
import { statementForTemplate, type LiteralFate } from './pythonStatement';
import { commentHoldsCredential, looksLikeCredential, staysOutOfTemplate } from './templateSecrecy';
import type { TemplateValues } from './templateValues';

export interface TemplateInputs {
  readonly env: EnvDocument;
  readonly isSecret: SecretTest;
  readonly values: TemplateValues;
}

/** What becomes of a value: kept, emptied or replaced; `dropTail` when the rest of its line goes too. */
type Fate = { readonly value: 'keep' } | { readonly value: 'empty' | 'placeholder'; readonly dropTail: boolean };

const KEEP: Fate = { value: 'keep' };

/**
 * The template of a file: the same keys, comments, blank lines and order, `export`, quotes, line
 * endings and BOM as written; each value kept, emptied or replaced by a placeholder as `values`
 * says, and never a secret (see `staysOutOfTemplate`). A secret's trailing comment goes with it (it
 * may hold the old value). Commented-out assignments are kept with their values treated as live
 * ones (`# API_KEY=` stays as a hint that the key exists); prose comments that hold a credential and
 * lines the loader skips are dropped. In Python, statements other than `NAME = literal` keep their
 * code, with their secret literals emptied.
 */
export function templateText({ env, isSecret, values }: TemplateInputs): string {
  const { text } = env;
  let out = '';
  for (const node of env.nodes) {
    if (node.kind === 'blank') out += text.slice(node.span.start, node.span.end);
    else if (node.kind === 'assignment') out += assignmentForTemplate(env, text, node, isSecret, values);
    else if (node.kind === 'comment') out += commentForTemplate(env, node, isSecret, values);
    else if (node.kind === 'opaque') out += statementForTemplate(text, node.span, (label, value) => literalFate(label, value, isSecret, values));
  }
  return text.charCodeAt(0) === 0xfeff && out.charCodeAt(0) !== 0xfeff ? `\uFEFF${out}` : out;
}

function assignmentForTemplate(env: EnvDocument, text: string, node: Assignment, isSecret: SecretTest, values: TemplateValues): string {
  const fate = fateOf(text, node, isSecret, values);
  if (fate.value === 'keep') return text.slice(node.span.start, node.span.end);
  const tail = text.slice(node.valueSpan.end, node.span.end);
  return text.slice(node.span.start, node.valueSpan.start) + valueText(env, text, node, fate.value) + (fate.dropTail ? lineBreakOf(tail) : tail);
}

function fateOf(text: string, node: Assignment, isSecret: SecretTest, values: TemplateValues): Fate {
  const cut = valueCutByHash(text, node) !== undefined;
  if (node.value === '' && !cut) return KEEP;
  // A value made only of `${VAR}` references holds nothing: it says where the value comes from.
  if (onlyReferences(text, node)) return values === 'empty' ? { value: 'empty', dropTail: false } : KEEP;
  // A secret's trailing comment goes with it (it may hold the old value), as does the part of a value a `#` cut off.
  if (staysOutOfTemplate(isSecret, text, node)) return { value: values === 'placeholders' ? 'placeholder' : 'empty', dropTail: true };
  return values === 'empty' ? { value: 'empty', dropTail: cut } : KEEP;
}

function valueText(env: EnvDocument, text: string, node: Assignment, fate: 'empty' | 'placeholder'): string {
  const inner = fate === 'placeholder' ? placeholderFor(node.key) : '';
  if (env.dialect === 'dotenv') return fate === 'placeholder' ? `${node.quote === "'" ? "'" : '"'}${inner}${node.quote === "'" ? "'" : '"'}` : '';
  // Python stays Python: a string keeps its prefix (`b''`), anything else becomes a string.
  const string = /^([rRuUbBfF]{0,2})(['"])/.exec(text.slice(node.valueSpan.start, node.valueSpan.end));
  return string ? `${string[1]}${string[2]}${inner}${string[2]}` : `'${inner}'`;
}

function commentForTemplate(env: EnvDocument, node: Comment, isSecret: SecretTest, values: TemplateValues): string {
  const { text } = env;
  const written = text.slice(node.span.start, node.span.end);
  const found = commentedOut(env, node);
  let result = written;
  if (found) {
    const { assignment, line, offset } = found;
    const fate = fateOf(line, assignment, isSecret, values);
    if (fate.value !== 'keep') {
      const head = text.slice(node.span.start, offset + assignment.valueSpan.start);
      const rest = line.slice(assignment.valueSpan.end) + text.slice(offset + line.length, node.span.end);
      result = head + valueText(env, line, assignment, fate.value) + (fate.dropTail ? lineBreakOf(rest) : rest);
    }
  }
  // Prose that holds a credential goes, line and all.
  return commentHoldsCredential(result) ? '' : result;
}

function literalFate(label: string | undefined, value: string, isSecret: SecretTest, values: TemplateValues): LiteralFate {
  if (value === '') return { keep: true };
  if (isSecret(label ?? '', value) || looksLikeCredential(value)) return { keep: false, replacement: values === 'placeholders' ? placeholderFor(label ?? 'value') : '' };
  return { keep: true };
}

/** The line break a piece of text ends with, or nothing. */
function lineBreakOf(text: string): string {
  return text.endsWith('\r\n') ? '\r\n' : text.endsWith('\n') ? '\n' : text.endsWith('\r') ? '\r' : '';
}

/** A value written only as `${VAR}` / `$VAR` references (and blanks). */
function onlyReferences(text: string, node: Assignment): boolean {
  if (node.references.length === 0) return false;
  let at = node.innerSpan.start;
  for (const reference of node.references) {
    if (reference.span.start < node.innerSpan.start || reference.span.end > node.innerSpan.end) continue;
    if (text.slice(at, reference.span.start).trim() !== '') return false;
    at = reference.span.end;
  }
  return text.slice(at, node.innerSpan.end).trim() === '';
}
