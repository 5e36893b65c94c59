import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionContext, CompletionItem, CompletionList, Diagnostic, Position } from 'vscode-languageserver-protocol';
import { nodeGitFacts } from '../../../server/out/node/nodeGitFacts';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { createLanguageService, readSettings, type LanguageService } from '../../../server/out/service';
import { LspClient, type Answer } from '../support/lspClient';
import { applyChanges, type ModelChange } from '../support/lspTextModel';
import { documentText, editText, seededRandom } from './stormText';

/**
 * One protocol storm against the built server: documents opened, edited (in and out of range,
 * malformed), closed and edited again; every request at random and out-of-range positions, with
 * malformed params, for closed documents, and unknown methods. Holds the server to:
 * - it never dies, and answers every request (unknown methods with MethodNotFound), never a notification;
 * - a well-formed request on an open document gets what the same language service gives for the text
 *   that the LSP specification says the edits leave (so the server's copy of each document is checked);
 * - after the storm, each open document's diagnostics equal those of a fresh server opened with that text.
 */
export interface StormOptions {
  readonly seed: number;
  readonly steps: number;
  /** Length of the huge lines that are sometimes typed or opened. */
  readonly hugeLine: number;
  /** How long to wait for answers and diagnostics before calling the server stuck. */
  readonly patienceMs: number;
  /** Now and then send an edit under the version the document already has, as a buggy client might. */
  readonly reuseVersions?: boolean;
}

export interface StormResult {
  readonly failures: readonly string[];
  readonly requests: number;
  readonly notifications: number;
  /** Well-formed requests whose non-empty answer matched the service's on the expected text. */
  readonly matchedAnswers: number;
  /** Distinct first lines of what the server logged as errors (handlers that failed on malformed params). */
  readonly serverErrors: readonly string[];
}

const ROOT = 'file:///workspace';
const URIS = [
  `${ROOT}/.env`,
  `${ROOT}/.env.example`,
  `${ROOT}/config/prod.env`,
  `${ROOT}/app/secrets.py`,
  `${ROOT}/app/local_settings.py`,
  `${ROOT}/caf%C3%A9%20%E2%80%A8.env`,
  'untitled:Untitled-1',
];
const NEVER_OPENED = `${ROOT}/never-opened.env`;
const INITIALIZE = { processId: null, rootUri: ROOT, workspaceFolders: null, capabilities: {} };
const METHOD_NOT_FOUND = -32601;
const UNKNOWN_REQUESTS = ['textDocument/unknown', 'envsense/nope', 'textDocument/implementation', 'textDocument/formatting', '$/unknownRequest'];
const UNKNOWN_NOTIFICATIONS = ['textDocument/unknown', 'envsense/nope', '$/unknownNotification', '$/setTrace', 'textDocument/didSave', 'textDocument/willSave'];
const NAVIGATION = ['textDocument/definition', 'textDocument/references', 'textDocument/prepareRename', 'textDocument/rename', 'textDocument/documentHighlight', 'workspace/symbol'];
const FEATURES = ['textDocument/completion', 'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeAction', 'completionItem/resolve', 'envsense/documentSchemas', 'envsense/secretRanges'] as const;
type Feature = (typeof FEATURES)[number];

interface OpenDocument {
  text: string;
  languageId: unknown;
  version: unknown;
}

export async function runStorm(options: StormOptions): Promise<StormResult> {
  const random = seededRandom(options.seed);
  const failures: string[] = [];
  const fail = (step: number, what: string) => failures.push(`step ${step}: ${what}`);
  const open = new Map<string, OpenDocument>();
  const mirror = mirrorService();
  let settings: { raw: unknown } | undefined;
  let nextVersion = 1;
  let requests = 0;
  let notifications = 0;
  let matchedAnswers = 0;
  const answers: Promise<void>[] = [];

  const client = new LspClient();
  const notify = (method: string, params?: unknown) => {
    notifications += 1;
    client.notify(method, params);
  };
  const request = (step: number, method: string, params: unknown, check: (answer: Answer) => string | undefined, id?: string) => {
    requests += 1;
    answers.push(
      client.request(method, params, id).then((answer) => {
        const problem = check(answer);
        if (problem) fail(step, `${method}: ${problem}`);
      }),
    );
  };
  const anyAnswer = () => undefined;
  const openUri = () => random.pick([...open.keys()]);

  const position = (text: string | undefined): Position => {
    const lines = text === undefined ? 3 : text.split(/\r\n|\r|\n/).length;
    switch (random.int(6)) {
      case 0: return { line: random.int(lines), character: random.int(20) };
      case 1: return { line: lines - 1, character: 1_000_000 };
      case 2: return { line: lines + random.int(3), character: random.int(5) };
      case 3: return { line: 2 ** 31 - 1, character: 2 ** 31 - 1 };
      case 4: return { line: random.int(lines), character: 0 };
      default: return { line: random.int(lines + 1), character: random.int(200) };
    }
  };
  const editPosition = (text: string | undefined): Position =>
    random.chance(0.05) ? { line: -random.int(3), character: -random.int(3) } : position(text);
  const change = (text: string | undefined): ModelChange =>
    random.chance(0.08)
      ? { text: documentText(random, random.pick(URIS), options.hugeLine) }
      : { range: { start: editPosition(text), end: editPosition(text) }, text: editText(random, options.hugeLine) };

  try {
    await client.request('initialize', INITIALIZE);
    client.notify('initialized', {});

    // Per 100 steps: 10 opens, 32 edits, 5 malformed edits or opens, 4 closes, 25 well-formed requests,
    // 5 requests for closed documents, 8 malformed requests, 3 unknown requests, 2 unknown notifications,
    // 2 settings changes, 1 watched-files change, 2 stray cancellations, 1 raw oddity.
    for (let step = 0; step < options.steps; step += 1) {
      const roll = random.int(100);
      if (roll < 10 || open.size === 0) {
        const uri = random.pick(URIS);
        const text = documentText(random, uri, options.hugeLine);
        const languageId = uri.endsWith('.py') ? 'python' : random.pick(['dotenv', 'dotenv', 'plaintext', 'properties']);
        const version = nextVersion++;
        notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
        open.set(uri, { text, languageId, version });
      } else if (roll < 42) {
        // Incremental edits, mostly to open documents, sometimes to closed or never-opened ones.
        const uri = random.chance(0.9) ? openUri() : random.pick([...URIS, NEVER_OPENED]);
        const document = open.get(uri);
        const changes = Array.from({ length: 1 + random.int(3) }, () => change(document?.text));
        const version = options.reuseVersions && document && random.chance(0.1) ? document.version : nextVersion++;
        notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        if (document) {
          document.text = applyChanges(document.text, changes);
          document.version = version;
        }
      } else if (roll < 47) {
        malformedChange();
      } else if (roll < 51) {
        const uri = random.chance(0.8) ? openUri() : random.pick([...URIS, NEVER_OPENED]);
        notify('textDocument/didClose', { textDocument: { uri } });
        open.delete(uri);
      } else if (roll < 76) {
        wellFormedRequest(step, openUri());
      } else if (roll < 81) {
        const uri = random.pick([...URIS, NEVER_OPENED].filter((u) => !open.has(u)).concat(NEVER_OPENED));
        requestForClosed(step, uri);
      } else if (roll < 89) {
        malformedRequest(step);
      } else if (roll < 92) {
        request(step, random.pick(UNKNOWN_REQUESTS), random.pick([undefined, null, {}, [1, 2]]), (answer) =>
          answer.error?.code === METHOD_NOT_FOUND ? undefined : `answered ${JSON.stringify(answer).slice(0, 120)} instead of MethodNotFound`,
        );
      } else if (roll < 92.5) {
        // Navigation over the family and the code: an answer (or a refusal) for whatever position, name or query, never a crash.
        const textDocument = { uri: open.size > 0 ? openUri() : NEVER_OPENED };
        const at = position(open.get(textDocument.uri)?.text);
        request(
          step,
          random.pick(NAVIGATION),
          random.pick<unknown>([
            { textDocument, position: at, context: { includeDeclaration: random.chance(0.5) } },
            { textDocument, position: at, newName: random.pick(['B', 'A B', '', '${X}', 'é', 'x'.repeat(10_000)]) },
            { query: random.pick(['', 'a', 'KEY', '.*', '\u0000']) },
            null,
            {},
          ]),
          anyAnswer,
        );
      } else if (roll < 93) {
        // A command with whatever parameters: answered, never a crash (a real run needs an open file and asks the user).
        request(step, 'workspace/executeCommand', random.pick([undefined, null, {}, [1, 2], { command: 'envsense.createTemplate' }, { command: 'envsense.createTemplate', arguments: [NEVER_OPENED] }, { command: 'other' }]), anyAnswer);
      } else if (roll < 94) {
        notify(random.pick(UNKNOWN_NOTIFICATIONS), random.pick([undefined, null, {}, { textDocument: { uri: openUri() } }]));
      } else if (roll < 96) {
        changeSettings();
      } else if (roll < 97) {
        notify('workspace/didChangeWatchedFiles', random.pick([{ changes: [] }, { changes: [{ uri: `${ROOT}/.gitignore`, type: 2 }] }, null, {}]));
        mirror.service.workspaceChanged();
      } else if (roll < 99) {
        if (random.chance(0.5)) {
          // A request cancelled at once: any answer will do (its result, an empty one, or RequestCancelled), but one must come.
          const id = `cancelled-${step}`;
          request(step, random.pick(FEATURES), { textDocument: { uri: open.size > 0 ? openUri() : NEVER_OPENED }, position: position(undefined) }, anyAnswer, id);
          notify('$/cancelRequest', { id });
        } else {
          notify('$/cancelRequest', random.pick([undefined, null, {}, { id: -1 }, { id: 'not-a-request' }]));
        }
      } else {
        rawOddity(step);
      }
    }

    // A last no-op edit to each document, so that its diagnostics must be computed after everything else.
    for (const [uri, document] of open) {
      document.version = nextVersion++;
      notify('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [{ range: { start: { line: 1e9, character: 0 }, end: { line: 1e9, character: 0 } }, text: '' }] });
    }
    if (!(await client.drained(options.patienceMs))) fail(options.steps, `no answer to ${client.unanswered().join(', ')}`);
    await Promise.all(answers);
    await compareWithFreshServer(client, open, settings, options, (what) => fail(options.steps, what));
    // A dead server fails every request after it: say first why.
    if (client.exit) failures.unshift(`the server ${client.exit} by step ${options.steps}: ${client.stderrTail()}`);
    for (const stray of client.strayResponses) fail(options.steps, `an answer to no request: ${JSON.stringify(stray).slice(0, 200)}`);
    for (const line of client.loggedErrors) {
      if (/^(validation|schemas) failed/.test(line)) fail(options.steps, `the server logged: ${line.split('\n').slice(0, 3).join(' | ')}`);
    }
  } finally {
    await client.stop();
  }
  const firstLines = client.loggedErrors.map((line) => line.split('\n')[0]!.replace(/\b(?:file|untitled):\S+/g, '<uri>'));
  return { failures, requests, notifications, matchedAnswers, serverErrors: [...new Set(firstLines)] };

  function malformedChange(): void {
    const uri = random.chance(0.8) && open.size > 0 ? openUri() : NEVER_OPENED;
    const document = open.get(uri);
    const version = nextVersion++;
    const valid = change(document?.text);
    const junk: unknown[] = [null, 42, {}, { text: 5 }, { range: null, text: 'x' }, { range: { start: { line: 0, character: 0 } }, text: 'x' }, { range: { start: { line: '0', character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }, { range: { start: 5, end: 6 }, text: 'y' }];
    switch (random.int(5)) {
      case 0: {
        // Junk around a real change: the junk is skipped, the real change applies, the version moves.
        notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [random.pick(junk), valid, random.pick(junk)] });
        if (document) Object.assign(document, { text: applyChanges(document.text, [valid]), version });
        return;
      }
      case 1:
        // Without a version the whole notification is refused.
        notify('textDocument/didChange', { textDocument: { uri, version: random.pick([null, undefined]) }, contentChanges: [valid] });
        return;
      case 2:
        notify('textDocument/didChange', random.pick([null, {}, { textDocument: null, contentChanges: [valid] }, { textDocument: { uri, version }, contentChanges: null }, { textDocument: { uri, version }, contentChanges: [] }]));
        return;
      case 3:
        // A list that is not a list: nothing to apply, but the version is taken.
        notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: random.pick([{}, 'x']) });
        if (document) document.version = version;
        return;
      default: {
        // An open with text that is not text (an empty document), or with no document at all (refused).
        const target = random.pick(URIS);
        if (random.chance(0.5)) {
          notify('textDocument/didOpen', { textDocument: { uri: target, languageId: 'dotenv', version, text: random.pick([null, 42, { a: 1 }]) } });
          open.set(target, { text: '', languageId: 'dotenv', version });
        } else {
          notify('textDocument/didOpen', random.pick([null, {}, { textDocument: null }, [1]]));
        }
      }
    }
  }

  function changeSettings(): void {
    const envsense = random.pick<unknown>([
      undefined,
      {},
      { rules: { 'duplicate-key': 'off', 'weak-secret': 'error' } },
      { rules: { 'no-such-rule': 'error', 'duplicate-key': 'loud' } },
      { secretsFiles: ['*.py'] },
      { secretsFiles: 'secrets.py' },
      { schemas: [{ fileMatch: ['*.env', '.env*'], schemas: ['flagsmith', 'django'] }] },
      { schemas: [{ fileMatch: ['*'], schemas: ['no-such-schema'] }] },
      { schemas: 'x', rules: null },
      42,
    ]);
    const params = random.pick<unknown>([{ settings: { envsense } }, { settings: { envsense } }, { settings: null }, null]);
    client.notify('workspace/didChangeConfiguration', params);
    notifications += 1;
    // As server.ts reads it: a notification without params is refused; otherwise `settings.envsense`.
    if (typeof params !== 'object' || params === null) return;
    const container = (params as { settings?: unknown }).settings;
    const raw = typeof container === 'object' && container !== null ? (container as { envsense?: unknown }).envsense : undefined;
    settings = { raw };
    mirror.service.configure(readSettings(raw).settings);
  }

  function wellFormedRequest(step: number, uri: string): void {
    const document = open.get(uri)!;
    const snapshot = mirror.documentOf(uri, document);
    const feature = random.pick(FEATURES);
    const at = position(document.text);
    const textDocument = { uri };
    const expect = (expected: unknown) => (answer: Answer) => {
      if (answer.error) return `answered the error ${answer.error.code} ${answer.error.message}`;
      const got = comparable(answer.result);
      const want = comparable(expected);
      if (got === want && !['null', '[]'].includes(got)) matchedAnswers += 1;
      return got === want ? undefined : `on ${uri} at ${JSON.stringify(at)}: the server's answer differs from the service's on the expected text (${difference(got, want)})`;
    };
    const service = (name: string, fallback: unknown, work: () => unknown) => {
      try {
        return work();
      } catch (error) {
        fail(step, `the service threw on a well-formed ${name} on ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        return fallback;
      }
    };
    const s = mirror.service;
    switch (feature) {
      case 'textDocument/completion':
        request(step, feature, { textDocument, position: at }, expect(service(feature, null, () => s.doComplete(snapshot, at))));
        return;
      case 'textDocument/hover':
        request(step, feature, { textDocument, position: at }, expect(service(feature, null, () => s.doHover(snapshot, at))));
        return;
      case 'textDocument/documentSymbol':
        request(step, feature, { textDocument }, expect(service(feature, [], () => s.findDocumentSymbols(snapshot))));
        return;
      case 'textDocument/foldingRange':
        request(step, feature, { textDocument }, expect(service(feature, [], () => s.getFoldingRanges(snapshot))));
        return;
      case 'textDocument/codeAction': {
        const diagnostics = (service('validation', [], () => s.doValidation(snapshot)) as Diagnostic[]).filter(() => random.chance(0.7));
        const context: CodeActionContext = { diagnostics };
        const range = { start: at, end: position(document.text) };
        request(step, feature, { textDocument, range, context }, expect(service(feature, [], () => s.getCodeActions(snapshot, context))));
        return;
      }
      case 'completionItem/resolve': {
        const list = service('textDocument/completion', null, () => s.doComplete(snapshot, at)) as CompletionList | null;
        const item: CompletionItem = list && list.items.length > 0 ? random.pick(list.items) : { label: 'NOT_OFFERED', data: { uri, key: 'NOT_OFFERED' } };
        request(step, feature, item, expect(service(feature, item, () => s.resolveCompletion(snapshot, item))));
        return;
      }
      case 'envsense/secretRanges':
        request(step, feature, { uri }, expect(service(feature, null, () => ({ ranges: s.secretValueRanges(snapshot) }))));
        return;
      default:
        request(step, feature, { uri }, expect(service(feature, null, () => s.getDocumentSchemas(snapshot))));
    }
  }

  function requestForClosed(step: number, uri: string): void {
    const at = position(undefined);
    const textDocument = { uri };
    const item = { label: 'A', data: { uri, key: 'A' } };
    const params: Record<Feature, [unknown, unknown]> = {
      'textDocument/completion': [{ textDocument, position: at }, null],
      'textDocument/hover': [{ textDocument, position: at }, null],
      'textDocument/documentSymbol': [{ textDocument }, []],
      'textDocument/foldingRange': [{ textDocument }, []],
      'textDocument/codeAction': [{ textDocument, range: { start: at, end: at }, context: { diagnostics: [] } }, []],
      'completionItem/resolve': [item, item],
      'envsense/documentSchemas': [{ uri }, null],
      'envsense/secretRanges': [{ uri }, null],
    };
    const feature = random.pick(FEATURES);
    const [sent, expected] = params[feature];
    request(step, feature, sent, (answer) =>
      JSON.stringify(answer.result) === JSON.stringify(expected) ? undefined : `for the closed ${uri}: ${JSON.stringify(answer).slice(0, 200)}`,
    );
  }

  function malformedRequest(step: number): void {
    const uri = open.size > 0 && random.chance(0.7) ? openUri() : NEVER_OPENED;
    const textDocument = { uri };
    const params = random.pick<unknown>([
      undefined, null, 42, 'x', [], [null], {},
      { textDocument: null },
      { textDocument: { uri: 42 } },
      { textDocument },
      { textDocument, position: null },
      { textDocument, position: { line: 'a', character: 0 } },
      { textDocument, position: { line: -1, character: -1 } },
      { textDocument, position: { line: 0.5, character: null } },
      { textDocument, range: null, context: null },
      { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: 'x' } },
      { textDocument, range: { start: { line: 0, character: 0 }, end: null }, context: { diagnostics: [null, { range: null, code: 5 }] } },
      { label: 5, data: null },
      { label: 'A', data: { uri: 42 } },
      { label: 'A', data: { uri, kind: 'bogus', key: { not: 'a key' } } },
      { uri: 42 },
    ]);
    request(step, random.pick(FEATURES), params, anyAnswer);
  }

  function rawOddity(step: number): void {
    const uri = open.size > 0 ? openUri() : NEVER_OPENED;
    switch (random.int(3)) {
      case 0:
        // A string id and params that are neither object nor array.
        request(step, 'textDocument/hover', random.pick([42, 'x', true]), anyAnswer, `raw-${step}`);
        return;
      case 1:
        // Params by position, as some JSON-RPC libraries send them.
        request(step, 'textDocument/documentSymbol', [{ textDocument: { uri } }], anyAnswer);
        return;
      default:
        // A response to a request the server never sent: nothing to answer.
        client.send({ jsonrpc: '2.0', id: 987654321, result: null });
    }
  }
}

/** The server's own language service in this process, set up as server.ts sets it up. */
function mirrorService(): { service: LanguageService; documentOf: (uri: string, document: OpenDocument) => TextDocument } {
  const { schemas, validateSchema } = loadBundledSchemas(`${__dirname}/../../..`);
  const service = createLanguageService({ schemas, validateSchema, fs: nodeFs, git: nodeGitFacts() });
  service.setWorkspaceFolders(['/workspace']);
  return {
    service,
    // Forgetting first makes every answer come from the text itself, never from a cache.
    documentOf: (uri, document) => {
      service.forget(uri);
      return TextDocument.create(uri, document.languageId as string, document.version as number, document.text);
    },
  };
}

/** Diagnostics, outline and folding of every open document, against a fresh server opened with the final text. */
async function compareWithFreshServer(
  client: LspClient,
  open: Map<string, OpenDocument>,
  settings: { raw: unknown } | undefined,
  options: StormOptions,
  fail: (what: string) => void,
): Promise<void> {
  const fresh = new LspClient();
  try {
    await fresh.request('initialize', INITIALIZE);
    fresh.notify('initialized', {});
    if (settings) fresh.notify('workspace/didChangeConfiguration', { settings: { envsense: settings.raw } });
    for (const [uri, document] of open) {
      fresh.notify('textDocument/didOpen', { textDocument: { uri, languageId: document.languageId, version: document.version, text: document.text } });
    }
    for (const [uri, document] of open) {
      const version = document.version as number;
      const [stormed, expected] = await Promise.all([client.diagnostics(uri, version, options.patienceMs), fresh.diagnostics(uri, version, options.patienceMs)]);
      if (stormed === undefined) {
        fail(`no diagnostics for ${uri} version ${version}`);
        continue;
      }
      if (JSON.stringify(stormed) !== JSON.stringify(expected)) {
        fail(`diagnostics of ${uri} differ from a fresh server's on the same text (${difference(JSON.stringify(stormed), JSON.stringify(expected))})`);
      }
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange']) {
        const [a, b] = await Promise.all([client.request(method, { textDocument: { uri } }), fresh.request(method, { textDocument: { uri } })]);
        if (JSON.stringify(a) !== JSON.stringify(b)) fail(`${method} of ${uri} differs from a fresh server's (${difference(JSON.stringify(a), JSON.stringify(b))})`);
      }
    }
  } finally {
    await fresh.stop();
  }
}

/** The labels of answers that carry a fresh random secret, which no two services can agree on. */
const RANDOM_SECRETS = new Set(['Replace with a generated strong secret', 'Generate a strong random value']);

/** An answer as JSON, with freshly generated secrets replaced by a marker. */
function comparable(answer: unknown): string {
  return JSON.stringify(answer ?? null, function (this: unknown, _key, value: unknown) {
    const labelled = typeof value === 'object' && value !== null && ('title' in value || 'label' in value);
    const label = labelled ? (value as { title?: unknown; label?: unknown }).title ?? (value as { label?: unknown }).label : undefined;
    if (typeof label !== 'string' || !RANDOM_SECRETS.has(label)) return value;
    return JSON.parse(JSON.stringify(value).replace(/[A-Za-z0-9]{32,}/g, '<generated>')) as unknown;
  });
}

/** Where two answers part, briefly. */
function difference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && got[i] === want[i]) i += 1;
  return `from character ${i}: got …${got.slice(Math.max(0, i - 40), i + 80)}… expected …${want.slice(Math.max(0, i - 40), i + 80)}…`;
}
