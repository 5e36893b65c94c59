import * as vscode from 'vscode';
import type { DocumentSelector, LanguageClient } from 'vscode-languageclient/node';
import { SECRET_RANGES_REQUEST, type SecretRangesParams, type SecretRangesResult } from '../../server/src/protocol';
import { localSecretSpans } from './localSecretSpans';
import { maskedRanges, mergeSpans, moveSpans, type OffsetSpan } from './maskGeometry';

/**
 * `envsense.maskSecrets`: hides secret values on screen, in every visible editor of a file the client
 * serves, except on the lines that hold a cursor or a selection. Only decorations: the document is
 * never edited, and copying copies the real text.
 *
 * The value's characters are taken out of the line (`display: none`) and a fixed mask is drawn in
 * their place, so that the mask's width tells nothing of the value's length. `letterSpacing` is what
 * tells VS Code that the decoration changes widths, so that it measures the line as drawn (clicks and
 * cursors land on the right character) instead of counting monospace columns.
 *
 * VS Code paints a file before any extension can decorate it. To shorten that window the first spans
 * are computed here, from the text, as soon as a file opens or shows (see localSecretSpans); the
 * server's answer replaces them when it comes. After an edit, until the server answers again, the
 * spans are the last ones moved through the edit together with those computed here, so that a value
 * only a schema calls secret stays hidden while the user types elsewhere.
 */
export class SecretMask implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    textDecoration: 'none; display: none',
    letterSpacing: '-1ch',
    before: { contentText: '••••••••', color: new vscode.ThemeColor('editorCodeLens.foreground') },
    // Like moveSpans: text typed at a value's edge is not hidden with it (the line holds the cursor anyway).
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly known = new WeakMap<vscode.TextDocument, Known>();
  /** The editors this has decorated, the only ones it needs to clear. */
  private readonly decorated = new WeakSet<vscode.TextEditor>();
  private readonly pending = new Map<vscode.TextDocument, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [];
  private retry: NodeJS.Timeout | undefined;
  private retryDelay = RETRY_FIRST_MS;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly selector: () => DocumentSelector,
  ) {
    this.disposables.push(
      this.decoration,
      vscode.workspace.onDidOpenTextDocument((document) => this.prepare(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.show(editor))),
      vscode.window.onDidChangeTextEditorSelection((event) => this.apply(event.textEditor)),
      vscode.workspace.onDidChangeTextDocument((event) => this.changed(event)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // Schemas and secrets-file patterns change what is secret; the setting itself turns masking on or off.
        if (event.affectsConfiguration('envsense')) this.showAll(true);
      }),
      // A trusted folder's team schemas may make more keys secret (the server restarts to read them).
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.showAll(true)),
    );
    this.showAll(false);
  }

  private showAll(askAgain: boolean): void {
    vscode.window.visibleTextEditors.forEach((editor) => this.show(editor, askAgain));
  }

  /** Masks an editor at once from what is known or can be computed here, then asks the server. */
  private show(editor: vscode.TextEditor, askAgain = false): void {
    const { document } = editor;
    this.prepare(document);
    this.apply(editor);
    if (this.serves(document) && (askAgain || !this.known.get(document)?.fromServer)) void this.ask(document);
  }

  /** Spans for the document's current version, from the text, unless they are known already. */
  private prepare(document: vscode.TextDocument): void {
    if (!this.serves(document) || this.known.get(document)?.version === document.version) return;
    const spans = localSecretSpans(document);
    if (spans) this.known.set(document, new Known(document.version, spans, false));
  }

  private changed(event: vscode.TextDocumentChangeEvent): void {
    const { document, contentChanges } = event;
    if (contentChanges.length === 0) return;
    // Spans known from before a change this did not follow could not be moved through it.
    if (!this.serves(document)) return void this.known.delete(document);
    // Every change of a served document passes here, so the spans known are those of the text just before this one.
    const before = this.known.get(document);
    const moved = before ? moveSpans(before.spans, contentChanges) : [];
    const local = localSecretSpans(document);
    if (before || local) this.known.set(document, new Known(document.version, mergeSpans(moved, local ?? []), false));
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.apply(editor);
    // The server's answer after a pause in typing, not one per keystroke.
    clearTimeout(this.pending.get(document));
    this.pending.set(
      document,
      setTimeout(() => {
        this.pending.delete(document);
        void this.ask(document);
      }, TYPING_PAUSE_MS),
    );
  }

  private apply(editor: vscode.TextEditor): void {
    const known = this.known.get(editor.document);
    if (!known || !this.serves(editor.document)) {
      if (this.decorated.delete(editor)) editor.setDecorations(this.decoration, []);
      return;
    }
    // Spans of another version would hide the wrong text: wait for the server.
    if (known.version !== editor.document.version) return;
    editor.setDecorations(this.decoration, maskedRanges(known.ranges(editor.document), editor.selections));
    this.decorated.add(editor);
  }

  private async ask(document: vscode.TextDocument): Promise<void> {
    const client = this.client();
    if (!client) return this.askLater();
    const version = document.version;
    let result: SecretRangesResult;
    try {
      const params: SecretRangesParams = { uri: document.uri.toString() };
      // Waits for the server while it starts.
      result = await client.sendRequest<SecretRangesResult>(SECRET_RANGES_REQUEST, params);
    } catch {
      // The server stopped or is restarting (after a settings change or when the folder is trusted).
      return this.askLater();
    }
    this.retryDelay = RETRY_FIRST_MS;
    if (!result || document.isClosed || document.version !== version || !this.serves(document)) return;
    const spans = result.ranges.map((r) => ({ start: document.offsetAt(new vscode.Position(r.start.line, r.start.character)), end: document.offsetAt(new vscode.Position(r.end.line, r.end.character)) }));
    this.known.set(document, new Known(version, spans, true));
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.apply(editor);
  }

  /** Asks again, less and less often, for the visible files the server has not answered for. */
  private askLater(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      for (const { document } of vscode.window.visibleTextEditors) {
        const known = this.known.get(document);
        if (this.serves(document) && !(known?.fromServer && known.version === document.version)) void this.ask(document);
      }
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_LAST_MS);
  }

  /** Whether masking is on for a document the client serves. */
  private serves(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration('envsense', document).get<boolean>('maskSecrets', false) && vscode.languages.match(codeSelector(this.selector()), document) > 0;
  }

  dispose(): void {
    clearTimeout(this.retry);
    this.pending.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The secret spans of one version of a document, and whether they are the server's answer. */
class Known {
  private rangesMemo: vscode.Range[] | undefined;

  constructor(
    readonly version: number,
    readonly spans: readonly OffsetSpan[],
    readonly fromServer: boolean,
  ) {}

  /** As ranges, made once: every cursor move asks for them. */
  ranges(document: vscode.TextDocument): vscode.Range[] {
    this.rangesMemo ??= this.spans.map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
    return this.rangesMemo;
  }
}

/** The client's selector as VS Code's API takes it: languages, and schemes with string globs (the only kinds it has). */
function codeSelector(selector: DocumentSelector): vscode.DocumentFilter[] {
  return selector.flatMap((filter): vscode.DocumentFilter[] => {
    if (typeof filter === 'string') return [{ language: filter }];
    if ('notebook' in filter || typeof filter.pattern === 'object') return [];
    return [{ language: filter.language, scheme: filter.scheme, pattern: filter.pattern }];
  });
}

const TYPING_PAUSE_MS = 100;
const RETRY_FIRST_MS = 100;
const RETRY_LAST_MS = 5_000;
