/**
 * Every diagnostic EnvSense reports: its stable code, default severity and a one-line summary. The
 * README has a section per code (the anchor is the code itself), which `codeDescription.href` links to.
 */

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

export interface DiagnosticInfo {
  readonly severity: Exclude<Severity, 'off'>;
  readonly summary: string;
}

export const DIAGNOSTIC_CODES = {
  'ignored-line': { severity: 'warning', summary: 'dotenv skips this line without a word.' },
  'value-cut-by-hash': { severity: 'warning', summary: 'An unquoted value is cut short at `#`.' },
  'unclosed-quote': { severity: 'warning', summary: 'A quote is not closed, so dotenv keeps the quote character in the value.' },
  'quote-spans-lines': { severity: 'warning', summary: 'A quote is closed only lines later, swallowing the lines in between into one value.' },
  'text-after-quote': { severity: 'warning', summary: 'Text follows the closing quote, so dotenv keeps the quotes in the value.' },
  'duplicate-key': { severity: 'warning', summary: 'The key is set again later; this line has no effect.' },
  'spaces-around-equals': { severity: 'hint', summary: 'A shell that sources this file reads `KEY = value` as a command.' },
  'unquoted-whitespace': { severity: 'hint', summary: 'A shell that sources this file splits an unquoted value at whitespace.' },
  'colon-separator': { severity: 'hint', summary: 'A shell that sources this file does not read `KEY: value`.' },
  'unknown-schema': { severity: 'warning', summary: 'A directive names a schema that does not exist or cannot be read.' },
  'reference-not-expanded': { severity: 'hint', summary: 'dotenv itself loads `${VAR}` literally; shells, docker compose and dotenv-expand substitute it.' },
} as const satisfies Record<string, DiagnosticInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const DOCUMENTATION_BASE = 'https://github.com/envsense/envsense#';

export function isDiagnosticCode(code: unknown): code is DiagnosticCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}
