import { basename, dirname, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  MarkupKind,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Location,
  type Position,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { outcomeOf } from '../family/merge';
import type { LoaderSetting } from '../family/loaderIds';
import { locationIn } from '../navigation/ranges';
import type { NavFile, NavigationHost } from '../navigation';
import { pathOfUri, uriOfPath } from '../workspace/workspaceFs';
import type { CodeIndex } from './codeIndex';
import { envCompletionContext } from './completionContext';
import { codeEnvFiles, envFolderOf, type CodeEnvFiles } from './envFilesForCode';
import type { ReadSite } from './readSites';
import type { CodeLanguage } from './syntaxNode';

/**
 * Environment variables where the code reads them: completion after `process.env.` or inside
 * `os.environ['`, hover and go to definition on a read site, references and rename across the code
 * and the project's env files (see envFilesForCode). Everything about a key's value comes from the env
 * file's own hover (schemas, what each reader loads, which file wins per environment), so that a key
 * reads the same wherever the cursor is; secrets are masked there.
 */
export interface CodeHost {
  readonly nav: NavigationHost;
  readonly index: CodeIndex;
  /** The `envsense.loader` setting: which file of a family wins. */
  readonly loader: LoaderSetting;
  /** The hover of an env file at an offset, as the env file's own features give it. */
  hoverIn(file: NavFile, offset: number): Hover | null;
}

export function siteAt(index: CodeIndex, path: string, offset: number): ReadSite | undefined {
  return index.get(path)?.sites.find((site) => site.start <= offset && offset <= site.end);
}

/** Where the key is set in the project's env files: each file's last assignment first, templates last. */
function assignmentsOf(env: CodeEnvFiles, key: string): { file: NavFile; start: number; end: number }[] {
  return env.files.flatMap((file) => {
    const spans = file.analysis.env.assignments.filter((assignment) => assignment.key === key).map((assignment) => assignment.keySpan);
    return [...spans.slice(-1), ...spans.slice(0, -1)].map((span) => ({ file, start: span.start, end: span.end }));
  });
}

const READ_WITH: Readonly<Record<ReadSite['form'], string>> = {
  'process.env': '`process.env`',
  'import.meta.env': "Vite's `import.meta.env`",
  'Deno.env.get': '`Deno.env.get`',
  'Bun.env': '`Bun.env`',
  'os.environ': '`os.environ[…]` (raises KeyError when unset)',
  'os.environ.get': '`os.environ.get`',
  'os.getenv': '`os.getenv`',
  'django-environ': "django-environ's `env`",
};

function describeSite(site: ReadSite): string {
  const parts = [`read here with ${READ_WITH[site.form]}`];
  if (site.fallback !== undefined) parts.push(`the code's default when unset: \`${site.fallback.slice(0, 80)}\``);
  if (site.convertsTo) parts.push(`converted to ${site.convertsTo}`);
  if (site.guard !== undefined) parts.push(`the code tests it first: \`${site.guard}\``);
  return parts.join('; ');
}

/** What a key means for this code file, in markdown: the env file's hover where it is set, else where it was looked for. */
function keyText(host: CodeHost, env: CodeEnvFiles | undefined, key: string, codePath: string): string {
  const set = env ? assignmentsOf(env, key) : [];
  const first = set[0];
  const hover = first ? host.hoverIn(first.file, first.start) : null;
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
  const where = (file: NavFile) => relative(dirname(codePath), pathOfUri(file.uri) ?? file.uri) || basename(file.uri);
  const files = [...new Set(set.map((entry) => where(entry.file)))];
  if (files.length > 0) return [`Set in ${files.map((file) => `\`${file}\``).join(', ')}.`, ...(value ? ['---', value] : [])].join('\n\n');
  if (!env || env.files.length === 0) return 'No env file of this project sets it (none was found from this file up to the workspace folder).';
  return `Not set in ${env.files.map((file) => `\`${where(file)}\``).join(', ')}.`;
}

export function codeHover(host: CodeHost, document: TextDocument, position: Position): Hover | null {
  const path = pathOfUri(document.uri);
  const site = path === undefined ? undefined : siteAt(host.index, path, document.offsetAt(position));
  if (!path || !site) return null;
  const text = `**${site.key}** — ${describeSite(site)}.\n\n${keyText(host, codeEnvFiles(host.nav, path), site.key, path)}`;
  return { contents: { kind: MarkupKind.Markdown, value: text }, range: { start: document.positionAt(site.start), end: document.positionAt(site.end) } };
}

/** Data a code completion item carries to its resolve. */
interface CodeItemData {
  readonly uri: string;
  readonly codeKey: string;
}

export function isCodeItemData(data: unknown): data is CodeItemData {
  return typeof data === 'object' && data !== null && typeof (data as CodeItemData).codeKey === 'string' && typeof (data as CodeItemData).uri === 'string';
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function codeCompletion(host: CodeHost, document: TextDocument, position: Position, language: CodeLanguage): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  const path = pathOfUri(document.uri);
  if (!path) return empty;
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  const line = document.getText().slice(lineStart, lineEnd).replace(/\r?\n$/, '');
  const context = envCompletionContext(line, position.character, lineStart, language);
  if (!context) return empty;
  const env = codeEnvFiles(host.nav, path);
  // Keys set in an env file rank first, then template-only keys, declared ones, and keys other code reads.
  const keys = new Map<string, { rank: number; detail: string }>();
  const offer = (key: string, rank: number, detail: string) => {
    const known = keys.get(key);
    if (!known || known.rank > rank) keys.set(key, { rank, detail });
  };
  for (const file of env?.files ?? []) {
    const template = file.analysis.dialect === 'dotenv' ? /example|template|sample|dist/i.test(basename(file.uri)) : /\.(?:template|example)$/.test(file.uri);
    for (const assignment of file.analysis.env.assignments) offer(assignment.key, template ? 1 : 0, `${template ? 'template ' : ''}${basename(file.uri)}`);
  }
  const folder = env?.folder;
  for (const { path: declaring, schema } of host.index.declaredSchemas()) {
    if (envFolderOf(host.nav, declaring) !== folder) continue;
    for (const variable of schema.variables) offer(variable.name, 2, `declared in ${basename(declaring)} (${schema.library})`);
  }
  for (const key of host.index.keysRead()) offer(key, 3, 'read elsewhere in the code');
  const range = { start: document.positionAt(context.start), end: document.positionAt(context.end) };
  const items: CompletionItem[] = [];
  for (const [key, { rank, detail }] of keys) {
    if (!context.quoted && !IDENTIFIER.test(key)) continue;
    items.push({
      label: key,
      kind: CompletionItemKind.Variable,
      detail,
      sortText: `${rank}${key}`,
      textEdit: { range, newText: key },
      data: { uri: document.uri, codeKey: key } satisfies CodeItemData,
    });
  }
  return { isIncomplete: false, items };
}

export function resolveCodeCompletion(host: CodeHost, item: CompletionItem, data: CodeItemData): CompletionItem {
  const path = pathOfUri(data.uri);
  if (!path) return item;
  return { ...item, documentation: { kind: MarkupKind.Markdown, value: keyText(host, codeEnvFiles(host.nav, path), data.codeKey, path) } };
}

/** The project's env files that set the key (the first is the one that wins), then the schemas code declares for it. */
export function codeDefinition(host: CodeHost, document: TextDocument, position: Position): Location[] {
  const path = pathOfUri(document.uri);
  const site = path === undefined ? undefined : siteAt(host.index, path, document.offsetAt(position));
  if (!path || !site) return [];
  const env = codeEnvFiles(host.nav, path);
  const set = env ? assignmentsOf(env, site.key) : [];
  // The file that wins in the loader's first environment (`development` for Next.js) comes first.
  const winner = env && winningPath(host, env, site.key);
  const ordered = winner === undefined ? set : [...set.filter(({ file }) => pathOfUri(file.uri) === winner), ...set.filter(({ file }) => pathOfUri(file.uri) !== winner)];
  const locations = ordered.map(({ file, start, end }) => locationIn(file, { start, end }));
  for (const { path: declaring, schema } of host.index.declaredSchemas()) {
    if (envFolderOf(host.nav, declaring) !== env?.folder) continue;
    for (const variable of schema.variables) if (variable.name === site.key) locations.push(codeLocation(host, declaring, variable.start, variable.end));
  }
  return locations;
}

function winningPath(host: CodeHost, env: CodeEnvFiles, key: string): string | undefined {
  const dotenv = env.files.map((file) => pathOfUri(file.uri)).find((path): path is string => path !== undefined && basename(path).startsWith('.env'));
  const order = dotenv === undefined ? undefined : host.nav.workspace.familyOrder(dotenv, host.loader);
  const first = order?.plan.environments[0];
  return order && first ? outcomeOf(key, first.steps, order.readOf).winner?.step.path : undefined;
}

/** Every read site of `key` in the code files whose env folder is `folder` (their project); each file read once. */
export function readSitesIn(host: CodeHost, folder: string | undefined, key: string): Location[] {
  const documents = new Map<string, TextDocument>();
  const folders = new Map<string, string | undefined>();
  const locations: Location[] = [];
  for (const { path, site } of host.index.readsOf(key)) {
    const codeFolder = folders.has(dirname(path)) ? folders.get(dirname(path)) : envFolderOf(host.nav, path);
    folders.set(dirname(path), codeFolder);
    if (codeFolder !== folder) continue;
    const document = documents.get(path) ?? textOf(host, path).document;
    documents.set(path, document);
    locations.push({ uri: document.uri, range: { start: document.positionAt(site.start), end: document.positionAt(site.end) } });
  }
  return locations;
}

function codeLocation(host: CodeHost, path: string, start: number, end: number): Location {
  const { document } = textOf(host, path);
  return { uri: document.uri, range: { start: document.positionAt(start), end: document.positionAt(end) } };
}

/** A code file as the editor has it when open, else as the disk has it (inside the workspace). */
function textOf(host: CodeHost, path: string): { document: TextDocument; open: boolean } {
  for (const document of host.nav.openDocuments()) if (pathOfUri(document.uri) === path) return { document, open: true };
  const text = host.nav.workspace.readInRoot(path, path) ?? '';
  return { document: TextDocument.create(uriOfPath(path), 'plaintext', 0, text), open: false };
}

/** The env files' occurrences of the key (through `envReferences`) and every read site of it in the project's code. */
export function codeReferences(host: CodeHost, document: TextDocument, position: Position, envReferences: (file: NavFile, offset: number) => Location[]): Location[] {
  const path = pathOfUri(document.uri);
  const site = path === undefined ? undefined : siteAt(host.index, path, document.offsetAt(position));
  if (!path || !site) return [];
  const env = codeEnvFiles(host.nav, path);
  const set = env ? assignmentsOf(env, site.key)[0] : undefined;
  return [...(set ? envReferences(set.file, set.start) : []), ...readSitesIn(host, env?.folder, site.key)];
}

export type CodeRenameAnswer = { readonly edit: WorkspaceEdit } | { readonly refused: string };

/**
 * Renames the key of a read site everywhere: in the env files (`envRename`, navigation's rename,
 * which checks the name against the files' readers) and at every read site of the project's code.
 */
export function codeRename(
  host: CodeHost,
  document: TextDocument,
  position: Position,
  newName: string,
  envRename: (file: NavFile, offset: number) => CodeRenameAnswer,
): CodeRenameAnswer {
  const path = pathOfUri(document.uri);
  const site = path === undefined ? undefined : siteAt(host.index, path, document.offsetAt(position));
  if (!path || !site) return { refused: 'Rename works on the name of an environment variable the code reads.' };
  const env = codeEnvFiles(host.nav, path);
  const set = env ? assignmentsOf(env, site.key)[0] : undefined;
  if (!set && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(newName)) return { refused: `\`${newName}\` is not a name an env file can set.` };
  const answer = set ? envRename(set.file, set.start) : { edit: {} };
  return 'refused' in answer ? answer : withCodeEdits(host, answer.edit, env?.folder, site.key, newName);
}

/** Adds the renames of every read site of `key` in the project's code to an env files' rename. */
export function withCodeEdits(host: CodeHost, edit: WorkspaceEdit, folder: string | undefined, key: string, newName: string): CodeRenameAnswer {
  const byFile = new Map<string, { code: { document: TextDocument; open: boolean }; sites: ReadSite[] }>();
  for (const { path, site } of host.index.readsOf(key)) {
    if (envFolderOf(host.nav, path) !== folder) continue;
    const entry = byFile.get(path) ?? { code: textOf(host, path), sites: [] };
    // `process.env.KEY` needs an identifier; `process.env['KEY']` and `os.environ['KEY']` take any name.
    if (entry.code.document.getText().charAt(site.start - 1) === '.' && !IDENTIFIER.test(newName)) {
      return { refused: `\`${newName}\` cannot follow \`${site.form}.\` in ${basename(path)}: it is not an identifier.` };
    }
    entry.sites.push(site);
    byFile.set(path, entry);
  }
  if (byFile.size === 0) return { edit };
  const documentChanges = [...(edit.documentChanges ?? [])];
  const changes = { ...(edit.changes ?? {}) };
  const versioned = edit.documentChanges !== undefined || edit.changes === undefined;
  for (const { code, sites } of byFile.values()) {
    const { document, open } = code;
    const edits: TextEdit[] = sites.map((site) => ({ range: { start: document.positionAt(site.start), end: document.positionAt(site.end) }, newText: newName }));
    if (versioned) documentChanges.push(TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(document.uri, open ? document.version : null), edits));
    else changes[document.uri] = edits;
  }
  return { edit: versioned ? { documentChanges } : { changes } };
}
