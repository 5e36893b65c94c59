import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { findPackageRoot } from './node/packageInfo';
import { startServer } from './server';

/**
 * `envsense-language-server --stdio` for any editor; VS Code's client starts the same file over IPC.
 */
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];

if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`)))) {
  process.stderr.write('usage: envsense-language-server --stdio\n  Speaks the Language Server Protocol over stdin/stdout.\n');
  process.exit(2);
}
startServer(createConnection(ProposedFeatures.all), findPackageRoot(__dirname));
