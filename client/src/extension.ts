import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_SECRETS_FILES } from '../../server/src/service/settings';
import { CODE_FILES_GLOB, WATCHED_FILES_GLOB, type InitializationOptions } from '../../server/src/protocol';
import { SchemaStatus } from './schemaStatus';
import { keepUnsavedWorkUnsaved, registerSaveFiles, SAVE_FILES_COMMAND } from './saveAfterFix';
import { SecretMask } from './secretMask';
import { forActiveDocument } from './createTemplate';

/**
 * Starts EnvSense's language server for dotenv files and Python secrets files, shows its log in the
 * "EnvSense" output channel, and restarts it on request, when the secrets-file patterns change, or
 * when the user trusts the workspace.
 */
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('EnvSense', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };

  const start = async () => {
    const clientOptions: LanguageClientOptions = {
      documentSelector: [...documentSelector(), ...CODE_SELECTOR],
      synchronize: {
        configurationSection: 'envsense',
        // Files whose change alters which schemas apply or what they say; code files, for where variables are read.
        fileEvents: [vscode.workspace.createFileSystemWatcher(WATCHED_FILES_GLOB), vscode.workspace.createFileSystemWatcher(CODE_FILES_GLOB)],
      },
      outputChannel: output,
      // In restricted mode the server loads no team schema and follows no schema directive.
      initializationOptions: { trusted: vscode.workspace.isTrusted, saveFilesCommand: SAVE_FILES_COMMAND } satisfies InitializationOptions,
      middleware: { provideCodeActions: keepUnsavedWorkUnsaved, executeCommand: forActiveDocument(['envsense.createTemplate']) },
    };
    client = new LanguageClient('envsense', 'EnvSense', serverOptions, clientOptions);
    await client.start();
    await status.refresh();
  };

  const status = new SchemaStatus(() => client);
  context.subscriptions.push(status);
  context.subscriptions.push(new SecretMask(() => client, documentSelector));

  const restart = async () => {
    if (client) {
      await client.stop();
      client = undefined;
    }
    await start();
    output.info('EnvSense language server restarted.');
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('envsense.restartServer', restart),
    registerSaveFiles(),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('envsense.secretsFiles')) void restart();
    }),
    // The server learns trust when it starts; once the user trusts the folder, start it again with full features.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * Code, where the server answers only at env read sites (`process.env.`, `os.environ['`): completion,
 * hover, definition, references and rename of variables; the languages' own servers do the rest.
 */
const CODE_SELECTOR: DocumentSelector = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python'].map((language) => ({ language, scheme: 'file' }));

/**
 * dotenv files by language id; secrets files by the user's patterns, whatever language they open as.
 * Only files and unsaved documents: git's quick-diff copy of an open file (`git:` scheme, path ending in
 * `.git`) is an old version, not a file to diagnose.
 */
function documentSelector(): DocumentSelector {
  const patterns = vscode.workspace.getConfiguration('envsense').get<string[]>('secretsFiles', [...DEFAULT_SECRETS_FILES]);
  return [
    { language: 'dotenv', scheme: 'file' },
    { language: 'dotenv', scheme: 'untitled' },
    ...patterns.map((pattern) => ({ scheme: 'file', pattern: pattern.includes('/') ? pattern : `**/${pattern}` })),
  ];
}
