import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** The built server, started over stdio as another editor starts it. */
export const SERVER = resolve(__dirname, '../../../dist/server.js');

export interface StdioServer {
  readonly connection: MessageConnection;
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** The diagnostics published for `uri` (at `version`, when given), waiting for them if need be. */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** shutdown, exit, and the process is gone. */
  stop(): Promise<void>;
}

export interface ServerStart {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** `initialize` is sent with these, and `initialized` after it; without them nothing is sent. */
  readonly initialize?: { readonly rootUri: string | null; readonly capabilities?: unknown; readonly initializationOptions?: unknown };
}

export async function startStdioServer(start: ServerStart = {}): Promise<StdioServer> {
  const server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: start.cwd, env: start.env, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiting = new Set<() => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const wake of [...waiting]) wake();
  });
  connection.onRequest('workspace/configuration', () => [null]);
  connection.listen();
  if (start.initialize) {
    await connection.sendRequest('initialize', { processId: process.pid, capabilities: {}, ...start.initialize });
    await connection.sendNotification('initialized', {});
  }
  return {
    connection,
    published,
    diagnostics: (uri, version) =>
      new Promise((done) => {
        const check = () => {
          const found = published.find((p) => p.uri === uri && (version === undefined || p.version === version));
          if (!found) return;
          waiting.delete(check);
          done(found.diagnostics);
        };
        waiting.add(check);
        check();
      }),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      server.kill();
    },
  };
}
