import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionKind,
  CodeActionTriggerKind,
  CreateFile,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  type CodeActionContext,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { isDiagnosticCode } from './diagnostics/codes';
import type { Finding } from './diagnostics/finding';
import { fixesFor, type Fix, type FixContext, type TextChange } from './fixes';
import { CREATE_TEMPLATE_KIND, createTemplateAction } from './templates/createTemplate';
import { uriOfPath } from './workspace/workspaceFs';

/**
 * Quick fixes for EnvSense's own diagnostics, matched on the diagnostic code, and the source action
 * "Create .env.example from .env". A diagnostic the editor holds may be older than the text
 * (diagnostics wait for a pause in typing): only one that the current text still produces, same code
 * and same place, gets a fix.
 */
export function getCodeActions(document: TextDocument, fixContext: FixContext, context: CodeActionContext, current: readonly Finding[]): CodeAction[] {
  const actions = requested(context, CodeActionKind.QuickFix) ? quickFixes(document, fixContext, context, current) : [];
  // A source action is about the whole file: offered when asked for by kind (VS Code's Source
  // Action…), or when the user asks for every action (Neovim, Helix: `triggerKind` Invoked, no kind);
  // not on every move of the cursor, nor to a client that does not say why it asks.
  const asked = context.only ? requested(context, CREATE_TEMPLATE_KIND) : context.triggerKind === CodeActionTriggerKind.Invoked;
  const create = asked ? createTemplateAction(fixContext) : undefined;
  if (create) actions.push(CodeAction.create(create.title, create.edit, create.kind));
  return actions;
}

/** Whether the request's `only` lets actions of `kind` through (kinds are hierarchical: `source` takes `source.createTemplate`). */
function requested(context: CodeActionContext, kind: string): boolean {
  return !context.only || context.only.some((only) => only === '' || kind === only || kind.startsWith(`${only}.`));
}

function quickFixes(document: TextDocument, fixContext: FixContext, context: CodeActionContext, current: readonly Finding[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'envsense' || !isDiagnosticCode(diagnostic.code)) continue;
    const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
    if (!current.some((f) => f.code === diagnostic.code && f.span.start === span.start && f.span.end === span.end)) continue;
    for (const fix of fixesFor(fixContext, diagnostic.code, span)) {
      const action = CodeAction.create(fix.title, workspaceEdit(document, fix), CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      if (fix.safe) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}

function textEdits(document: TextDocument, changes: readonly TextChange[]): TextEdit[] {
  return changes.map((change) => ({
    range: { start: document.positionAt(change.span.start), end: document.positionAt(change.span.end) },
    newText: change.newText,
  }));
}

/** A plain `changes` edit for this document; `documentChanges` when another file is edited or created. */
function workspaceEdit(document: TextDocument, fix: Fix): WorkspaceEdit {
  if (!fix.otherFiles || fix.otherFiles.length === 0) return { changes: { [document.uri]: textEdits(document, fix.changes) } };
  const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
  if (fix.changes.length > 0) {
    documentChanges.push(TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(document.uri, document.version), textEdits(document, fix.changes)));
  }
  for (const other of fix.otherFiles) {
    const uri = uriOfPath(other.path);
    if (other.existing === undefined) documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
    const target = TextDocument.create(uri, 'ignore', 0, other.existing ?? '');
    documentChanges.push(TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, null), textEdits(target, other.changes)));
  }
  return { documentChanges };
}
