import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/**
 * A bare LSP client over the built server's stdio that can also send what no well-behaved client
 * would (any params, any id, unknown methods), and that keeps account of what is still unanswered,
 * what the server published and logged, and whether it died.
 */
export const SERVER = resolve(__dirname, '../../../dist/server.js');

export interface Answer {
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

interface Pending {
  readonly method: string;
  readonly settle: (answer: Answer) => void;
}

export class LspClient {
  private readonly server: ChildProcess;
  private readonly writer: StreamMessageWriter;
  private readonly pending = new Map<string, Pending>();
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters = new Set<() => void>();
  private nextId = 1;
  private stderr = '';
  /** Messages the server logged as errors (window/logMessage type 1), in order. */
  readonly loggedErrors: string[] = [];
  /** Responses that answered no request of ours (e.g. an answer to a notification). */
  readonly strayResponses: unknown[] = [];
  /** How the server process ended, once it has. */
  exit: string | undefined;

  constructor() {
    this.server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-2000);
    });
    this.server.stdin!.on('error', () => undefined);
    this.server.on('exit', (code, signal) => {
      this.exit = signal ? `killed by ${signal}` : `exited with code ${code}`;
      for (const [, request] of this.pending) request.settle({ error: { code: 0, message: `no answer: the server ${this.exit}` } });
      this.pending.clear();
      this.wake();
    });
    this.writer = new StreamMessageWriter(this.server.stdin!);
    new StreamMessageReader(this.server.stdout!).listen((message) => this.receive(message as unknown as Record<string, unknown>));
  }

  /** The last lines the server wrote to stderr (a crash's stack trace). */
  stderrTail(): string {
    return this.stderr;
  }

  /** Sends a request with any params at all (undefined leaves them out) and resolves with its answer. */
  request(method: string, params?: unknown, id: number | string = this.nextId++): Promise<Answer> {
    return new Promise((settle) => {
      if (this.exit) return settle({ error: { code: 0, message: `no answer: the server ${this.exit}` } });
      this.pending.set(JSON.stringify(id), { method, settle });
      this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /** Writes one message exactly as given. */
  send(message: object): void {
    if (!this.exit) void this.writer.write(message as Message).catch(() => undefined);
  }

  /** The methods of the requests still unanswered. */
  unanswered(): string[] {
    return [...this.pending.values()].map((request) => request.method);
  }

  /** The diagnostics published for `uri` at `version`, or undefined if none come within `timeoutMs`. */
  async diagnostics(uri: string, version: number, timeoutMs: number): Promise<Diagnostic[] | undefined> {
    const find = () => this.published.find((p) => p.uri === uri && p.version === version)?.diagnostics;
    const deadline = Date.now() + timeoutMs;
    while (!find() && !this.exit && Date.now() < deadline) await this.change(deadline - Date.now());
    return find();
  }

  /** Resolves when every request has been answered (true) or after `timeoutMs` (false). */
  async drained(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < deadline) await this.change(deadline - Date.now());
    return this.pending.size === 0;
  }

  async stop(): Promise<void> {
    if (!this.exit) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.request('shutdown'), new Promise((done) => (timer = setTimeout(done, 2000)))]);
      clearTimeout(timer);
      this.notify('exit');
    }
    const exited = new Promise((done) => (this.exit ? done(undefined) : this.server.once('exit', done)));
    const timer = setTimeout(() => this.server.kill(), 2000);
    await exited;
    clearTimeout(timer);
  }

  private receive(message: Record<string, unknown>): void {
    if (typeof message.method === 'string') {
      if ('id' in message) this.send({ jsonrpc: '2.0', id: message.id, result: null });
      else if (message.method === 'textDocument/publishDiagnostics') this.published.push(message.params as PublishDiagnosticsParams);
      else if (message.method === 'window/logMessage') {
        const params = message.params as { type: number; message: string };
        if (params.type === 1) this.loggedErrors.push(params.message);
      }
    } else {
      const key = JSON.stringify(message.id);
      const request = this.pending.get(key);
      if (request) {
        this.pending.delete(key);
        request.settle({ ...(message.error ? { error: message.error as Answer['error'] } : { result: message.result }) });
      } else this.strayResponses.push(message);
    }
    this.wake();
  }

  private change(timeoutMs: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(finish, Math.max(0, timeoutMs));
      function finish() {
        clearTimeout(timer);
        done();
      }
      this.waiters.add(finish);
    });
  }

  private wake(): void {
    const waiting = [...this.waiters];
    this.waiters.clear();
    waiting.forEach((finish) => finish());
  }
}
