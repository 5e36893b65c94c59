import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

type ExecuteCommand = NonNullable<Middleware['executeCommand']>;

/**
 * The server's commands that act on one document (`envsense.createTemplate`). The language client
 * registers each command the server lists; run from the Command Palette it gets no argument, so this
 * middleware names the active editor's document. What the server wrote (its answer's `written` uri)
 * is then saved: a template left as an unsaved buffer would not be there for git or the CLI.
 */
export function forActiveDocument(commands: readonly string[]): ExecuteCommand {
  return async (command, args, next) => {
    if (!commands.includes(command)) return next(command, args);
    const uri = args.length > 0 ? String(args[0]) : vscode.window.activeTextEditor?.document.uri.toString();
    if (uri === undefined) {
      void vscode.window.showInformationMessage('EnvSense: open a .env file or a Python secrets file first.');
      return undefined;
    }
    const result: unknown = await next(command, [uri]);
    await saveWritten(result);
    return result;
  };
}

async function saveWritten(result: unknown): Promise<void> {
  const written = typeof result === 'object' && result !== null && 'written' in result ? result.written : undefined;
  if (typeof written !== 'string') return;
  const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === written);
  if (document?.isDirty) await document.save();
}
