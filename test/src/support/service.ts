import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createLanguageService, type EnvSenseSettings, type LanguageService } from '../../../server/out/service';

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
  const service = serviceWith();
  const document = documentOf(text, uri);
  const diagnostics = service.doValidation(document);
  return service.getCodeActions(document, { diagnostics }).map((action) => ({
    code: String(action.diagnostics?.[0]?.code),
    title: action.title,
    result: applyWorkspaceEdit(document, action.edit),
    preferred: action.isPreferred === true,
  }));
}
