import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { DEFAULT_SETTINGS, type EnvSenseSettings, type LanguageService } from '../../../server/out/service';
import { DocumentAnalysis } from '../../../server/out/service/analysis/documentAnalysis';
import type { AnalysisEnvironment } from '../../../server/out/service/analysis/environment';
import { codeDiagnostics, type CodeDocumentInput } from '../../../server/out/service/code/codeDiagnostics';
import { codeDocumentActions } from '../../../server/out/service/code/codeDocumentActions';
import { CodeIndex, codeLanguageOf } from '../../../server/out/service/code/codeIndex';
import { codeScopeOf } from '../../../server/out/service/code/codeScope';
import { findReadSites } from '../../../server/out/service/code/readSites';
import type { CodeParser } from '../../../server/out/service/code/syntaxNode';
import { dialectOf } from '../../../server/out/service/dialect';
import type { RuleContext } from '../../../server/out/service/diagnostics/finding';
import { definedKeys } from '../../../server/out/service/diagnostics/ruleScope';
import { keyIndex } from '../../../server/out/service/parser/keyIndex';
import { SchemaRegistry } from '../../../server/out/service/schema/schemaRegistry';
import { gitFactsFromFiles } from '../../../server/out/service/workspace/filesGitFacts';
import { uriOfPath } from '../../../server/out/service/workspace/workspaceFs';
import { WorkspaceView } from '../../../server/out/service/workspace/workspaceView';
import { codeParsers, codeService } from '../support/codeService';
import { memoryFs } from '../support/memoryFs';
import { toProblem, type Problem } from '../support/service';

/**
 * A workspace of in-memory files under /workspace with its code index and a language service over
 * them: an env file's diagnostics are the service's; a code document's come from `codeDiagnostics`
 * with its read sites, as the service gives it.
 */
export interface Project {
  readonly files: Record<string, string>;
  readonly environment: AnalysisEnvironment;
  readonly reads: CodeIndex;
  readonly service: LanguageService;
  /** Texts of files open in the editor, which win over the files. */
  readonly open: Map<string, string>;
  readonly parse: CodeParser;
}

const BUNDLED = loadBundledSchemas(resolve(__dirname, '../../..'));

export async function projectOf(files: Record<string, string>, options: { settings?: EnvSenseSettings } = {}): Promise<Project> {
  const fs = memoryFs(files);
  const git = gitFactsFromFiles(fs);
  const workspace = new WorkspaceView(fs, BUNDLED.validateSchema, git);
  workspace.setWorkspaceFolders(['/workspace']);
  const parse = await codeParsers();
  const { service, index } = await codeService(files, options.settings);
  const environment: AnalysisEnvironment = { settings: options.settings ?? DEFAULT_SETTINGS, bundled: new SchemaRegistry(BUNDLED.schemas), workspace };
  return { files, environment, reads: index, open: new Map(), parse, service };
}

function envDocument(project: Project, path: string, text?: string): TextDocument {
  return TextDocument.create(uriOfPath(path), 'dotenv', 1, text ?? project.open.get(path) ?? project.files[path] ?? '');
}

/** The rule context an env file's document rules get, with the code in its scope. */
export function envContext(project: Project, path: string): RuleContext {
  const document = envDocument(project, path);
  const { environment } = project;
  const analysis = DocumentAnalysis.of(document, dialectOf(document.uri, environment.settings.secretsFiles), environment, undefined);
  const scope = { ...analysis.scope, code: codeScopeOf(project.reads, environment.workspace, path) };
  return { ...scope, env: analysis.env, lineOf: (offset) => document.positionAt(offset).line + 1, keys: keyIndex(analysis.env), definedKeys: definedKeys(analysis.env, scope.loadedBefore) };
}

/** An env file's diagnostics (its text on disk, or `text`), as the Problems panel shows them. */
export function envProblems(project: Project, path: string, text?: string): Problem[] {
  return project.service.doValidation(envDocument(project, path, text)).map(toProblem);
}

/** The quick fixes of an env file's diagnostics of `code`: titles and the text each leaves. */
export function envFixes(project: Project, path: string, code: string): { title: string; result: string }[] {
  const document = envDocument(project, path);
  const diagnostics = project.service.doValidation(document).filter((diagnostic) => diagnostic.code === code);
  return project.service.getCodeActions(document, { diagnostics }).map((action) => ({
    title: action.title,
    result: TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []),
  }));
}

/** What the language service gives `codeDiagnostics` for a code document: its read sites on the current text. */
export function codeInput(project: Project, path: string, text?: string): CodeDocumentInput {
  const source = text ?? project.files[path] ?? '';
  const language = codeLanguageOf(path);
  const root = language ? project.parse(source, language) : undefined;
  const document = TextDocument.create(uriOfPath(path), language ?? 'plaintext', 1, source);
  return { document, sites: root && language ? findReadSites(root, language) : [], environment: project.environment, openText: (file) => project.open.get(file) };
}

export function codeProblems(project: Project, path: string, text?: string): Problem[] {
  return codeDiagnostics(codeInput(project, path, text)).map(toProblem);
}

/** The quick fixes of a code document's diagnostics: titles, and each edited file's text after the fix. */
export function codeFixes(project: Project, path: string): { title: string; files: Record<string, string> }[] {
  const input = codeInput(project, path);
  const diagnostics: Diagnostic[] = codeDiagnostics(input);
  return codeDocumentActions(input, { diagnostics }).map((action: CodeAction) => ({ title: action.title, files: editedFiles(project, action) }));
}

function editedFiles(project: Project, action: CodeAction): Record<string, string> {
  const files: Record<string, string> = {};
  for (const change of (action.edit?.documentChanges ?? []) as TextDocumentEdit[]) {
    const path = decodeURIComponent(new URL(change.textDocument.uri).pathname);
    const before = TextDocument.create(change.textDocument.uri, 'x', 0, project.files[path] ?? '');
    files[path] = TextDocument.applyEdits(before, change.edits.filter((edit): edit is TextEdit => 'newText' in edit));
  }
  return files;
}
