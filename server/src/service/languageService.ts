import { dirname } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionContext,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  SymbolInformation,
} from 'vscode-languageserver-types';
import { DocumentAnalysis } from './analysis/documentAnalysis';
import type { AnalysisEnvironment } from './analysis/environment';
import { fixContextOf } from './analysis/fixContext';
import { getCodeActions } from './codeActions';
import { doComplete, resolveCompletion, type CompletionContext } from './completion';
import { doHover } from './hover';
import { SchemaRegistry } from './schema/schemaRegistry';
import type { SystemSchema } from './schema/schemaTypes';
import type { SchemaValidator } from './schema/schemaValidator';
import type { RandomBytes } from './secrets/generateSecret';
import { isUserDocument, NO_FILES, pathOfUri, type WorkspaceFs } from './workspace/workspaceFs';
import { WorkspaceView, type SchemaFileProblem } from './workspace/workspaceView';
import { dialectOf } from './dialect';
import type { Finding } from './diagnostics/finding';
import { isTooLarge, tooLargeFinding } from './diagnostics/limits';
import { toDiagnostics } from './diagnostics/toDiagnostics';
import { getFoldingRanges } from './folding';
import type { Dialect, EnvDocument } from './parser';
import { READERS } from './readers/reader';
import { specificity, type AppliedSchema } from './schema/schemaSelection';
import type { FixContext } from './fixes';
import type { GitFacts } from './workspace/gitFacts';
import { gitFactsFromFiles } from './workspace/filesGitFacts';
import { DEFAULT_SETTINGS, type EnvSenseSettings } from './settings';
import { findDocumentSymbols } from './symbols';
import * as navigation from './navigation';
import { codeLanguageOf, type CodeIndex } from './code/codeIndex';
import { codeDiagnostics, type CodeDocumentInput } from './code/codeDiagnostics';
import { codeDocumentActions } from './code/codeDocumentActions';
import {
  codeCompletion,
  codeDefinition,
  codeHover,
  codeReferences,
  codeRename,
  isCodeItemData,
  readSitesIn,
  resolveCodeCompletion,
  siteAt,
  withCodeEdits,
  type CodeHost,
} from './code/codeFeatures';
import type { CodeLanguage } from './code/syntaxNode';

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
  /**
   * The documents open in the editor: navigation (definitions, references, rename, workspace
   * symbols) reads them as the editor has them, never their older copy on the disk.
   */
  readonly openDocuments?: () => Iterable<TextDocument>;
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
  /**
   * Where the values EnvSense keeps secret are written (also in commented-out assignments), for an
   * editor to hide them on screen; none in a file too large to analyse.
   */
  secretValueRanges(document: TextDocument): Range[];
  /** Where the key under the cursor (or the key a `${KEY}` expands from) is set in its family. */
  findDefinition(document: TextDocument, position: Position): Location[];
  /** Every assignment of the key under the cursor and every reference to it, in its family. */
  findReferences(document: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  /** The key the cursor is on and where, or why it cannot be renamed. */
  prepareRename(document: TextDocument, position: Position): navigation.PrepareRenameAnswer;
  /** One workspace edit that renames the key everywhere in its family, or why not. */
  rename(document: TextDocument, position: Position, newName: string, options: navigation.RenameOptions): navigation.RenameAnswer;
  /** The key under the cursor within its own file. */
  findDocumentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
  /** Keys of every env file of the workspace that match `query` (never their values). */
  findWorkspaceSymbols(query: string): SymbolInformation[];
  setWorkspaceFolders(folders: readonly string[]): void;
  /** Forgets what was read from the disk (after files changed there). */
  workspaceChanged(): void;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
  /** The workspace's code index, built by the server in the background (read sites, declared schemas). */
  setCodeIndex(index: CodeIndex | undefined): void;
  /** The code index read files again and `update()` said their facts changed: env files choose their schemas again. */
  codeChanged(): void;
  /**
   * Reads an open code document's current text into the index (once per version); true when the names
   * it reads or the schemas it declares changed, so that the env files must be checked again.
   */
  updateCodeDocument(document: TextDocument): boolean;
  /** Whether the document is code (JavaScript, TypeScript, Python other than a secrets file), where EnvSense answers only at env read sites. */
  isCodeDocument(uri: string): boolean;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const bundled = new SchemaRegistry(options.schemas ?? []);
  const fs = options.fs ?? NO_FILES;
  const trusted = options.trusted ?? true;
  const workspace = new WorkspaceView(fs, options.validateSchema ?? (() => ['schemas are not validated here']), options.git ?? gitFactsFromFiles(fs), trusted);
  let folders = options.workspaceFolders ?? [];
  workspace.setWorkspaceFolders(folders);
  // A new environment when the settings or the workspace change: analyses then keep only their parse.
  let environment: AnalysisEnvironment = { settings: options.settings ?? DEFAULT_SETTINGS, bundled, workspace };
  const analyses = new Map<string, DocumentAnalysis>();

  const dialectFor = (uri: string) => dialectOf(uri, environment.settings.secretsFiles);

  const analysisOf = (document: TextDocument): DocumentAnalysis => {
    const analysis = DocumentAnalysis.of(document, dialectFor(document.uri), environment, analyses.get(document.uri));
    analyses.set(document.uri, analysis);
    return analysis;
  };

  const findProblems = (document: TextDocument): Finding[] => {
    if (!isUserDocument(document.uri)) return [];
    if (isTooLarge(document)) return [tooLargeFinding(document)];
    return analysisOf(document).findings;
  };

  const host: navigation.NavigationHost = {
    workspace,
    fs,
    folders: () => folders,
    openDocuments: options.openDocuments ?? (() => []),
    // A disk file's analysis is not kept with the open documents': it lives as long as navigation's cache of the disk.
    analyse: (document, dialect, open) => (open ? analysisOf(document) : DocumentAnalysis.of(document, dialect, environment, undefined)),
    dialectOf: dialectFor,
    generation: () => environment,
  };
  const navigable = (document: TextDocument) => isUserDocument(document.uri) && !isTooLarge(document);

  // The request's document itself: an analysis taken over from an earlier version (same text) holds that version's object.
  const featureContext = (document: TextDocument): CompletionContext => ({ ...contextOf(analysisOf(document)), document });
  const contextOf = (analysis: DocumentAnalysis): CompletionContext => {
    const { document } = analysis;
    return {
      document,
      env: analysis.env,
      selection: analysis.selection,
      isSecret: analysis.isSecret,
      loadedBefore: analysis.loadedBefore,
      ...(analysis.path === undefined ? {} : { path: analysis.path }),
      workspace: environment.workspace,
    };
  };

  // Code documents (JavaScript, TypeScript, Python other than secrets files): env features at their read sites.
  const codeLanguage = (document: TextDocument): CodeLanguage | undefined => codeLanguageOfUri(document.uri);
  const codeLanguageOfUri = (uri: string): CodeLanguage | undefined => (dialectFor(uri) === 'python' ? undefined : codeLanguageOf(pathOfUri(uri) ?? uri));
  const indexedVersions = new Map<string, number>();
  /** Set when reading a code document changed what env files depend on; `updateCodeDocument` tells the server once. */
  let codeFactsChanged = false;
  /**
   * Reads an open code document into the index once per version. The env analyses see the index's
   * version; only a changed declaration makes them choose their schemas again (a new environment).
   */
  const updateCode = (index: CodeIndex, path: string, document: TextDocument): void => {
    if (indexedVersions.get(document.uri) === document.version) return;
    indexedVersions.set(document.uri, document.version);
    if (!index.update(path, document.getText())) return;
    codeFactsChanged = true;
    if (workspace.codeChanged()) environment = { ...environment };
  };
  /**
   * The code host once the index exists, with the document's read sites as its current text has them
   * (`fresh`); completion, which reads only the cursor's line, does not wait for the file to be parsed again.
   */
  const codeHost = (document: TextDocument, fresh = true): CodeHost | undefined => {
    const index = workspace.codeIndex;
    const path = pathOfUri(document.uri);
    if (!index || !path || isTooLarge(document)) return undefined;
    if (fresh) updateCode(index, path, document);
    return {
      nav: host,
      index,
      loader: environment.settings.loader,
      hoverIn: (file, offset) => doHover({ ...contextOf(file.analysis), loader: environment.settings.loader }, file.analysis.document.positionAt(offset)),
    };
  };
  /** What the diagnostics of a code document need: its read sites now, the environment, the env files open in the editor. */
  const codeInputOf = (document: TextDocument): CodeDocumentInput | undefined => {
    const path = pathOfUri(document.uri);
    const sites = path !== undefined && isUserDocument(document.uri) && codeHost(document) ? workspace.codeIndex?.get(path)?.sites : undefined;
    if (!sites) return undefined;
    const open = new Map<string, TextDocument>();
    for (const other of host.openDocuments()) {
      const otherPath = pathOfUri(other.uri);
      if (otherPath !== undefined) open.set(otherPath, other);
    }
    return { document, sites, environment, openText: (file) => open.get(file)?.getText() };
  };
  /** The key of an env file at a position, with the folder whose code reads it. */
  const envKeyAt = (document: TextDocument, position: Position) => {
    const path = pathOfUri(document.uri);
    const file = navigation.openFile(host, document);
    const key = path === undefined ? undefined : navigation.targetAt(file.analysis.env, navigation.policyOf(file), document.offsetAt(position))?.name;
    return key === undefined || path === undefined ? undefined : { key, folder: dirname(path) };
  };
  const envCodeHost = (): CodeHost | undefined => {
    const index = workspace.codeIndex;
    return index ? { nav: host, index, loader: environment.settings.loader, hoverIn: () => null } : undefined;
  };

  return {
    configure(next) {
      if (next !== environment.settings) environment = { ...environment, settings: next };
    },
    dialectOf: dialectFor,
    parseDocument: (document) => analysisOf(document).env,
    findProblems,
    fixContext: (document) => fixContextOf(analysisOf(document), options.random),
    doValidation(document) {
      if (!codeLanguage(document)) return toDiagnostics(document, findProblems(document), environment.settings);
      const input = codeInputOf(document);
      return input ? codeDiagnostics(input) : [];
    },
    getCodeActions(document, context) {
      if (codeLanguage(document)) {
        const input = codeInputOf(document);
        return input ? codeDocumentActions(input, context) : [];
      }
      return isTooLarge(document) ? [] : getCodeActions(document, fixContextOf(analysisOf(document), options.random), context, findProblems(document));
    },
    findDocumentSymbols: (document) => {
      if (isTooLarge(document) || codeLanguage(document)) return [];
      const analysis = analysisOf(document);
      return findDocumentSymbols(document, analysis.env, analysis.isSecret);
    },
    getFoldingRanges: (document) => (isTooLarge(document) || codeLanguage(document) ? [] : getFoldingRanges(document, analysisOf(document).env)),
    doComplete(document, position) {
      if (isTooLarge(document)) return { isIncomplete: false, items: [] };
      const language = codeLanguage(document);
      if (language) {
        const code = codeHost(document, false);
        return code ? codeCompletion(code, document, position, language) : { isIncomplete: false, items: [] };
      }
      const context = featureContext(document);
      return doComplete(options.random ? { ...context, random: options.random } : context, position);
    },
    resolveCompletion(document, item) {
      if (isTooLarge(document)) return item;
      if (!codeLanguage(document)) return resolveCompletion(featureContext(document), item);
      const code = codeHost(document, false);
      return code && isCodeItemData(item.data) ? resolveCodeCompletion(code, item, item.data) : item;
    },
    doHover(document, position) {
      if (isTooLarge(document)) return null;
      if (!codeLanguage(document)) return doHover({ ...featureContext(document), loader: environment.settings.loader }, position);
      const code = codeHost(document);
      return code ? codeHover(code, document, position) : null;
    },
    getDocumentSchemas(document) {
      // A file too large to analyse is not parsed for its schemas either: none applies.
      const selection = isTooLarge(document) ? undefined : analysisOf(document).selection;
      const path = pathOfUri(document.uri);
      return {
        // The most specific first: the status bar shows the first one's name and how many others apply.
        applied: [...(selection?.applied ?? [])].sort((a, b) => statusRank(a) - statusRank(b)).map(({ schema, because }) => ({ id: schema.id, name: schema.name, because })),
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
    secretValueRanges: (document) =>
      isTooLarge(document) || codeLanguage(document) ? [] : analysisOf(document).secretValueSpans.map((span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) })),
    findDefinition(document, position) {
      if (!navigable(document)) return [];
      if (!codeLanguage(document)) return navigation.findDefinition(host, navigation.openFile(host, document), document.offsetAt(position));
      const code = codeHost(document);
      return code ? codeDefinition(code, document, position) : [];
    },
    findReferences(document, position, includeDeclaration) {
      if (!navigable(document)) return [];
      if (codeLanguage(document)) {
        const code = codeHost(document);
        return code ? codeReferences(code, document, position, (file, offset) => navigation.findReferences(host, file, offset, includeDeclaration)) : [];
      }
      const inFamily = navigation.findReferences(host, navigation.openFile(host, document), document.offsetAt(position), includeDeclaration);
      const code = envCodeHost();
      const key = code && envKeyAt(document, position);
      return code && key ? [...inFamily, ...readSitesIn(code, key.folder, key.key)] : inFamily;
    },
    prepareRename(document, position) {
      if (!navigable(document)) return { refused: TOO_LARGE_TO_RENAME };
      if (!codeLanguage(document)) return navigation.prepareRename(host, navigation.openFile(host, document), document.offsetAt(position));
      const code = codeHost(document);
      const path = pathOfUri(document.uri);
      const site = code && path ? siteAt(code.index, path, document.offsetAt(position)) : undefined;
      return site
        ? { range: { start: document.positionAt(site.start), end: document.positionAt(site.end) }, placeholder: site.key }
        : { refused: 'Rename works on the name of an environment variable the code reads.' };
    },
    rename(document, position, newName, renameOptions) {
      if (!navigable(document)) return { refused: TOO_LARGE_TO_RENAME };
      if (codeLanguage(document)) {
        const code = codeHost(document);
        return code
          ? codeRename(code, document, position, newName, (file, offset) => navigation.rename(host, file, offset, newName, renameOptions))
          : { refused: 'EnvSense has not finished reading the workspace code yet.' };
      }
      const key = envKeyAt(document, position);
      const answer = navigation.rename(host, navigation.openFile(host, document), document.offsetAt(position), newName, renameOptions);
      const code = envCodeHost();
      return code && key && 'edit' in answer ? withCodeEdits(code, answer.edit, key.folder, key.key, newName) : answer;
    },
    findDocumentHighlights: (document, position) =>
      navigable(document) && !codeLanguage(document) ? navigation.findDocumentHighlights(navigation.openFile(host, document), document.offsetAt(position)) : [],
    findWorkspaceSymbols: (query) => navigation.findWorkspaceSymbols(host, query),
    setWorkspaceFolders(next) {
      folders = next;
      workspace.setWorkspaceFolders(next);
      environment = { ...environment };
    },
    workspaceChanged() {
      workspace.clear();
      environment = { ...environment };
    },
    forget(uri) {
      analyses.delete(uri);
      indexedVersions.delete(uri);
    },
    codeChanged() {
      if (workspace.codeChanged()) environment = { ...environment };
    },
    updateCodeDocument(document) {
      const index = workspace.codeIndex;
      const path = pathOfUri(document.uri);
      if (index !== undefined && path !== undefined && !isTooLarge(document) && codeLanguage(document) !== undefined) updateCode(index, path, document);
      const changed = codeFactsChanged;
      codeFactsChanged = false;
      return changed;
    },
    isCodeDocument: (uri) => codeLanguageOfUri(uri) !== undefined,
    setCodeIndex(index) {
      workspace.setCodeIndex(index);
      environment = { ...environment };
    },
  };
}

const TOO_LARGE_TO_RENAME = 'EnvSense does not rename in this document: it is too large to analyse, or not a file.';

/** The order the status bar lists applied schemas in: the most specific first, templates last. */
function statusRank(applied: AppliedSchema): number {
  return applied.reason === 'template' ? 9 : specificity(applied);
}
