import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, type CodeActionContext, type TextEdit } from 'vscode-languageserver-types';
import { isDiagnosticCode } from './diagnostics/codes';
import { fixesFor } from './fixes';
import type { EnvDocument } from './parser';

/** Quick fixes for EnvSense's own diagnostics, matched on the diagnostic code. */
export function getCodeActions(document: TextDocument, env: EnvDocument, context: CodeActionContext): CodeAction[] {
  if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'envsense' || !isDiagnosticCode(diagnostic.code)) continue;
    const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
    for (const fix of fixesFor(env, diagnostic.code, span)) {
      const edits: TextEdit[] = fix.changes.map((change) => ({
        range: { start: document.positionAt(change.span.start), end: document.positionAt(change.span.end) },
        newText: change.newText,
      }));
      const action = CodeAction.create(fix.title, { changes: { [document.uri]: edits } }, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      if (fix.safe) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}
