import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import { describeValue } from './diagnostics/describeValue';
import { LIMITS } from './diagnostics/limits';
import type { Assignment, EnvDocument, Span } from './parser';
import { booleanLiterals, describeVariable } from './schema/describeVariable';
import type { SchemaSelection } from './schema/schemaSelection';
import type { KnownVariable } from './schema/schemaTypes';
import { keyIndex } from './parser/keyIndex';
import { nodeAt } from './parser/nodeAt';
import { quoteForDotenv } from './parser/quoteValue';
import { generateSecret, type RandomBytes } from './secrets/generateSecret';
import { isSecretAssignment } from './secrets/assignmentSecrecy';
import type { SecretTest } from './secrets/secrecy';
import type { LoadedBefore, WorkspaceView } from './workspace/workspaceView';

/** A document with what completion and hover consult: its schemas, secrecy, the files loaded before it. */
export interface CompletionContext {
  readonly document: TextDocument;
  readonly env: EnvDocument;
  readonly selection: SchemaSelection;
  readonly isSecret: SecretTest;
  /** Assignments of the files loaded before this one (e.g. `.env` for `.env.local`), with their file name. */
  readonly loadedBefore: readonly LoadedBefore[];
  /** The file's path (undefined for an unsaved document) and the workspace it lies in: its env family, the files beside it. */
  readonly path?: string;
  readonly workspace?: WorkspaceView;
  readonly random?: RandomBytes;
}

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Keys at the start of a line, values after `=`, references inside `${`, schema ids in the directive. */
export function doComplete(context: CompletionContext, position: Position): CompletionList {
  const { document, env } = context;
  const offset = document.offsetAt(position);
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const before = env.text.slice(lineStart, offset);
  if (insideLaterLineOfValue(env, offset, lineStart)) return EMPTY;

  if (/^\s*#/.test(before)) return directiveCompletion(context, before, position);

  const reference = /\$\{([A-Za-z0-9_]*)$/.exec(before);
  if (reference && /[=:]/.test(before)) return referenceCompletion(context, lineStart, position, reference[1]!.length);

  const keyPattern = env.dialect === 'python' ? /^([A-Za-z_][A-Za-z0-9_]*)?$/ : /^\s*(?:export\s+)?([\w.-]*)$/;
  const key = keyPattern.exec(before);
  if (key) return keyCompletion(context, position, (key[1] ?? '').length, offset);

  const target = valueTarget(env, lineStart, offset);
  if (target) return valueCompletion(context, target, offset);
  return EMPTY;
}

function insideLaterLineOfValue(env: EnvDocument, offset: number, lineStart: number): boolean {
  const node = nodeAt(env, offset) ?? nodeAt(env, offset - 1);
  return node?.kind === 'assignment' && node.form === 'quoted' && node.valueSpan.start < lineStart && node.valueSpan.end >= offset;
}

function keyCompletion(context: CompletionContext, position: Position, typed: number, offset: number): CompletionList {
  const { env, selection } = context;
  let wordEnd = offset;
  while (wordEnd < env.text.length && /[\w.-]/.test(env.text[wordEnd]!)) wordEnd++;
  const range: Range = { start: { line: position.line, character: position.character - typed }, end: context.document.positionAt(wordEnd) };
  // A key the file sets already is not offered again, unless the only place is the one being typed.
  const keys = keyIndex(env);
  const atCursor = nodeAt(env, offset) ?? nodeAt(env, offset - 1);
  const beingTyped = atCursor?.kind === 'assignment' && atCursor.keySpan.start <= offset && offset <= atCursor.keySpan.end ? atCursor.key : undefined;
  const present = (name: string) => keys.count(name) - (name === beingTyped ? 1 : 0) > 0;

  const byName = new Map<string, readonly KnownVariable[]>();
  for (const schema of selection.registry.all()) {
    for (const name of Object.keys(schema.variables)) {
      if (byName.has(name) || present(name)) continue;
      byName.set(name, selection.registry.lookup(name));
    }
  }
  const items: CompletionItem[] = [];
  for (const [name, knowledge] of byName) {
    const applied = knowledge.filter((k) => selection.appliedIds.has(k.schema.id));
    const ordered = [...applied, ...knowledge.filter((k) => !selection.appliedIds.has(k.schema.id))];
    const first = ordered[0]!;
    const deprecated = ordered.every((k) => k.spec.deprecated !== undefined);
    const hasValues = ordered.some((k) => k.spec.values?.length || k.spec.type === 'boolean' || k.spec.default !== undefined || k.spec.secret);
    const item: CompletionItem = {
      label: name,
      kind: CompletionItemKind.Variable,
      detail: applied.length > 0 ? applied.map((k) => k.schema.name).join(', ') : `from ${first.schema.name}`,
      // The documentation of hundreds of keys is written only for the item the user looks at (resolve).
      // The label is the key: the data is the same for every item (so a client can take it as a default).
      data: { uri: context.document.uri } satisfies KeyItemData,
      sortText: `${deprecated ? 2 : applied.length > 0 ? 0 : 1}_${name}`,
      textEdit: { range, newText: context.env.dialect === 'python' ? `${name} = '$0'` : `${name}=` },
    };
    if (context.env.dialect === 'python') item.insertTextFormat = InsertTextFormat.Snippet;
    if (deprecated) item.tags = [CompletionItemTag.Deprecated];
    if (hasValues && context.env.dialect === 'dotenv') item.command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };
    items.push(item);
  }
  return { isIncomplete: false, items };
}

/** The key whose value the cursor is in, and the text a chosen value replaces. */
interface ValueTarget {
  readonly key: string;
  readonly replace: Span;
  readonly inQuotes: boolean;
}

function valueTarget(env: EnvDocument, lineStart: number, offset: number): ValueTarget | undefined {
  const node = nodeAt(env, lineStart);
  const assignment = node?.kind === 'assignment' && node.keySpan.start >= lineStart && node.keySpan.start < offset && node.separatorSpan.end <= offset ? node : undefined;
  if (assignment) {
    const inQuotes = assignment.form === 'quoted' && offset > assignment.valueSpan.start && offset < assignment.valueSpan.end;
    const replace = inQuotes ? assignment.innerSpan : assignment.valueSpan.end >= offset ? assignment.valueSpan : { start: offset, end: offset };
    return { key: assignment.key, replace, inQuotes };
  }
  // A Python line whose value is not a literal yet (`DEBUG = `, `NAME = 'ab`) parses as opaque code.
  if (env.dialect !== 'python') return undefined;
  const line = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(['"]?)([^'"\r\n]*)$/.exec(env.text.slice(lineStart, offset));
  if (!line) return undefined;
  const typed = line[3]!.length;
  return { key: line[1]!, replace: { start: offset - typed, end: offset }, inQuotes: line[2] !== '' };
}

/** What a key completion item carries until it is resolved (its label is the key). */
export interface KeyItemData {
  readonly uri: string;
}

/** Adds the documentation of a key completion item: every schema's knowledge, the applied ones first. */
export function resolveCompletion(context: CompletionContext, item: CompletionItem): CompletionItem {
  const data = item.data as Partial<KeyItemData & ReferenceItemData> | undefined;
  if (typeof data?.reference === 'string') return resolveReference(context, item, data);
  if (item.kind !== CompletionItemKind.Variable) return item;
  const { selection } = context;
  const knowledge = selection.registry.lookup(item.label);
  const ordered = [...knowledge.filter((k) => selection.appliedIds.has(k.schema.id)), ...knowledge.filter((k) => !selection.appliedIds.has(k.schema.id))];
  if (ordered.length === 0) return item;
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: ordered.map(describeVariable).join('\n\n---\n\n') } };
}

function valueCompletion(context: CompletionContext, target: ValueTarget, offset: number): CompletionList {
  const { document, selection } = context;
  const { key, replace, inQuotes } = target;
  const range: Range = { start: document.positionAt(Math.min(replace.start, offset)), end: document.positionAt(Math.max(replace.end, offset)) };
  const python = context.env.dialect === 'python';
  const write = (value: string, bare = false): string => {
    if (inQuotes || bare) return value;
    if (python) return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    // A value dotenv would read differently unquoted (a trailing space, a `#`, a space a shell splits at) is quoted.
    return /^[\w@%+=:,./-]*$/.test(value) ? value : (quoteForDotenv(value) ?? value);
  };

  // The schemas that apply decide the values; only when none of them knows the key do the others speak.
  const knowledge = selection.registry.lookup(key);
  const applied = knowledge.filter((k) => selection.appliedIds.has(k.schema.id));
  const ordered = applied.length > 0 ? applied : knowledge;
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (label: string, detail: string, documentation: string | undefined, preselect = false, bare = false) => {
    // A schema's default or example in a leaked token format (from a workspace file) is never offered.
    if (seen.has(label) || context.isSecret(key, label)) return;
    seen.add(label);
    items.push({
      label,
      kind: CompletionItemKind.Value,
      detail,
      ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}),
      ...(preselect ? { preselect: true } : {}),
      sortText: String(items.length).padStart(4, '0'),
      filterText: label,
      textEdit: { range, newText: write(label, bare) },
    });
  };

  // A secret gets a fresh value, never a documented example or default.
  if (context.isSecret(key, document.getText(range))) return { isIncomplete: false, items: [generatedSecretItem(context, key, ordered, range, write, document.getText(range))] };
  for (const known of ordered) {
    const { spec, schema } = known;
    for (const value of spec.values ?? []) {
      add(value.value, `${spec.type === 'enum' ? 'allowed value' : 'common value'}${value.value === spec.default ? ' (default)' : ''} — ${schema.name}`, value.description, value.value === spec.default);
    }
    if (spec.type === 'boolean') {
      const literals = booleanLiterals(spec, schema);
      const bare = python && /^(True|False)$/.test(literals.true);
      add(literals.true, `boolean${literals.true === spec.default ? ' (default)' : ''} — ${schema.name}`, undefined, literals.true === spec.default, bare);
      add(literals.false, `boolean${literals.false === spec.default ? ' (default)' : ''} — ${schema.name}`, undefined, literals.false === spec.default, bare);
    }
    if (spec.default !== undefined && spec.default !== '') add(spec.default, `default — ${schema.name}`, undefined, true);
    if (spec.example !== undefined && spec.example !== '') add(spec.example, `example — ${schema.name}`, undefined);
  }
  return { isIncomplete: false, items };
}

/** A fresh random value for a secret, as long as its schemas ask (48 characters at least). */
function generatedSecretItem(
  context: CompletionContext,
  key: string,
  knowledge: readonly KnownVariable[],
  range: Range,
  write: (value: string) => string,
  typed: string,
): CompletionItem {
  const minLength = knowledge.reduce((n, k) => Math.max(n, k.spec.minLength ?? 0), 0);
  const secret = generateSecret(minLength, context.random);
  return {
    label: 'Generate a strong random value',
    kind: CompletionItemKind.Value,
    detail: `${secret.length} random letters and digits`,
    documentation: { kind: MarkupKind.Markdown, value: `A fresh value from the system's cryptographic random source, made for ${key}. It is never a documented example.` },
    sortText: '0000',
    filterText: typed || ' ',
    textEdit: { range, newText: write(secret) },
  };
}

function referenceCompletion(context: CompletionContext, lineStart: number, position: Position, typed: number): CompletionList {
  const { env, document } = context;
  const range: Range = { start: { line: position.line, character: position.character - typed }, end: position };
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (assignment: Assignment, where: string, data: ReferenceItemData) => {
    if (seen.has(assignment.key)) return;
    seen.add(assignment.key);
    // What the variable loads is written only for the item the user looks at (resolve).
    items.push({ label: assignment.key, kind: CompletionItemKind.Variable, detail: where, data, textEdit: { range, newText: assignment.key } });
  };
  // Nearest first: the variables just above the cursor are the likeliest, and a huge file stops at the limit.
  for (let i = env.assignments.length - 1; i >= 0 && items.length < LIMITS.references; i--) {
    const assignment = env.assignments[i]!;
    if (assignment.span.end > lineStart) continue;
    add(assignment, `line ${document.positionAt(assignment.keySpan.start).line + 1}`, { uri: document.uri, reference: assignment.key, at: assignment.keySpan.start });
  }
  for (const { file, assignment } of context.loadedBefore) {
    if (items.length < LIMITS.references) add(assignment, `from ${file}`, { uri: document.uri, reference: assignment.key, file });
  }
  return { isIncomplete: items.length >= LIMITS.references, items };
}

/** What a `${` completion item carries until it is resolved: where the variable is set. */
interface ReferenceItemData {
  readonly uri: string;
  readonly reference: string;
  /** The offset of its key in this document… */
  readonly at?: number;
  /** …or the file loaded before this one that sets it. */
  readonly file?: string;
}

/** What a `${` item's variable loads, masked as everywhere else. */
function resolveReference(context: CompletionContext, item: CompletionItem, data: Partial<ReferenceItemData>): CompletionItem {
  const node = data.at === undefined ? undefined : nodeAt(context.env, data.at);
  const found =
    node?.kind === 'assignment' && node.key === data.reference
      ? { assignment: node, text: context.env.text }
      : context.loadedBefore.find((entry) => entry.file === data.file && entry.assignment.key === data.reference);
  if (!found) return item;
  const { assignment, text } = found;
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: `${assignment.key} loads ${describeValue(assignment.value, isSecretAssignment(context.isSecret, text, assignment))}.` } };
}

function directiveCompletion(context: CompletionContext, before: string, position: Position): CompletionList {
  const directive = /^\s*#\s*envsense:\s*schema\s*=\s*(?:[^\s,]+\s*,\s*)*([^\s,]*)$/.exec(before);
  if (directive) {
    const typed = directive[1]!.length;
    const range: Range = { start: { line: position.line, character: position.character - typed }, end: position };
    return {
      isIncomplete: false,
      items: context.selection.registry
        .all()
        .filter((schema) => !schema.id.includes(':'))
        .map((schema) => ({
          label: schema.id,
          kind: CompletionItemKind.Module,
          detail: schema.name,
          ...(schema.description ? { documentation: { kind: MarkupKind.Markdown, value: schema.description } } : {}),
          textEdit: { range, newText: schema.id },
        })),
    };
  }
  if (/^\s*#\s*(e(n(v(s(e(n(s(e(:\s*)?)?)?)?)?)?)?)?)?$/.test(before)) {
    const typed = /[\w:]*\s*$/.exec(before)![0].length;
    const range: Range = { start: { line: position.line, character: position.character - typed }, end: position };
    return {
      isIncomplete: false,
      items: [{ label: 'envsense: schema=', kind: CompletionItemKind.Keyword, detail: 'Choose the schemas of this file', textEdit: { range, newText: 'envsense: schema=' }, command: { title: 'Suggest schemas', command: 'editor.action.triggerSuggest' } }],
    };
  }
  return EMPTY;
}
