import { basename, relative, sep } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { isTooLarge, LIMITS } from '../diagnostics/limits';
import { parse, type Assignment, type Dialect, type EnvDocument } from '../parser';
import { familyMembers } from '../workspace/envFamily';
import { isInside, pathOfUri, uriOfPath } from '../workspace/workspaceFs';
import type { NavigationHost } from './host';
import { walkWorkspace } from '../workspace/workspaceWalk';

export const SYMBOL_LIMITS = {
  /** Symbols in one answer: the editor filters further as the user types. */
  results: 1_000,
  /** Keys indexed per file, as the outline. */
  keysPerFile: LIMITS.symbols,
  /** Keys indexed over the workspace. */
  keys: 200_000,
  /** Characters read over the workspace. */
  characters: LIMITS.characters,
} as const;

/** A key of an env file: its name and where it is set; never its value, which may be a secret. */
interface KeyEntry {
  readonly name: string;
  readonly lower: string;
  readonly uri: string;
  readonly range: Range;
  readonly container: string;
}

/** The keys of the workspace's env files as the disk has them, per generation (read again after the workspace changes). */
const indexes = new WeakMap<object, Map<string, readonly KeyEntry[]>>();

/**
 * Workspace symbols (`Ctrl+T`): the keys of every env file of the workspace folders — dotenv files
 * (`.env`, `.env.*`, `*.env`, `.flaskenv`) and the Python secrets files of `envsense.secretsFiles` —
 * each once per file (where the loader takes it from: its last assignment), named with the file as
 * its container. The folders are walked once (bounded, see `walkWorkspace`) until the workspace
 * changes; open documents count as the editor has them. The query matches a key case-insensitively
 * as a substring or a subsequence; prefixes first.
 */
export function findWorkspaceSymbols(host: NavigationHost, query: string): SymbolInformation[] {
  const keys = new Map(indexOf(host));
  for (const document of host.openDocuments()) {
    const path = pathOfUri(document.uri);
    const dialect = path === undefined ? undefined : envFileDialect(host, path);
    if (path === undefined || dialect === undefined || !host.folders().some((folder) => isInside(path, folder)) || isTooLarge(document)) continue;
    keys.set(path, entriesOf(host, path, document.uri, host.analyse(document, host.dialectOf(document.uri), true).env, document));
  }
  const wanted = query.toLowerCase();
  const matches: { entry: KeyEntry; rank: number }[] = [];
  for (const entries of keys.values()) {
    for (const entry of entries) {
      const rank = matchRank(entry.lower, wanted);
      if (rank >= 0) matches.push({ entry, rank });
    }
  }
  matches.sort((a, b) => a.rank - b.rank || a.entry.name.length - b.entry.name.length || compare(a.entry.name, b.entry.name) || compare(a.entry.container, b.entry.container));
  return matches.slice(0, SYMBOL_LIMITS.results).map(({ entry }) => ({
    name: entry.name,
    kind: SymbolKind.Variable,
    location: { uri: entry.uri, range: entry.range },
    containerName: entry.container,
  }));
}

function indexOf(host: NavigationHost): Map<string, readonly KeyEntry[]> {
  const known = indexes.get(host.generation());
  if (known) return known;
  const index = new Map<string, readonly KeyEntry[]>();
  let characters = 0;
  let count = 0;
  const dialects = new Map<string, Dialect>();
  const walk = walkWorkspace(host.fs, host.folders(), (_, path) => {
    const dialect = envFileDialect(host, path);
    if (dialect !== undefined) dialects.set(path, dialect);
    return dialect !== undefined;
  });
  for (const path of walk.files) {
    // Read inside the file's workspace root only: a link out of it is not followed.
    const text = host.workspace.readInRoot(path, path);
    if (text === undefined) continue;
    characters += text.length;
    if (characters > SYMBOL_LIMITS.characters || count >= SYMBOL_LIMITS.keys) break;
    const uri = uriOfPath(path);
    const document = TextDocument.create(uri, 'dotenv', 0, text);
    if (isTooLarge(document)) continue;
    const entries = entriesOf(host, path, uri, parse(text, dialects.get(path) ?? 'dotenv'), document);
    count += entries.length;
    index.set(path, entries);
  }
  indexes.set(host.generation(), index);
  return index;
}

/** One entry per key of the file, where its last assignment sets it. */
function entriesOf(host: NavigationHost, path: string, uri: string, env: EnvDocument, document: TextDocument): KeyEntry[] {
  const last = new Map<string, Assignment>();
  for (const assignment of env.assignments) {
    if (last.size >= SYMBOL_LIMITS.keysPerFile && !last.has(assignment.key)) continue;
    last.set(assignment.key, assignment);
  }
  const container = relative(host.workspace.rootOf(path), path).split(sep).join('/') || basename(path);
  return [...last.values()].map(({ key, keySpan }) => ({
    name: key,
    lower: key.toLowerCase(),
    uri,
    range: { start: document.positionAt(keySpan.start), end: document.positionAt(keySpan.end) },
    container,
  }));
}

/** The dialect of an env file of the workspace, or undefined for any other file. */
function envFileDialect(host: NavigationHost, path: string): Dialect | undefined {
  const name = basename(path);
  if (name.includes('.py') && host.dialectOf(uriOfPath(path)) === 'python') return 'python';
  if (name === '.flaskenv' || name.endsWith('.env')) return 'dotenv';
  return familyMembers(name, []).some((member) => member.dialect === 'dotenv') ? 'dotenv' : undefined;
}

/** 0 for a prefix, 1 for a substring, 2 for a subsequence, -1 when the name does not match. */
function matchRank(name: string, query: string): number {
  const at = name.indexOf(query);
  if (at === 0) return 0;
  if (at > 0) return 1;
  let i = 0;
  for (let j = 0; j < name.length && i < query.length; j++) if (name[j] === query[i]) i++;
  return i === query.length ? 2 : -1;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
