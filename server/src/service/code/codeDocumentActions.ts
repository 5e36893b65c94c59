import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, type CodeActionContext, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Fix } from '../fixes/fix';
import { pathOfUri, uriOfPath } from '../workspace/workspaceFs';
import { addReadKeyFix } from './addReadKeyFix';
import { codeFindings, type CodeDocumentInput } from './codeDiagnostics';
import { projectEnvOf } from './projectEnv';

/**
 * Quick fixes for the diagnostics of a code document: "Add KEY to .env.example" for `read-but-not-set`.
 * As for env files, only a diagnostic the current text still produces (same code, same place) gets a
 * fix: the editor may hold diagnostics older than the text.
 */
export function codeDocumentActions(input: CodeDocumentInput, context: CodeActionContext): CodeAction[] {
  if (!quickFixesAsked(context)) return [];
  const asked = context.diagnostics.filter((diagnostic) => diagnostic.source === 'envsense' && diagnostic.code === 'read-but-not-set');
  const path = pathOfUri(input.document.uri);
  if (asked.length === 0 || path === undefined) return [];
  const findings = codeFindings(input);
  const project = projectEnvOf({ environment: input.environment, path, openText: input.openText });
  if (!project) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of asked) {
    const start = input.document.offsetAt(diagnostic.range.start);
    const end = input.document.offsetAt(diagnostic.range.end);
    const finding = findings.find((f) => f.code === diagnostic.code && f.span.start === start && f.span.end === end);
    if (!finding) continue;
    const site = input.sites[finding.site]!;
    const fix = addReadKeyFix(input.environment, project, path, site.key, keysReadBefore(input, finding.site));
    if (!fix) continue;
    const action = CodeAction.create(fix.title, otherFilesEdit(fix), CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  return actions;
}

/** Whether the request's `only` lets quick fixes through (kinds are hierarchical: `quickfix` under ``). */
function quickFixesAsked(context: CodeActionContext): boolean {
  return !context.only || context.only.some((only) => only === '' || only === CodeActionKind.QuickFix);
}

/** The keys read before the site in the document, the nearest first (each once): the new line goes after the first the target sets. */
function keysReadBefore(input: CodeDocumentInput, index: number): string[] {
  const keys = new Set<string>();
  const site = input.sites[index]!;
  for (let i = index - 1; i >= 0; i--) {
    const before = input.sites[i]!;
    if (before.start < site.start && before.key !== site.key) keys.add(before.key);
  }
  return [...keys];
}

/** The fix's edits of other files (a code fix never edits the code), versioned null: the files may not be open. */
function otherFilesEdit(fix: Fix): WorkspaceEdit {
  return {
    documentChanges: (fix.otherFiles ?? []).map((other) => {
      const target = TextDocument.create(uriOfPath(other.path), 'ignore', 0, other.existing ?? '');
      const edits = other.changes.map((change) => ({ range: { start: target.positionAt(change.span.start), end: target.positionAt(change.span.end) }, newText: change.newText }));
      return TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(target.uri, null), edits);
    }),
  };
}
