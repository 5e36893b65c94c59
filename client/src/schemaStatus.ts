import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_SCHEMAS_REQUEST, type DocumentSchemasParams, type DocumentSchemasResult } from '../../server/src/protocol';

/**
 * A status bar item naming the schemas that apply to the active env or secrets file. Clicking it
 * lets the user pick schemas; the choice is written as a `# envsense: schema=…` line at the top of
 * the file (an edit the user sees and can undo), so that the CLI and the team get the same answer.
 */
export class SchemaStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('envsense.schemas', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'EnvSense schemas';
    this.item.command = 'envsense.chooseSchemas';
    this.disposables.push(
      this.item,
      vscode.commands.registerCommand('envsense.chooseSchemas', () => this.choose()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document !== vscode.window.activeTextEditor?.document) return;
        // One request after a pause in typing, not one per keystroke.
        clearTimeout(this.pending);
        this.pending = setTimeout(() => void this.refresh(), 400);
      }),
    );
  }

  async refresh(): Promise<void> {
    const result = await this.request();
    if (!result) {
      this.item.hide();
      return;
    }
    const names = result.applied.map((a) => a.name);
    const icon = result.restricted ? '$(workspace-untrusted)' : '$(symbol-namespace)';
    // One name and a count: a list of names is cut off by the status bar (the tooltip lists them all).
    const label = names.length === 0 ? 'No schema' : names.length === 1 ? names[0]! : `${names[0]!} +${names.length - 1}`;
    this.item.text = `${icon} ${label}${result.restricted ? ' (restricted)' : ''}`;
    const tooltip = new vscode.MarkdownString(
      result.applied.length > 0
        ? result.applied.map((a) => `**${a.name}** — ${a.because}`).join('\n\n')
        : 'No schema applies to this file. Click to choose one.',
    );
    if (result.readers) tooltip.appendMarkdown(`\n\nRead by ${result.readers.map((r) => `**${r.name}** — ${r.because}`).join('; ')}`);
    if (result.restricted) tooltip.appendMarkdown(`\n\n$(workspace-untrusted) ${result.restricted}`);
    for (const problem of result.problems) tooltip.appendMarkdown(`\n\n$(warning) ${problem.path}: ${problem.problems.join('; ')}`);
    tooltip.supportThemeIcons = true;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  private async request(): Promise<DocumentSchemasResult> {
    const client = this.client();
    const document = vscode.window.activeTextEditor?.document;
    if (!client || !document || !client.isRunning()) return null;
    try {
      const params: DocumentSchemasParams = { uri: document.uri.toString() };
      return await client.sendRequest<DocumentSchemasResult>(DOCUMENT_SCHEMAS_REQUEST, params);
    } catch {
      return null;
    }
  }

  private async choose(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const result = await this.request();
    if (!editor || !result) return;
    const applied = new Set(result.applied.map((a) => a.id));
    const picks = await vscode.window.showQuickPick(
      result.available.map((s) => ({ label: s.name, description: s.id, detail: plainText(s.description), picked: applied.has(s.id), id: s.id })),
      { canPickMany: true, title: 'Schemas of this file', placeHolder: 'Pick the systems this file configures' },
    );
    if (!picks) return;
    // Keep the order the file already has (it orders hovers and the status bar); new ones go last.
    const chosen = new Set(picks.map((p) => p.id));
    const ordered = [...result.applied.map((a) => a.id).filter((id) => chosen.has(id)), ...picks.map((p) => p.id).filter((id) => !applied.has(id))];
    await writeDirective(editor.document, ordered);
    await this.refresh();
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.disposables.forEach((d) => d.dispose());
  }
}

const DIRECTIVE = /^\s*#\s*envsense:\s*schema\s*=.*$/;

/** The first line of a markdown description without its markup: quick pick details are plain text. */
function plainText(markdown: string | undefined): string | undefined {
  return markdown
    ?.split('\n')[0]
    ?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|`/g, '');
}

async function writeDirective(document: vscode.TextDocument, ids: readonly string[]): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const line = ids.length > 0 ? `# envsense: schema=${ids.join(',')}` : undefined;
  const existing = [...Array(document.lineCount).keys()].map((i) => document.lineAt(i)).find((l) => DIRECTIVE.test(l.text));
  if (existing) {
    if (line) edit.replace(document.uri, existing.range, line);
    else edit.delete(document.uri, existing.rangeIncludingLineBreak);
  } else if (line) {
    edit.insert(document.uri, new vscode.Position(0, 0), `${line}${eol}`);
  }
  await vscode.workspace.applyEdit(edit);
}
