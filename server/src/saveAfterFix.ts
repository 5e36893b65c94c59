import type { CodeAction } from 'vscode-languageserver';

/**
 * A fix that edits another file (`.gitignore`) leaves it as an unsaved buffer in most editors, and
 * the warning stays until the user finds and saves it. An editor that offers a command to save
 * documents (VS Code's client: `envsense.saveFiles`) gets it on those fixes, with the other files'
 * uris; the editor runs it right after applying the edit.
 */
export function withSaveOfOtherFiles(actions: CodeAction[], documentUri: string, saveCommand: string | undefined): CodeAction[] {
  if (saveCommand === undefined) return actions;
  return actions.map((action) => {
    const others = [
      ...new Set(
        (action.edit?.documentChanges ?? []).flatMap((change) => ('textDocument' in change && change.textDocument.uri !== documentUri ? [change.textDocument.uri] : [])),
      ),
    ];
    return others.length === 0 ? action : { ...action, command: { title: 'Save', command: saveCommand, arguments: others } };
  });
}
