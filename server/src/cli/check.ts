import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { nodeGitFacts } from '../node/nodeGitFacts';
import { nodeFs } from '../node/nodeFs';
import { findPackageRoot } from '../node/packageInfo';
import { loadBundledSchemas } from '../node/schemaFiles';
import { createLanguageService, type LanguageService } from '../service';
import { isDiagnosticCode } from '../service/diagnostics/codes';
import { fixesFor, type TextChange } from '../service/fixes';
import type { EnvSenseSettings } from '../service/settings';
import { readTextFile } from './files';

export interface FileDiagnostics {
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
  /** How many safe fixes `--fix` applied to the file. */
  readonly fixed: number;
}

/** The editor's diagnostics for each file, from the same language service; with `fix`, safe fixes applied first. */
export function checkFiles(files: readonly string[], settings: EnvSenseSettings, fix = false, warn: (text: string) => void = () => undefined): FileDiagnostics[] {
  const { schemas, validateSchema } = loadBundledSchemas(findPackageRoot(__dirname));
  const service = createLanguageService({ settings, schemas, validateSchema, fs: nodeFs, git: nodeGitFacts(), workspaceFolders: [process.cwd()] });
  const warned = new Set<string>();
  return files.map((path) => {
    const uri = pathToFileURL(resolve(path)).href;
    let document = TextDocument.create(uri, 'dotenv', 1, readTextFile(path));
    let fixed = 0;
    // Each round applies the fixes that do not overlap; a fix may uncover another, so repeat a few times.
    const loaded = loadedValues(service, document);
    for (let round = 0; fix && round < 5; round++) {
      const changes = safeChanges(service, document);
      if (changes.length === 0) break;
      const text = applyChanges(document.getText(), changes);
      // A safe fix never changes what the file loads; if a combination would, nothing is written.
      if (loadedValues(service, TextDocument.create(uri, 'dotenv', 0, text)) !== loaded) break;
      fixed += changes.length;
      document = TextDocument.create(uri, 'dotenv', document.version + 1, text);
      writeFileSync(path, text);
    }
    for (const problem of service.getDocumentSchemas(document).problems) {
      const line = `envsense: ${problem.path}: this schema is not used: ${problem.problems.join('; ')}\n`;
      if (!warned.has(line)) warn(line);
      warned.add(line);
    }
    return { path, diagnostics: service.doValidation(document), fixed };
  });
}

function safeChanges(service: LanguageService, document: TextDocument): TextChange[] {
  const context = service.fixContext(document);
  const changes: TextChange[] = [];
  for (const diagnostic of service.doValidation(document)) {
    if (!isDiagnosticCode(diagnostic.code)) continue;
    const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
    const safe = fixesFor(context, diagnostic.code, span).find((f) => f.safe && !f.otherFiles);
    if (safe) changes.push(...safe.changes);
  }
  changes.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const kept: TextChange[] = [];
  let end = -1;
  for (const change of changes) {
    if (change.span.start < end || (change.span.start === end && change.span.start === change.span.end && kept.length > 0)) continue;
    kept.push(change);
    end = Math.max(end, change.span.end);
  }
  return kept;
}

/** The variables a document loads, as one comparable string. */
function loadedValues(service: LanguageService, document: TextDocument): string {
  const values: Record<string, string> = {};
  for (const assignment of service.parseDocument(document).assignments) values[assignment.key] = assignment.value;
  return JSON.stringify(values);
}

function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = '';
  let at = 0;
  for (const change of changes) {
    out += text.slice(at, change.span.start) + change.newText;
    at = change.span.end;
  }
  return out + text.slice(at);
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

function severityName(diagnostic: Diagnostic): string {
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
