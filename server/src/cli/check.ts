import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { findPackageRoot, loadBundledSchemas } from '../node/schemaFiles';
import { gitCli } from '../node/gitCli';
import { nodeFs } from '../node/nodeFs';
import { createLanguageService } from '../service';
import type { EnvSenseSettings } from '../service/settings';
import { readTextFile } from './files';

export interface FileDiagnostics {
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** The editor's diagnostics for each file, from the same language service. */
export function checkFiles(files: readonly string[], settings: EnvSenseSettings): FileDiagnostics[] {
  const { schemas, validateSchema } = loadBundledSchemas(findPackageRoot(__dirname));
  const service = createLanguageService({ settings, schemas, validateSchema, fs: nodeFs, git: gitCli(nodeFs), workspaceFolders: [process.cwd()] });
  return files.map((path) => {
    const document = TextDocument.create(pathToFileURL(resolve(path)).href, 'dotenv', 1, readTextFile(path));
    return { path, diagnostics: service.doValidation(document) };
  });
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function severityName(diagnostic: Diagnostic): string {
  return SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error];
}

/** `path:line:col severity code message`, lines and columns counted from 1. */
export function formatText(results: readonly FileDiagnostics[]): string {
  let out = '';
  for (const { path, diagnostics } of results) {
    for (const d of diagnostics) {
      out += `${path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d)} ${String(d.code)} ${d.message}\n`;
    }
  }
  return out;
}

export function formatJson(results: readonly FileDiagnostics[]): string {
  const rows = results.flatMap(({ path, diagnostics }) =>
    diagnostics.map((d) => ({
      path,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: severityName(d),
      code: d.code,
      message: d.message,
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function hasErrors(results: readonly FileDiagnostics[]): boolean {
  return results.some(({ diagnostics }) => diagnostics.some((d) => d.severity === DiagnosticSeverity.Error));
}
