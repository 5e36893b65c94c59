import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, type EnvSenseSettings, type LanguageService } from '../../../server/out/service';
import type { WorkspaceFs } from '../../../server/out/service/workspace/workspaceFs';
import { memoryFs } from '../support/memoryFs';

/**
 * A workspace for navigation tests: files by absolute path (mutable, so a test can change the disk),
 * some of them open in the "editor" with their own text, and a service that sees both.
 */
export class NavigationWorkspace {
  readonly service: LanguageService;
  private readonly open = new Map<string, TextDocument>();

  constructor(
    readonly files: Record<string, string>,
    options: { folders?: string[]; settings?: EnvSenseSettings; fs?: WorkspaceFs } = {},
  ) {
    this.service = createLanguageService({
      fs: options.fs ?? memoryFs(files),
      workspaceFolders: options.folders ?? ['/workspace'],
      openDocuments: () => this.open.values(),
      ...(options.settings ? { settings: options.settings } : {}),
    });
  }

  /** Opens `path` in the editor with `text` (the disk's by default), at `version`. */
  openDocument(path: string, text = this.files[path] ?? '', version = 1): TextDocument {
    const uri = uriOf(path);
    const document = TextDocument.create(uri, path.endsWith('.py') || path.includes('.py.') ? 'python' : 'dotenv', version, text);
    this.open.set(uri, document);
    return document;
  }

  /** A document for `path` and the position of the `n`th `needle` in it (plus `into` characters). */
  at(path: string, needle: string, into = 0, n = 1): { document: TextDocument; position: Position } {
    const document = this.open.get(uriOf(path)) ?? TextDocument.create(uriOf(path), 'dotenv', 1, this.files[path] ?? '');
    const text = document.getText();
    let offset = -1;
    for (let i = 0; i < n; i++) offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} is not in ${path}`);
    return { document, position: document.positionAt(offset + into) };
  }

  /** Every file's text after `edit` is applied: open documents from the editor's text, others from the disk. */
  applied(edit: WorkspaceEdit): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [path, text] of Object.entries(this.files)) result[path] = this.open.get(uriOf(path))?.getText() ?? text;
    const apply = (uri: string, edits: TextEdit[]) => {
      const path = decodeURIComponent(new URL(uri).pathname);
      result[path] = TextDocument.applyEdits(TextDocument.create(uri, 'text', 0, result[path] ?? ''), edits);
    };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) apply(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'newText' in e));
    }
    return result;
  }
}

export function uriOf(path: string): string {
  return `file://${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Locations as a reader checks them: `file line:column-column` (1-based). */
export function located(locations: readonly Location[]): string[] {
  return locations.map(({ uri, range }) => `${basename(decodeURIComponent(new URL(uri).pathname))} ${range.start.line + 1}:${range.start.character + 1}-${range.end.character + 1}`);
}
