// A minimal LSP client over stdio for measuring the server as an editor sees it: each response and
// notification carries the moment its last byte arrived, and responses their size in bytes.
import { performance } from 'node:perf_hooks';
import { spawnNode } from './processes.mjs';

export class TimeoutError extends Error {}

export function startLspServer(args, { cwd } = {}) {
  const startedAt = performance.now();
  const { child, exited, isRunning } = spawnNode(args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.on('error', () => {}); // the server may be gone when the last message is written
  const pending = new Map();
  const waiters = new Set();
  let nextId = 1;
  // A server that dies fails what waits for it at once, instead of at each timeout.
  void exited.then(({ code, signal }) => {
    const gone = new Error(`the server exited (${signal ?? `code ${code}`})`);
    pending.forEach((request) => request.reject(gone));
    waiters.forEach((waiter) => waiter.reject(gone));
  });

  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };

  const dispatch = (body, at) => {
    const message = JSON.parse(body.toString('utf8'));
    if (message.method === undefined) {
      const request = pending.get(message.id);
      pending.delete(message.id);
      request?.resolve({ result: message.result, error: message.error, at, ms: at - request.sentAt, bytes: body.length });
    } else if (message.id !== undefined) {
      // workspace/configuration asks for one value per item; everything else wants null.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
      send({ id: message.id, result });
    } else {
      for (const waiter of waiters) if (waiter.matches(message)) waiter.resolve({ params: message.params, at });
    }
  };

  // Chunks are kept until a whole message is there, so a large message is copied once.
  let chunks = [];
  let length = 0;
  let bodyStart = -1;
  let bodyLength = 0;
  child.stdout.on('data', (chunk) => {
    const at = performance.now();
    chunks.push(chunk);
    length += chunk.length;
    for (;;) {
      if (bodyStart < 0) {
        const head = Buffer.concat(chunks);
        chunks = [head];
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        bodyLength = Number(/content-length:\s*(\d+)/i.exec(head.toString('ascii', 0, end))[1]);
        bodyStart = end + 4;
      }
      if (length < bodyStart + bodyLength) return;
      const all = Buffer.concat(chunks);
      const body = all.subarray(bodyStart, bodyStart + bodyLength);
      const rest = all.subarray(bodyStart + bodyLength);
      chunks = rest.length > 0 ? [rest] : [];
      length = rest.length;
      bodyStart = -1;
      dispatch(body, at);
    }
  });

  const withTimeout = (promise, timeoutMs, what, onTimeout) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        onTimeout();
        reject(new TimeoutError(`no ${what} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };

  return {
    pid: child.pid,
    startedAt,
    /** Resolves with { result, error, at, ms (send → last byte of the answer), bytes }. */
    request(method, params, timeoutMs = 30_000) {
      const id = nextId++;
      const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject, sentAt: performance.now() }));
      send({ id, method, params });
      return withTimeout(answer, timeoutMs, `answer to ${method}`, () => pending.delete(id));
    },
    notify(method, params) {
      send({ method, params });
    },
    /** Call before sending what causes the notification; resolves with { params, at }. */
    nextNotification(method, test = () => true, timeoutMs = 30_000) {
      let waiter;
      const arrived = new Promise((resolve, reject) => {
        waiter = { matches: (message) => message.method === method && test(message.params), resolve: (value) => (waiters.delete(waiter), resolve(value)), reject };
        waiters.add(waiter);
      });
      return withTimeout(arrived, timeoutMs, method, () => waiters.delete(waiter));
    },
    async stop() {
      if (isRunning()) {
        try {
          await this.request('shutdown', null, 2000);
          this.notify('exit');
        } catch {
          // A server that does not answer is killed below.
        }
        const killer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}

/** Starts the server and completes the handshake; the initialize time runs from spawn to the answer's arrival. */
export async function initializedServer(serverPath, rootPath) {
  const server = startLspServer([serverPath, '--stdio'], { cwd: rootPath });
  const rootUri = `file://${rootPath}`;
  const { at, error } = await server.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'envsense-bench' },
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    // As VS Code's client declares them: itemDefaults lets one completion list share its range and data.
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, completion: { completionItem: { snippetSupport: true }, completionList: { itemDefaults: ['editRange', 'data'] } } } },
  });
  if (error) throw new Error(`initialize failed: ${error.message}`);
  server.notify('initialized', {});
  return { server, startMs: at - server.startedAt };
}
