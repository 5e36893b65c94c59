import { basename } from 'node:path';
import type { Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { keysOf } from './definition';
import type { NavigationHost } from './host';
import { familyFiles, policyOf, type NavFile } from './navFiles';
import { occurrencesOf, type Occurrence } from './occurrences';
import { rangeIn } from './ranges';
import { invalidName } from './renameName';
import { targetAt, type Target } from './target';

export type PrepareRenameAnswer = { readonly range: Range; readonly placeholder: string } | { readonly refused: string };
export type RenameAnswer = { readonly edit: WorkspaceEdit } | { readonly refused: string };

export interface RenameOptions {
  /** The client takes versioned `documentChanges` (LSP `workspace.workspaceEdit.documentChanges`). */
  readonly documentChanges: boolean;
}

const NOT_ON_A_KEY = 'Put the cursor on a key or on a ${KEY} reference to rename it.';

/** Whether the cursor is on a key that can be renamed, and the name to start from. */
export function prepareRename(host: NavigationHost, own: NavFile, offset: number): PrepareRenameAnswer {
  const target = targetAt(own.analysis.env, policyOf(own), offset);
  if (!target) return { refused: NOT_ON_A_KEY };
  const { incomplete } = familyFiles(host, own, { fresh: false });
  if (incomplete) return { refused: leftBehind(target, incomplete) };
  return { range: rangeIn(own, target.span), placeholder: target.name };
}

/**
 * Rename a key everywhere at once: every assignment (commented-out ones too) and every reference
 * to it in every member of the family, as one workspace edit for the editor to preview and apply.
 * Open documents are edited as the editor has them (with their version where the client takes
 * versions), others as the disk has them now. Refused, with the reason, when the new name is not
 * a key the file's readers read, when it is already set in the family (one value would replace the
 * other), or when some member could not be read.
 */
export function rename(host: NavigationHost, own: NavFile, offset: number, newName: string, options: RenameOptions): RenameAnswer {
  const target = targetAt(own.analysis.env, policyOf(own), offset);
  if (!target) return { refused: NOT_ON_A_KEY };
  const { files, incomplete } = familyFiles(host, own, { fresh: true });
  if (incomplete) return { refused: leftBehind(target, incomplete) };
  const found = files.map((file) => ({ file, occurrences: occurrencesOf(file.analysis.env, policyOf(file), target.name) }));
  if (newName === target.name) return { edit: workspaceEdit([], options) };
  const referenced = found.some(({ occurrences }) => occurrences.some((o) => o.kind === 'reference'));
  const readers = own.analysis.dialect === 'dotenv' ? own.analysis.selection.readers.map((reader) => reader.id) : [];
  const invalid = invalidName(newName, own.analysis.dialect, readers, referenced);
  if (invalid) return { refused: `Cannot rename ${target.name}: ${invalid}` };
  const taken = files.find((file) => keysOf(file, newName).length > 0);
  if (taken) {
    return { refused: `Cannot rename ${target.name} to ${newName}: ${newName} is already set in ${nameOf(taken)}, and one value would replace the other.` };
  }
  return { edit: workspaceEdit(found.filter(({ occurrences }) => occurrences.length > 0), options, newName) };
}

function workspaceEdit(found: readonly { file: NavFile; occurrences: readonly Occurrence[] }[], options: RenameOptions, newName = ''): WorkspaceEdit {
  const editsOf = (file: NavFile, occurrences: readonly Occurrence[]): TextEdit[] => occurrences.map((o) => ({ range: rangeIn(file, o.span), newText: newName }));
  if (options.documentChanges) {
    const documentChanges: TextDocumentEdit[] = found.map(({ file, occurrences }) => ({
      // A file the editor does not have open has no version: null says "as it is on the disk".
      textDocument: { uri: file.uri, version: file.version ?? null },
      edits: editsOf(file, occurrences),
    }));
    return { documentChanges };
  }
  return { changes: Object.fromEntries(found.map(({ file, occurrences }) => [file.uri, editsOf(file, occurrences)])) };
}

function leftBehind(target: Target, incomplete: string): string {
  return `Cannot rename ${target.name} everywhere: ${incomplete}, so the rename could leave some of its files behind.`;
}

function nameOf(file: NavFile): string {
  return file.path === undefined ? file.uri : basename(file.path);
}
