import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

/** Applies an edit to the disk as an editor does: create the files it creates, then apply its text edits. */
export function applyToDisk(edit: WorkspaceEdit): void {
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create' && !existsSync(fileURLToPath(change.uri))) writeFileSync(fileURLToPath(change.uri), '');
      continue;
    }
    const path = fileURLToPath(change.textDocument.uri);
    const document = TextDocument.create(change.textDocument.uri, 'text', 0, readFileSync(path, 'utf8'));
    writeFileSync(path, TextDocument.applyEdits(document, change.edits.filter((e): e is TextEdit => 'newText' in e)));
  }
}
