import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import { getCodeActions } from './codeActions';
import { doComplete, resolveCompletion } from './completion';
import { doHover } from './hover';
import { SchemaRegistry } from './schema/schemaRegistry';
import { decidingIds, selectSchemas, selectionSignature, type SchemaSelection } from './schema/schemaSelection';
import type { SystemSchema } from './schema/schemaTypes';
import type { SchemaValidator } from './schema/schemaValidator';
import type { RandomBytes } from './secrets/generateSecret';
import { isUserDocument, NO_FILES, pathOfUri, type WorkspaceFs } from './workspace/workspaceFs';
import { NOTHING_LOADED_BEFORE, WorkspaceView, type SchemaFileProblem } from './workspace/workspaceView';
import { dialectOf } from './dialect';
import type { Finding, RuleContext, RuleScope } from './diagnostics/finding';
import { capFindings, isTooLarge, tooLargeFinding } from './diagnostics/limits';
import { definedKeys, hasTemplateHeader, RuleScopes } from './diagnostics/ruleScope';
import { runRules, type NodeFindings } from './diagnostics/runRules';
import { filterSuppressed } from './diagnostics/suppressions';
import { severityOf, toDiagnostics } from './diagnostics/toDiagnostics';
import { limitByRoles } from './diagnostics/roleLimits';
import { getFoldingRanges } from './folding';
import { parse, type Dialect, type EnvDocument } from './parser';
import { keyIndex } from './parser/keyIndex';
import { reparseDotenv } from './parser/reparse';
import { READERS } from './readers/reader';
import { RULES } from './rules/families';
import { missingRequiredKeys } from './rules/schema';
import type { FixContext } from './fixes';
import { basename, relative, sep } from 'node:path';
import type { GitFacts } from './workspace/gitFacts';
import { gitFactsFromFiles } from './workspace/filesGitFacts';
import { secretTestOf } from './secrets/secrecy';
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
  /**
   * False in a workspace the user has not trusted (VS Code's restricted mode): no team schema is
   * loaded and no schema directive followed. Editors without workspace trust leave it true; reads
   * stay confined to the workspace and to regular files either way.
   */
  readonly trusted?: boolean;
}

/** What the status bar shows for a file: the schemas that apply and why, and all that could. */
export interface DocumentSchemas {
  readonly applied: readonly { id: string; name: string; because: string }[];
  readonly available: readonly { id: string; name: string; description?: string }[];
  readonly problems: readonly SchemaFileProblem[];
  /** Who is assumed to read the file and why, the reader the rules judge by first (absent for a Python secrets file and a file too large to analyse). */
  readonly readers?: readonly { readonly id: string; readonly name: string; readonly because: string }[];
  /** Present in an untrusted workspace: what EnvSense does not do there, in words. */
  readonly restricted?: string;
}

const RESTRICTED_REASON =
  'Restricted mode: this folder is not trusted, so EnvSense loads no team schema from .envsense/ and follows no `# envsense: schema=` line. Trust the folder to lift these limits.';

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

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let settings = options.settings ?? DEFAULT_SETTINGS;
  const cache = new Map<string, { dialect: Dialect; text: string; env: EnvDocument }>();
  const bundled = new SchemaRegistry(options.schemas ?? []);
  const fs = options.fs ?? NO_FILES;
  const trusted = options.trusted ?? true;
  const workspace = new WorkspaceView(fs, options.validateSchema ?? (() => ['schemas are not validated here']), options.git ?? gitFactsFromFiles(fs), trusted);
  workspace.setWorkspaceFolders(options.workspaceFolders ?? []);
  const selections = new Map<string, { env: EnvDocument; settings: EnvSenseSettings; signature: string; selection: SchemaSelection }>();

  const dialectFor = (uri: string) => dialectOf(uri, settings.secretsFiles);

  const parseDocument = (document: TextDocument): EnvDocument => {
    const dialect = dialectFor(document.uri);
    const cached = cache.get(document.uri);
    // The text decides, not the version alone: a client may send new text under an old version.
    const text = document.getText();
    if (cached && cached.text === text && cached.dialect === dialect) return cached.env;
    // While the user types, only what changed is parsed again.
    const env = cached && cached.dialect === 'dotenv' && dialect === 'dotenv' ? reparseDotenv(cached.env, text) : parse(text, dialect);
    cache.set(document.uri, { dialect, text, env });
    return env;
  };

  /**
   * The schemas of a document, recomputed only when the settings, the workspace, or what of the text
   * they depend on (directives, detection keys) change: typing a value keeps the same selection.
   */
  const selectionOf = (document: TextDocument, env: EnvDocument): SchemaSelection => {
    const cached = selections.get(document.uri);
    if (cached && cached.env === env && cached.settings === settings) return cached.selection;
    const signature = selectionSignature(env, cached?.selection.registry ?? bundled);
    if (cached && cached.settings === settings && cached.signature === signature) {
      selections.set(document.uri, { ...cached, env });
      return cached.selection;
    }
    const selection = selectSchemas(pathOfUri(document.uri), env, settings, bundled, workspace);
    selections.set(document.uri, { env, settings, signature: selectionSignature(env, selection.registry), selection });
    return selection;
  };

  const secretTest = (selection: SchemaSelection) => secretTestOf(selection.registry);

  const loadedBefore = (document: TextDocument) => {
    const path = pathOfUri(document.uri);
    return path ? workspace.loadedBefore(path) : NOTHING_LOADED_BEFORE;
  };

  const fixContext = (document: TextDocument): FixContext => {
    const env = parseDocument(document);
    const selection = selectionOf(document, env);
    const path = pathOfUri(document.uri);
    return {
      env,
      appliedKnowledge: (key) => selection.registry.lookup(key, decidingIds(selection)),
      isSecret: secretTest(selection),
      git: path ? workspace.gitStatus(path) : undefined,
      fileName: path ? basename(path) : undefined,
      writableFile: (file) => (path ? workspace.writableFile(file, path) : undefined),
      missingRequired: () => [...missingRequiredKeys(selection, definedKeys(env, loadedBefore(document))).keys()],
      ...(options.random ? { random: options.random } : {}),
    };
  };

  const problems = new Map<string, { env: EnvDocument; settings: EnvSenseSettings; findings: Finding[] }>();
  const findProblems = (document: TextDocument): Finding[] => {
    if (!isUserDocument(document.uri)) return [];
    if (isTooLarge(document)) return [tooLargeFinding(document)];
    const env = parseDocument(document);
    const cached = problems.get(document.uri);
    if (cached && cached.env === env && cached.settings === settings) return cached.findings;
    const findings = computeProblems(document, env);
    problems.set(document.uri, { env, settings, findings });
    return findings;
  };

  const scopes = new RuleScopes();
  const scopeOf = (document: TextDocument, env: EnvDocument, selection: SchemaSelection): RuleScope => {
    const path = pathOfUri(document.uri);
    return scopes.of(document.uri, {
      dialect: env.dialect,
      path,
      workspacePath: path ? relative(workspace.rootOf(path), path).split(sep).join('/') : undefined,
      selection,
      isSecret: secretTest(selection),
      git: path ? workspace.gitStatus(path) : undefined,
      loadedBefore: loadedBefore(document),
      templateHeader: hasTemplateHeader(env),
    });
  };

  const remembered = new Map<string, NodeFindings>();
  const computeProblems = (document: TextDocument, env: EnvDocument): Finding[] => {
    const selection = selectionOf(document, env);
    const scope = scopeOf(document, env, selection);
    const lineOf = (offset: number) => document.positionAt(offset).line + 1;
    const context: RuleContext = { ...scope, env, lineOf, keys: keyIndex(env), definedKeys: definedKeys(env, scope.loadedBefore) };
    const run = runRules(RULES, scope, context, remembered.get(document.uri));
    remembered.set(document.uri, run.remembered);
    const findings = [...run.findings, ...selection.findings].flatMap((finding) => limitByRoles(finding, scope.file.roles) ?? []);
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    // Codes switched off go before the cap, so that they never crowd out a problem that is shown.
    return capFindings(filterSuppressed(env, findings, lineOf).filter((finding) => severityOf(finding, settings) !== 'off'));
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
    getCodeActions: (document, context) => (isTooLarge(document) ? [] : getCodeActions(document, fixContext(document), context, findProblems(document))),
    findDocumentSymbols: (document) => {
      if (isTooLarge(document)) return [];
      const env = parseDocument(document);
      return findDocumentSymbols(document, env, secretTest(selectionOf(document, env)));
    },
    getFoldingRanges: (document) => (isTooLarge(document) ? [] : getFoldingRanges(document, parseDocument(document))),
    doComplete(document, position) {
      if (isTooLarge(document)) return { isIncomplete: false, items: [] };
      const env = parseDocument(document);
      const selection = selectionOf(document, env);
      const context = { document, env, selection, isSecret: secretTest(selection), loadedBefore: loadedBefore(document) };
      return doComplete(options.random ? { ...context, random: options.random } : context, position);
    },
    resolveCompletion(document, item) {
      if (isTooLarge(document)) return item;
      const env = parseDocument(document);
      const selection = selectionOf(document, env);
      return resolveCompletion({ document, env, selection, isSecret: secretTest(selection), loadedBefore: loadedBefore(document) }, item);
    },
    doHover(document, position) {
      if (isTooLarge(document)) return null;
      const env = parseDocument(document);
      const selection = selectionOf(document, env);
      return doHover({ document, env, selection, isSecret: secretTest(selection), loadedBefore: loadedBefore(document) }, position);
    },
    getDocumentSchemas(document) {
      // A file too large to analyse is not parsed for its schemas either: none applies.
      const selection = isTooLarge(document) ? undefined : selectionOf(document, parseDocument(document));
      const path = pathOfUri(document.uri);
      return {
        applied: (selection?.applied ?? []).map(({ schema, because }) => ({ id: schema.id, name: schema.name, because })),
        available: (selection?.registry ?? bundled)
          .all()
          .filter((schema) => !schema.id.includes(':'))
          .map((schema) => ({ id: schema.id, name: schema.name, ...(schema.description ? { description: schema.description } : {}) })),
        problems: path ? workspace.teamSchemas(path).problems : [],
        ...(selection && dialectFor(document.uri) === 'dotenv'
          ? { readers: selection.readers.map(({ id, because }) => ({ id, name: READERS[id].name, because })) }
          : {}),
        ...(trusted ? {} : { restricted: RESTRICTED_REASON }),
      };
    },
    setWorkspaceFolders(folders) {
      workspace.setWorkspaceFolders(folders);
      selections.clear();
      problems.clear();
      scopes.clear();
      remembered.clear();
    },
    workspaceChanged() {
      workspace.clear();
      selections.clear();
      problems.clear();
      scopes.clear();
      remembered.clear();
    },
    forget(uri) {
      cache.delete(uri);
      selections.delete(uri);
      problems.delete(uri);
      scopes.forget(uri);
      remembered.delete(uri);
    },
  };
}
