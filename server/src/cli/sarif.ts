import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DIAGNOSTIC_CODES, DOCUMENTATION_BASE } from '../service/diagnostics/codes';
import type { FileDiagnostics } from './check';
import { escapeJsonControls } from './escape';

const LEVEL: Record<DiagnosticSeverity, 'error' | 'warning' | 'note'> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

/** SARIF 2.1.0, as GitHub code scanning and other tools read it. Paths are relative to `cwd`. */
export function formatSarif(results: readonly FileDiagnostics[], cwd: string, version: string): string {
  const rules = Object.entries(DIAGNOSTIC_CODES).map(([id, info]) => ({
    id,
    shortDescription: { text: info.summary },
    helpUri: DOCUMENTATION_BASE + id,
    defaultConfiguration: { level: info.severity === 'error' ? 'error' : info.severity === 'warning' ? 'warning' : 'note' },
  }));
  const sarifResults = results.flatMap(({ path, diagnostics }) =>
    diagnostics.map((d) => ({
      ruleId: String(d.code),
      ruleIndex: rules.findIndex((r) => r.id === d.code),
      level: LEVEL[d.severity ?? DiagnosticSeverity.Error],
      message: { text: typeof d.message === 'string' ? d.message : d.message.value },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(path, cwd) },
            region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'envsense', version, informationUri: 'https://github.com/envsense/envsense', rules } }, results: sarifResults }],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
}

/**
 * The file as a URI reference relative to `cwd` (SARIF resolves it against the run's folder), each
 * segment percent-encoded; a file that has no relative path (another drive) gets an absolute `file:` URI.
 */
function artifactUri(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  if (isAbsolute(rel)) return pathToFileURL(resolve(cwd, path)).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}
