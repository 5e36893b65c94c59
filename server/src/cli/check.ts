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
import { parse } from '../service/parser';
import { loadedValues } from '../service/parser/loadedValues';
import type { EnvSenseSettings } from '../service/settings';
import { displayPath, escapeControls, escapeJsonControls } from './escape';
import { writeInside } from '../node/safeWrite';
import { InputError, readTextFile } from './files';

export interface FileDiagnostics {
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
  /** How many safe fixes `--fix` applied to the file. */
  readonly fixed: number;
  /** Why the file could not be checked (unreadable, or an unexpected failure): one line that names the file. */
  readonly failure?: string;
}

/** The editor's diagnostics for each file, from the same language service; with `fix`, safe fixes applied first. */
export function checkFiles(files: readonly string[], settings: EnvSenseSettings, fix = false, warn: (text: string) => void = () => undefined): FileDiagnostics[] {
  const { schemas, validateSchema } = loadBundledSchemas(findPackageRoot(__dirname));
  const service = createLanguageService({ settings, schemas, validateSchema, fs: nodeFs, git: nodeGitFacts(), workspaceFolders: [process.cwd()] });
  const warned = new Set<string>();
  return files.map((path) => {
    // One file that cannot be read or that trips a bug must not stop the others, nor print a stack trace.
    try {
      return checkFile(service, path, fix, (line) => {
        if (!warned.has(line)) warn(line);
        warned.add(line);
      });
    } catch (error) {
      return { path, diagnostics: [], fixed: 0, failure: failureOf(path, error) };
    }
  });
}

function checkFile(service: LanguageService, path: string, fix: boolean, warn: (text: string) => void): FileDiagnostics {
  const uri = pathToFileURL(resolve(path)).href;
  const text = readTextFile(path);
  let document = TextDocument.create(uri, 'dotenv', 1, text);
  let fixed = 0;
  if (fix) {
    const result = fixedText(service, document, path, warn);
    const refused = result.fixed > 0 ? writeInside(process.cwd(), path, result.text) : undefined;
    if (refused) warn(`envsense: ${path}: not fixed: ${refused}\n`);
    else if (result.fixed > 0) {
      fixed = result.fixed;
      // The service must read the new text afresh, and other files may read this one (a template).
      service.forget(uri);
      service.workspaceChanged();
      document = TextDocument.create(uri, 'dotenv', 1, result.text);
    }
  }
  for (const problem of service.getDocumentSchemas(document).problems) {
    warn(`envsense: ${problem.path}: this schema is not used: ${problem.problems.join('; ')}\n`);
  }
  return { path, diagnostics: service.doValidation(document), fixed };
}

function failureOf(path: string, error: unknown): string {
  // An InputError's message already names the file.
  return error instanceof InputError ? error.message : `${path}: could not be checked (${unexpected(error)}); please report this`;
}

/** An unexpected error in a few words: its kind and message, never its stack. */
export function unexpected(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * The text after the safe fixes, applied in rounds (a fix may uncover another). Each round is checked
 * against a fresh parse of the new text: if what the file loads would change, that round is dropped.
 */
function fixedText(service: LanguageService, original: TextDocument, path: string, warn: (text: string) => void): { text: string; fixed: number } {
  let text = original.getText();
  // Rewriting text that was not valid UTF-8 would change bytes outside the fixed spans.
  if (text.includes('\uFFFD')) {
    warn(`envsense: ${path}: not fixed: the file is not valid UTF-8 (or holds U+FFFD), so rewriting it could change other bytes\n`);
    return { text, fixed: 0 };
  }
  const dialect = service.dialectOf(original.uri);
  const loaded = loadedValues(parse(text, dialect));
  let fixed = 0;
  for (let round = 0; round < 5; round++) {
    // Forgotten each round, so the service never answers from what it cached for an older text.
    service.forget(original.uri);
    const document = TextDocument.create(original.uri, original.languageId, 1, text);
    const changes = safeChanges(service, document);
    if (changes.length === 0) break;
    const candidate = applyChanges(text, changes);
    if (!sameValues(loadedValues(parse(candidate, dialect)), loaded)) break;
    fixed += changes.length;
    text = candidate;
  }
  return { text, fixed };
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

function sameValues(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
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

/**
 * `path:line:col severity code message`, lines and columns counted from 1. Paths and messages may
 * come from the files, so their control characters are escaped: one finding is always one line.
 */
export function formatText(results: readonly FileDiagnostics[]): string {
  let out = '';
  for (const { path, diagnostics } of results) {
    const shown = displayPath(path);
    for (const d of diagnostics) {
      out += `${shown}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d)} ${String(d.code)} ${escapeControls(typeof d.message === 'string' ? d.message : d.message.value)}\n`;
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
  return `${escapeJsonControls(JSON.stringify(rows, null, 2))}\n`;
}

/** Whether a file could not be checked: that decides exit code 2, as unreadable input does. */
export function hasFailures(results: readonly FileDiagnostics[]): boolean {
  return results.some(({ failure }) => failure !== undefined);
}

export function hasErrors(results: readonly FileDiagnostics[]): boolean {
  return results.some(({ diagnostics }) => diagnostics.some((d) => d.severity === DiagnosticSeverity.Error));
}
