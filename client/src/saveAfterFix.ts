import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/**
 * The server attaches this command to fixes that edit another file (`.gitignore`): VS Code applies
 * the edit, which leaves that file as an unsaved buffer, then runs the command, which saves it. A file
 * that already had unsaved changes when the fix was offered is left for the user to save: saving it
 * would also save changes they did not choose.
 */
export const SAVE_FILES_COMMAND = 'envsense.saveFiles';

export function registerSaveFiles(): vscode.Disposable {
  return vscode.commands.registerCommand(SAVE_FILES_COMMAND, async (...uris: unknown[]) => {
    for (const uri of uris) {
      const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri);
      if (document?.isDirty) await document.save();
    }
  });
}

const isDirty = (uri: unknown) => vscode.workspace.textDocuments.some((open) => open.uri.toString() === uri && open.isDirty);

/** Drops from the save command every file that has unsaved changes at the time the fix is offered. */
export const keepUnsavedWorkUnsaved: Middleware['provideCodeActions'] = async (document, range, context, token, next) => {
  const actions = await next(document, range, context, token);
  for (const action of actions ?? []) {
    if (action instanceof vscode.CodeAction && action.command?.command === SAVE_FILES_COMMAND) {
      action.command.arguments = (action.command.arguments ?? []).filter((uri) => !isDirty(uri));
    }
  }
  return actions;
};
