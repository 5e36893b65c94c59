import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import { getCodeActions } from './codeActions';
import { doComplete, resolveCompletion } from './completion';
import { doHover } from './hover';
import { SchemaRegistry } from './schema/schemaRegistry';
import { selectSchemas, type SchemaSelection } from './schema/schemaSelection';
import type { SystemSchema } from './schema/schemaTypes';
import type { SchemaValidator } from './schema/schemaValidator';
import type { RandomBytes } from './secrets/generateSecret';
import { NO_FILES, pathOfUri, type WorkspaceFs } from './workspace/workspaceFs';
import { WorkspaceView, type SchemaFileProblem } from './workspace/workspaceView';
import { dialectOf } from './dialect';
import type { Finding, Rule, RuleContext } from './diagnostics/finding';
import { filterSuppressed } from './diagnostics/suppressions';
import { toDiagnostics } from './diagnostics/toDiagnostics';
import { getFoldingRanges } from './folding';
import { parse, type Dialect, type EnvDocument } from './parser';
import { compatRules } from './rules/compat';
import { conventionRules } from './rules/conventions';
import { referenceRules } from './rules/references';
import { missingRequiredKeys, schemaRules } from './rules/schemaRules';
import type { FixContext } from './fixes';
import { secretFileRules } from './rules/secretFiles';
import { suspiciousValues } from './rules/suspicious';
import { syntaxRules } from './rules/syntax';
import { basename } from 'node:path';
import type { GitFacts } from './workspace/gitFacts';
import { gitFactsFromFiles } from './workspace/filesGitFacts';
import { isSecretName } from './secrets/secretNames';
import { DEFAULT_SETTINGS, type EnvSenseSettings } from './settings';
import { findDocumentSymbols } from './symbols';

export interface LanguageServiceOptions {
  readonly settings?: EnvSenseSettings;
  /** The bundled schemas. */
  readonly schemas?: readonly SystemSchema[];
  /** Validates a team's schema file against the schema format (none: team schemas are not loaded). */
  readonly validateSchema?: SchemaValidator;
  readonly fs?: WorkspaceFs;
  /** Git's answers; by default the ignore files are read through `fs`. */
  readonly git?: GitFacts;
  readonly workspaceFolders?: readonly string[];
  readonly random?: RandomBytes;
}

/** What the status bar shows for a file: the schemas that apply and why, and all that could. */
export interface DocumentSchemas {
  readonly applied: readonly { id: string; name: string; because: string }[];
  readonly available: readonly { id: string; name: string; description?: string }[];
  readonly problems: readonly SchemaFileProblem[];
}

/** The whole of EnvSense's knowledge, free of any editor or transport. */
export interface LanguageService {
  configure(settings: EnvSenseSettings): void;
  dialectOf(uri: string): Dialect;
  parseDocument(document: TextDocument): EnvDocument;
  /** Findings before severities are applied (the CLI's `--fix` works from these). */
  findProblems(document: TextDocument): Finding[];
  /** What fixes consult, for applying them outside an editor. */
  fixContext(document: TextDocument): FixContext;
  doValidation(document: TextDocument): Diagnostic[];
  getCodeActions(document: TextDocument, context: CodeActionContext): CodeAction[];
  findDocumentSymbols(document: TextDocument): DocumentSymbol[];
  getFoldingRanges(document: TextDocument): FoldingRange[];
  doComplete(document: TextDocument, position: Position): CompletionList;
  /** Fills in the documentation of a completion item from `doComplete`. */
  resolveCompletion(document: TextDocument, item: CompletionItem): CompletionItem;
  doHover(document: TextDocument, position: Position): Hover | null;
  getDocumentSchemas(document: TextDocument): DocumentSchemas;
  setWorkspaceFolders(folders: readonly string[]): void;
  /** Forgets what was read from the disk (after files changed there). */
  workspaceChanged(): void;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

const RULES: readonly Rule[] = [syntaxRules, compatRules, schemaRules, conventionRules, suspiciousValues, referenceRules, secretFileRules];

const PRODUCTION_FILE = /(?:^|[._-])prod(?:uction)?(?:[._-]|$)/i;
const TEMPLATE_FILE = /(?:\.(?:example|template|sample|dist|defaults|schema)$)|^\.env\.(?:example|template|sample|dist|defaults|schema)(?:\.|$)/i;

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let settings = options.settings ?? DEFAULT_SETTINGS;
  const cache = new Map<string, { version: number; dialect: Dialect; text: string; env: EnvDocument }>();
  const bundled = new SchemaRegistry(options.schemas ?? []);
  const fs = options.fs ?? NO_FILES;
  const workspace = new WorkspaceView(fs, options.validateSchema ?? (() => ['schemas are not validated here']), options.git ?? gitFactsFromFiles(fs));
  workspace.setWorkspaceFolders(options.workspaceFolders ?? []);
  const selections = new Map<string, { env: EnvDocument; settings: EnvSenseSettings; selection: SchemaSelection }>();

  const dialectFor = (uri: string) => dialectOf(uri, settings.secretsFiles);

  const parseDocument = (document: TextDocument): EnvDocument => {
    const dialect = dialectFor(document.uri);
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && cached.dialect === dialect) return cached.env;
    const text = document.getText();
    if (cached && cached.text === text && cached.dialect === dialect) return cached.env;
    const env = parse(text, dialect);
    cache.set(document.uri, { version: document.version, dialect, text, env });
    return env;
  };

  /** The schemas of a document, recomputed only when its text, the settings or the workspace change. */
  const selectionOf = (document: TextDocument, env: EnvDocument): SchemaSelection => {
    const cached = selections.get(document.uri);
    if (cached && cached.env === env && cached.settings === settings) return cached.selection;
    const selection = selectSchemas(pathOfUri(document.uri), env, settings, bundled, workspace);
    selections.set(document.uri, { env, settings, selection });
    return selection;
  };

  /** Whether a key is secret: by its schemas or its name. Remembered per selection, as every rule asks. */
  const secretTests = new WeakMap<SchemaRegistry, (key: string) => boolean>();
  const secretTest = (selection: SchemaSelection) => {
    let test = secretTests.get(selection.registry);
    if (!test) {
      const memo = new Map<string, boolean>();
      test = (key: string) => {
        let secret = memo.get(key);
        if (secret === undefined) {
          // What the schemas say wins; the name decides only for keys no schema knows.
          const known = selection.registry.lookup(key);
          secret = known.length > 0 ? known.some((k) => k.spec.secret === true) : isSecretName(key);
          memo.set(key, secret);
        }
        return secret;
      };
      secretTests.set(selection.registry, test);
    }
    return test;
  };

  const loadedBefore = (document: TextDocument) => {
    const path = pathOfUri(document.uri);
    return path ? workspace.loadedBefore(path) : [];
  };

  const fixContext = (document: TextDocument): FixContext => {
    const env = parseDocument(document);
    const selection = selectionOf(document, env);
    const path = pathOfUri(document.uri);
    return {
      env,
      appliedKnowledge: (key) => selection.registry.lookup(key, selection.appliedIds),
      isSecret: secretTest(selection),
      git: path ? workspace.gitStatus(path) : undefined,
      fileName: path ? basename(path) : undefined,
      readFile: (file) => fs.readFile(file),
      missingRequired: () => [...missingRequiredKeys({ env, selection, loadedBefore: loadedBefore(document) }).keys()],
      ...(options.random ? { random: options.random } : {}),
    };
  };

  const problems = new Map<string, { env: EnvDocument; settings: EnvSenseSettings; findings: Finding[] }>();
  const findProblems = (document: TextDocument): Finding[] => {
    const env = parseDocument(document);
    const cached = problems.get(document.uri);
    if (cached && cached.env === env && cached.settings === settings) return cached.findings;
    const findings = computeProblems(document, env);
    problems.set(document.uri, { env, settings, findings });
    return findings;
  };

  const computeProblems = (document: TextDocument, env: EnvDocument): Finding[] => {
    const selection = selectionOf(document, env);
    const lineOf = (offset: number) => document.positionAt(offset).line + 1;
    const path = pathOfUri(document.uri);
    const name = path ? basename(path) : undefined;
    const git = path ? workspace.gitStatus(path) : undefined;
    const context: RuleContext = {
      env,
      lineOf,
      selection,
      isSecret: secretTest(selection),
      appliedKnowledge: (key) => selection.registry.lookup(key, selection.appliedIds),
      loadedBefore: loadedBefore(document),
      file: {
        ...(name ? { name } : {}),
        production: name !== undefined && PRODUCTION_FILE.test(name),
        template: name !== undefined && TEMPLATE_FILE.test(name),
        ...(git ? { git } : {}),
      },
    };
    const findings = [...RULES.flatMap((rule) => rule(context)), ...selection.findings];
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return filterSuppressed(env, findings, lineOf);
  };

  return {
    configure(next) {
      settings = next;
    },
    dialectOf: dialectFor,
    parseDocument,
    findProblems,
    fixContext,
    doValidation: (document) => toDiagnostics(document, findProblems(document), settings),
    getCodeActions: (document, context) => getCodeActions(document, fixContext(document), context, findProblems(document)),
    findDocumentSymbols: (document) => {
      const env = parseDocument(document);
      return findDocumentSymbols(document, env, secretTest(selectionOf(document, env)));
    },
    getFoldingRanges: (document) => getFoldingRanges(document, parseDocument(document)),
    doComplete(document, position) {
      const env = parseDocument(document);
      const selection = selectionOf(document, env);
      const context = { document, env, selection, isSecret: secretTest(selection), loadedBefore: loadedBefore(document) };
      return doComplete(options.random ? { ...context, random: options.random } : context, position);
    },
    resolveCompletion(document, item) {
      const env = parseDocument(document);
      const selection = selectionOf(document, env);
      return resolveCompletion({ document, env, selection, isSecret: secretTest(selection), loadedBefore: loadedBefore(document) }, item);
    },
    doHover(document, position) {
      const env = parseDocument(document);
      const selection = selectionOf(document, env);
      return doHover({ document, env, selection, isSecret: secretTest(selection), loadedBefore: loadedBefore(document) }, position);
    },
    getDocumentSchemas(document) {
      const selection = selectionOf(document, parseDocument(document));
      const path = pathOfUri(document.uri);
      return {
        applied: selection.applied.map(({ schema, because }) => ({ id: schema.id, name: schema.name, because })),
        available: selection.registry
          .all()
          .filter((schema) => !schema.id.includes(':'))
          .map((schema) => ({ id: schema.id, name: schema.name, ...(schema.description ? { description: schema.description } : {}) })),
        problems: path ? workspace.teamSchemas(path).problems : [],
      };
    },
    setWorkspaceFolders(folders) {
      workspace.setWorkspaceFolders(folders);
      selections.clear();
      problems.clear();
    },
    workspaceChanged() {
      workspace.clear();
      selections.clear();
      problems.clear();
    },
    forget(uri) {
      cache.delete(uri);
      selections.delete(uri);
      problems.delete(uri);
    },
  };
}
