import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { createLanguageService, type EnvSenseSettings, type LanguageService } from '../../../server/out/service';
import { memoryFs } from './memoryFs';

export const ENV_URI = 'file:///workspace/.env';
export const SECRETS_URI = 'file:///workspace/app/secrets.py';

let version = 0;

export function documentOf(text: string, uri = ENV_URI): TextDocument {
  version += 1;
  return TextDocument.create(uri, uri.endsWith('.py') ? 'python' : 'dotenv', version, text);
}

export function serviceWith(settings?: EnvSenseSettings): LanguageService {
  return createLanguageService(settings ? { settings } : {});
}

/** A diagnostic as a user reads it in the Problems panel: code, where, and the message. */
export interface Problem {
  readonly code: string;
  readonly at: string;
  readonly message: string;
  readonly severity: number | undefined;
}

export function problemsOf(text: string, uri = ENV_URI, service = serviceWith()): Problem[] {
  return service.doValidation(documentOf(text, uri)).map(toProblem);
}

export function toProblem(diagnostic: Diagnostic): Problem {
  const { start, end } = diagnostic.range;
  return {
    code: String(diagnostic.code),
    at: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    severity: diagnostic.severity,
  };
}

/** The text of `document` after the edits of `edit` for it are applied. */
export function applyWorkspaceEdit(document: TextDocument, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = edit?.changes?.[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits);
}

/** Every quick fix offered for the diagnostics of `text`, as titles and the text each one leaves. */
export function quickFixesOf(text: string, uri = ENV_URI): { code: string; title: string; result: string; preferred: boolean }[] {
  const service = schemaService();
  const document = documentOf(text, uri);
  const diagnostics = service.doValidation(document);
  return service.getCodeActions(document, { diagnostics }).map((action) => ({
    code: String(action.diagnostics?.[0]?.code),
    title: action.title,
    result: applyWorkspaceEdit(document, action.edit),
    preferred: action.isPreferred === true,
  }));
}

const REPO_ROOT = resolve(__dirname, '../../..');
const BUNDLED = loadBundledSchemas(REPO_ROOT);

/** A service with the bundled schemas over an in-memory workspace rooted at /workspace. */
export function schemaService(files: Readonly<Record<string, string>> = {}, settings?: EnvSenseSettings): LanguageService {
  return createLanguageService({
    schemas: BUNDLED.schemas,
    validateSchema: BUNDLED.validateSchema,
    fs: memoryFs(files),
    workspaceFolders: ['/workspace'],
    ...(settings ? { settings } : {}),
    random: (size) => new Uint8Array(size).map((_, i) => (i * 7) % 248),
  });
}

/** Text with a `|` cursor: the document without it, and the cursor position. */
export function withCursor(textWithCursor: string, uri = ENV_URI): { document: TextDocument; position: Position } {
  const offset = textWithCursor.indexOf('|');
  const document = documentOf(textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), uri);
  return { document, position: document.positionAt(offset) };
}

export function completionsAt(service: LanguageService, textWithCursor: string, uri = ENV_URI) {
  const { document, position } = withCursor(textWithCursor, uri);
  const list = service.doComplete(document, position);
  return list.items.map((unresolved) => {
    const item = service.resolveCompletion(document, unresolved);
    const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : undefined;
    return {
      label: item.label,
      detail: item.detail,
      sortText: item.sortText,
      documentation: typeof item.documentation === 'object' ? item.documentation.value : item.documentation,
      newText: edit?.newText,
      /** The document's text after this completion is accepted. */
      result: edit ? TextDocument.applyEdits(document, [edit]) : undefined,
    };
  });
}

/** The hover text at the cursor, or undefined. */
export function hoverAt(service: LanguageService, textWithCursor: string, uri = ENV_URI): string | undefined {
  const { document, position } = withCursor(textWithCursor, uri);
  const hover = service.doHover(document, position);
  if (!hover) return undefined;
  return typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents);
}
