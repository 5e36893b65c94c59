import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { EnvSenseSettings } from '../settings';
import { DIAGNOSTIC_CODES, DOCUMENTATION_BASE, type Severity } from './codes';
import type { Finding } from './finding';

const LSP_SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity a finding is shown with: the settings' for its code, else its own, else the code's default. */
export function severityOf(finding: Finding, settings: EnvSenseSettings): Severity {
  return settings.rules[finding.code] ?? finding.severity ?? DIAGNOSTIC_CODES[finding.code].severity;
}

/** Findings as LSP diagnostics, with the severity the settings give each code (or none when `off`). */
export function toDiagnostics(document: TextDocument, findings: readonly Finding[], settings: EnvSenseSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding, settings);
    if (severity === 'off') continue;
    const diagnostic: Diagnostic = {
      range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
      severity: LSP_SEVERITY[severity],
      code: finding.code,
      codeDescription: { href: DOCUMENTATION_BASE + finding.code },
      source: 'envsense',
      message: finding.message,
    };
    if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
    if (finding.deprecated) diagnostic.tags = [DiagnosticTag.Deprecated];
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
