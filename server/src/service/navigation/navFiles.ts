import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { isTooLarge, LIMITS } from '../diagnostics/limits';
import type { Dialect } from '../parser';
import { pathOfUri, uriOfPath } from '../workspace/workspaceFs';
import type { NavigationHost } from './host';
import type { ReferencePolicy } from './occurrences';

/** A file navigation looks into: an open document (the editor's text and version) or a file read from the disk. */
export interface NavFile {
  /** The uri the editor knows the document by, or the file's own for one read from the disk. */
  readonly uri: string;
  readonly path: string | undefined;
  readonly analysis: DocumentAnalysis;
  /** The editor's version of an open document; undefined for a file read from the disk. */
  readonly version: number | undefined;
}

/**
 * More members than a real family has (a handful): a folder of hundreds of `.env.*` files is read
 * only this far, and a rename refuses rather than leave some of them behind.
 */
export const MAX_FAMILY_FILES = 64;

/** Python files hold no references, so their policy never asks for a reader or a secret test. */
const PYTHON_POLICY: ReferencePolicy = { reader: 'dotenv', isSecret: () => false };

export function policyOf(file: NavFile): ReferencePolicy {
  const { analysis } = file;
  return analysis.dialect === 'python' ? PYTHON_POLICY : { reader: analysis.selection.reader.id, isSecret: analysis.isSecret };
}

export function openFile(host: NavigationHost, document: TextDocument): NavFile {
  return { uri: document.uri, path: pathOfUri(document.uri), analysis: host.analyse(document, host.dialectOf(document.uri), true), version: document.version };
}

export interface FamilyFiles {
  /** The file itself first, then the other members that could be read, by name. */
  readonly files: readonly NavFile[];
  /** Why some member was not read (too many, too large), in words; a rename then refuses. */
  readonly incomplete?: string;
}

/** What was read from the disk, per generation (settings and workspace): dropped when the workspace changes. */
const MAX_CACHED_FILES = 512;
const diskFiles = new WeakMap<object, Map<string, NavFile>>();

/**
 * The members of `own`'s env family (`WorkspaceView.family`): an open member as the editor has it,
 * any other read from the disk inside the workspace root (`readInRoot`: a link out of it is not
 * followed). A member reached twice through links counts once. `fresh` reads the disk again (a
 * rename must not edit a stale copy); otherwise what was read since the last workspace change is used.
 */
export function familyFiles(host: NavigationHost, own: NavFile, options: { readonly fresh: boolean }): FamilyFiles {
  if (own.path === undefined) return { files: [own] };
  const members = host.workspace.family(own.path);
  const open = new Map<string, TextDocument>();
  for (const document of host.openDocuments()) {
    const path = pathOfUri(document.uri);
    if (path !== undefined) open.set(path, document);
  }
  const cache = diskCache(host);
  const files: NavFile[] = [own];
  const seen = new Set([host.fs.realPath(own.path) ?? own.path]);
  let characters = own.analysis.text.length;
  for (const member of members) {
    if (member.path === own.path) continue;
    if (files.length >= MAX_FAMILY_FILES) return { files, incomplete: `its folder holds more than ${MAX_FAMILY_FILES} env files of this family` };
    const real = host.fs.realPath(member.path);
    if (real === undefined || seen.has(real)) continue;
    seen.add(real);
    const document = open.get(member.path);
    const file = document ? openFile(host, document) : diskFile(host, cache, member.path, member.dialect, own.path, options.fresh);
    if (!file) continue;
    characters += file.analysis.text.length;
    if (characters > LIMITS.characters || isTooLarge(file.analysis.document)) return { files, incomplete: `${basename(member.path)} is too large to analyse` };
    files.push(file);
  }
  return { files };
}

/**
 * One env file read for a feature of another document (a code file's read site): open in the editor
 * as the editor has it, else from the disk inside `documentPath`'s workspace root, kept per generation.
 */
export function memberFile(host: NavigationHost, path: string, dialect: Dialect, documentPath: string): NavFile | undefined {
  for (const document of host.openDocuments()) if (pathOfUri(document.uri) === path) return openFile(host, document);
  return diskFile(host, diskCache(host), path, dialect, documentPath, false);
}

function diskCache(host: NavigationHost): Map<string, NavFile> {
  let cache = diskFiles.get(host.generation());
  if (!cache) {
    cache = new Map();
    diskFiles.set(host.generation(), cache);
  }
  return cache;
}

function diskFile(host: NavigationHost, cache: Map<string, NavFile>, path: string, dialect: Dialect, documentPath: string, fresh: boolean): NavFile | undefined {
  const cached = cache.get(path);
  if (cached && !fresh) return cached;
  const text = host.workspace.readInRoot(path, documentPath);
  if (text === undefined) return undefined;
  if (cached && cached.analysis.text === text) return cached;
  const uri = uriOfPath(path);
  const document = TextDocument.create(uri, dialect === 'python' ? 'python' : 'dotenv', 0, text);
  const file: NavFile = { uri, path, analysis: host.analyse(document, dialect, false), version: undefined };
  if (cache.size >= MAX_CACHED_FILES) cache.clear();
  cache.set(path, file);
  return file;
}
