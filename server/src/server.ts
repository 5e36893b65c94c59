import {
  CompletionTriggerKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type InitializeResult,
  type CancellationToken,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clampedTextDocuments } from './clampedTextDocuments';
import { loadBundledSchemas } from './node/schemaFiles';
import { nodeGitFacts } from './node/nodeGitFacts';
import { nodeFs } from './node/nodeFs';
import { packageVersion } from './node/packageInfo';
import {
  CODE_FILES_GLOB,
  CODE_TRIGGER_CHARACTERS,
  DOCUMENT_SCHEMAS_REQUEST,
  SECRET_RANGES_REQUEST,
  WATCHED_FILES_GLOB,
  type DocumentSchemasParams,
  type DocumentSchemasResult,
  type InitializationOptions,
  type SecretRangesParams,
  type SecretRangesResult,
} from './protocol';
import { createLanguageService, readSettings } from './service';
import { withItemDefaults } from './service/completionDefaults';
import { pathOfUri } from './service/workspace/workspaceFs';
import { buildCodeIndex } from './codeIndexing';
import type { CodeIndex } from './service/code/codeIndex';
import { withSaveOfOtherFiles } from './saveAfterFix';
import { isTooLarge } from './service/diagnostics/limits';
import { CREATE_TEMPLATE_COMMAND, runCreateTemplate, type TemplateCommandResult } from './service/templates/createTemplateCommand';

/**
 * Wires LSP requests to the language service and nothing more: document sync, settings, and one
 * handler per feature. Handlers never throw to the client: a failure is logged (without any value
 * from the file) and answered with an empty result.
 */
const TYPING_PAUSE_MS = 150;

export function startServer(connection: Connection, extensionRoot: string): void {
  const documents = new TextDocuments(clampedTextDocuments);
  const { schemas, validateSchema } = loadBundledSchemas(extensionRoot);
  // An untrusted workspace (VS Code says so in initializationOptions) loads no team schema and follows
  // no directive. Git facts are read the same way in both (reading git's files runs nothing).
  const createService = (trusted: boolean) =>
    createLanguageService({ schemas, validateSchema, fs: nodeFs, trusted, git: nodeGitFacts(), openDocuments: () => documents.all() });
  let service = createService(true);
  let pullConfiguration = false;
  /** The completion-list fields the client takes as defaults for every item (LSP 3.17). */
  let completionDefaults: ReadonlySet<string> = new Set();
  let watchFiles = false;
  /** The client applies versioned edits (a rename then cannot land on a document that changed since). */
  let documentChanges = false;
  let saveFilesCommand: string | undefined;
  let workspaceFolders: readonly string[] = [];
  let codeIndex: CodeIndex | undefined;
  let shuttingDown = false;
  const reportedSchemaProblems = new Set<string>();

  const runSafe = <T>(name: string, fallback: T, work: () => T, token?: CancellationToken): T => {
    if (token?.isCancellationRequested) return fallback;
    try {
      return work();
    } catch (error) {
      connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  const validate = (document: TextDocument) => {
    const diagnostics = runSafe('validation', [], () => service.doValidation(document));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    if (service.isCodeDocument(document.uri)) {
      // A code file that now reads other names or declares another schema changes what the env files say.
      if (runSafe('code', false, () => service.updateCodeDocument(document))) documents.all().filter((open) => !service.isCodeDocument(open.uri)).forEach(validate);
      return;
    }
    for (const { path, problems } of runSafe('schemas', null, () => service.getDocumentSchemas(document))?.problems ?? []) {
      const line = `The schema ${path} is not used: ${problems.join('; ')}.`;
      if (!reportedSchemaProblems.has(line)) connection.console.warn(line);
      reportedSchemaProblems.add(line);
    }
  };

  let appliedSettings: string | undefined;
  const applySettings = (raw: unknown) => {
    const { settings, problems } = readSettings(raw);
    // Editors send the settings again on every change anywhere; revalidating every open file each time would be waste.
    const key = JSON.stringify(settings);
    if (key === appliedSettings) return;
    appliedSettings = key;
    for (const problem of problems) connection.console.warn(`Settings: ${problem}; using the default instead.`);
    service.configure(settings);
    documents.all().forEach(validate);
  };

  connection.onInitialize((params): InitializeResult => {
    const options = params.initializationOptions as InitializationOptions | undefined;
    if (options?.trusted === false) service = createService(false);
    saveFilesCommand = typeof options?.saveFilesCommand === 'string' ? options.saveFilesCommand : undefined;
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    const itemDefaults: unknown = params.capabilities.textDocument?.completion?.completionList?.itemDefaults;
    completionDefaults = new Set(Array.isArray(itemDefaults) ? itemDefaults.filter((field): field is string => typeof field === 'string') : []);
    documentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true && params.clientInfo?.name !== 'Visual Studio Code';
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.map(pathOfUri).filter((path): path is string => path !== undefined);
    service.setWorkspaceFolders(workspaceFolders);
    if (options?.settings !== undefined) applySettings(options.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source] },
        executeCommandProvider: { commands: [CREATE_TEMPLATE_COMMAND] },
        completionProvider: { triggerCharacters: ['=', '{', ' ', ',', ...CODE_TRIGGER_CHARACTERS], resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'envsense-language-server', version: packageVersion(extensionRoot) },
    };
  });

  const refreshSettings = async () => {
    if (!pullConfiguration) return;
    try {
      applySettings(await connection.workspace.getConfiguration('envsense'));
    } catch (error) {
      connection.console.warn(`Could not read the envsense settings: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  connection.onInitialized(() => {
    void refreshSettings();
    // The code is read in the background; env files are served meanwhile.
    void buildCodeIndex(connection, extensionRoot, workspaceFolders, () => shuttingDown).then((index) => {
      if (!index) return;
      codeIndex = index;
      service.setCodeIndex(index);
      documents.all().forEach(validate);
    });
    // Editors other than VS Code learn here which files to watch for us (VS Code's client watches them itself).
    if (watchFiles) {
      // An editor may refuse the registration (Emacs's eglot 1.9 answers with an error): that must not stop the server.
      const watchers = [{ globPattern: WATCHED_FILES_GLOB }, { globPattern: CODE_FILES_GLOB }];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
        connection.console.warn(`The editor did not watch the files EnvSense reads (${error instanceof Error ? error.message : String(error)}); restart the server after changing them.`);
      });
    }
  });
  connection.onDidChangeConfiguration((change) => {
    if (pullConfiguration) void refreshSettings();
    else applySettings((change.settings as { envsense?: unknown } | undefined)?.envsense);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    // A changed code file updates the index; only what the env files depend on (names read, schemas declared) revalidates them.
    const code = changes.filter((change) => service.isCodeDocument(change.uri));
    let codeFacts = false;
    for (const change of code) {
      const path = pathOfUri(change.uri);
      // An open document is followed from the editor's text, not the disk's.
      if (path === undefined || documents.get(change.uri) || !codeIndex) continue;
      const changed = change.type === FileChangeType.Deleted ? codeIndex.remove(path) : codeIndex.update(path);
      codeFacts ||= changed;
    }
    if (code.length === changes.length && !codeFacts) return;
    reportedSchemaProblems.clear();
    if (code.length === changes.length) service.codeChanged();
    else service.workspaceChanged();
    documents.all().forEach(validate);
  });

  // An opened file is checked at once; while the user types, diagnostics wait for a pause so that completion and hover answer first.
  const scheduled = new Map<string, NodeJS.Timeout>();
  const openedAt = new Map<string, number>();
  documents.onDidOpen((event) => {
    connection.console.log(`Opened ${event.document.uri} as ${service.isCodeDocument(event.document.uri) ? 'code' : service.dialectOf(event.document.uri)}.`);
    openedAt.set(event.document.uri, event.document.version);
    validate(event.document);
  });
  documents.onDidChangeContent((event) => {
    if (openedAt.get(event.document.uri) === event.document.version) return;
    clearTimeout(scheduled.get(event.document.uri));
    scheduled.set(
      event.document.uri,
      setTimeout(() => {
        scheduled.delete(event.document.uri);
        const latest = documents.get(event.document.uri);
        if (!latest) return;
        validate(latest);
        // What an env file sets decides what the open code is told (a read that no file sets).
        if (!service.isCodeDocument(latest.uri)) documents.all().filter((open) => service.isCodeDocument(open.uri)).forEach(validate);
      }, TYPING_PAUSE_MS),
    );
  });
  documents.onDidClose((event) => {
    clearTimeout(scheduled.get(event.document.uri));
    scheduled.delete(event.document.uri);
    openedAt.delete(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  const withDocument = <T>(uri: string, fallback: T, work: (document: TextDocument) => T) => {
    const document = documents.get(uri);
    return document ? work(document) : fallback;
  };

  connection.onDocumentSymbol((params, token) =>
    runSafe('documentSymbol', [], () => withDocument(params.textDocument.uri, [], (d) => service.findDocumentSymbols(d)), token),
  );
  connection.onFoldingRanges((params, token) =>
    runSafe('foldingRanges', [], () => withDocument(params.textDocument.uri, [], (d) => service.getFoldingRanges(d)), token),
  );
  connection.onCodeAction((params, token) =>
    runSafe(
      'codeAction',
      [],
      () => withDocument(params.textDocument.uri, [], (d) => withSaveOfOtherFiles(service.getCodeActions(d, params.context), d.uri, saveFilesCommand)),
      token,
    ),
  );

  // "EnvSense: Create template" for the document named in its arguments: asks before replacing a template, then applies the edit.
  connection.onExecuteCommand(async (params): Promise<TemplateCommandResult | null> => {
    // Parameters come from the client as they are: anything but this command with a uri is answered with null.
    if (params?.command !== CREATE_TEMPLATE_COMMAND) return null;
    const uri: unknown = Array.isArray(params.arguments) ? params.arguments[0] : undefined;
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document || isTooLarge(document)) {
      void connection.window.showInformationMessage(
        document ? 'EnvSense: this file is too large to make a template from.' : 'EnvSense: open the .env or secrets file to make a template from, then run Create template again.',
      );
      return null;
    }
    try {
      return await runCreateTemplate(service.fixContext(document), {
        ask: async (message, choices) => (await connection.window.showWarningMessage(message, ...choices.map((title) => ({ title }))))?.title,
        applyEdit: async (label, edit) => (await connection.workspace.applyEdit({ label, edit })).applied,
        tell: (message) => void connection.window.showInformationMessage(message),
      });
    } catch (error) {
      connection.console.error(`createTemplate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  });

  connection.onCompletion((params, token) =>
    // A quote or a dot opens an env context in code only: in an env file it is just typing.
    params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter &&
    CODE_TRIGGER_CHARACTERS.includes(params.context.triggerCharacter ?? '') &&
    !service.isCodeDocument(params.textDocument.uri)
      ? null
      : runSafe('completion', null, () => withDocument(params.textDocument.uri, null, (d) => withItemDefaults(service.doComplete(d, params.position), completionDefaults)), token),
  );
  connection.onCompletionResolve((item, token) => {
    const uri = (item.data as { uri?: unknown } | undefined)?.uri;
    return runSafe('completionResolve', item, () => (typeof uri === 'string' ? withDocument(uri, item, (d) => service.resolveCompletion(d, item)) : item), token);
  });
  connection.onHover((params, token) =>
    runSafe('hover', null, () => withDocument(params.textDocument.uri, null, (d) => service.doHover(d, params.position)), token),
  );
  connection.onDefinition((params, token) =>
    runSafe('definition', [], () => withDocument(params.textDocument.uri, [], (d) => service.findDefinition(d, params.position)), token),
  );
  connection.onReferences((params, token) =>
    runSafe('references', [], () => withDocument(params.textDocument.uri, [], (d) => service.findReferences(d, params.position, params.context.includeDeclaration)), token),
  );
  connection.onDocumentHighlight((params, token) =>
    runSafe('documentHighlight', [], () => withDocument(params.textDocument.uri, [], (d) => service.findDocumentHighlights(d, params.position)), token),
  );
  connection.onWorkspaceSymbol((params, token) => runSafe('workspaceSymbol', [], () => service.findWorkspaceSymbols(params.query), token));
  // A refusal reaches the user as the error's message (VS Code shows it where the new name is typed).
  connection.onPrepareRename((params, token) =>
    runSafe(
      'prepareRename',
      null,
      () =>
        withDocument(params.textDocument.uri, null, (d) => {
          const answer = service.prepareRename(d, params.position);
          return 'refused' in answer ? new ResponseError(LSPErrorCodes.RequestFailed, answer.refused) : answer;
        }),
      token,
    ),
  );
  connection.onRenameRequest((params, token) =>
    runSafe(
      'rename',
      null,
      () =>
        withDocument(params.textDocument.uri, null, (d) => {
          const answer = service.rename(d, params.position, params.newName, { documentChanges });
          return 'refused' in answer ? new ResponseError(LSPErrorCodes.RequestFailed, answer.refused) : answer.edit;
        }),
      token,
    ),
  );
  connection.onRequest(DOCUMENT_SCHEMAS_REQUEST, (params: DocumentSchemasParams): DocumentSchemasResult =>
    runSafe('documentSchemas', null, () => (service.isCodeDocument(params.uri) ? null : withDocument(params.uri, null, (d) => service.getDocumentSchemas(d)))),
  );
  connection.onRequest(SECRET_RANGES_REQUEST, (params: SecretRangesParams, token): SecretRangesResult =>
    runSafe('secretRanges', null, () => withDocument(params.uri, null, (d) => ({ ranges: service.secretValueRanges(d) })), token),
  );

  connection.onShutdown(() => {
    shuttingDown = true;
  });
  documents.listen(connection);
  connection.listen();
}
