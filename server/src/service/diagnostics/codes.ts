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
  'invalid-value': { severity: 'error', summary: 'The value does not have the form the schema gives (type, range, scheme, allowed values).' },
  'missing-required': { severity: 'warning', summary: 'A variable the schema requires is not set.' },
  'deprecated-key': { severity: 'warning', summary: 'The variable is deprecated.' },
  'dangerous-value': { severity: 'warning', summary: 'The value works but does harm, as the schema warns.' },
  'unknown-key': { severity: 'warning', summary: 'The schema lists every variable its system reads, and this is not one of them.' },
  'convention-type': { severity: 'information', summary: 'By its name (`*_PORT`, `*_URL`, `*_EMAIL`) the value should have another form.' },
  'placeholder-value': { severity: 'warning', summary: 'A placeholder was left in (`<your-secret-key>`, `changeme`, `TODO`, …).' },
  'example-secret': { severity: 'warning', summary: 'A secret is set to the example its documentation gives.' },
  'weak-secret': { severity: 'warning', summary: 'A secret is short, repetitive or a common word.' },
  'leaked-credential': { severity: 'error', summary: 'A real-looking credential in a file that git would commit or in a shared template.' },
  'public-secret': { severity: 'error', summary: 'A secret in a variable that the bundler exposes to the browser.' },
  'undefined-reference': { severity: 'warning', summary: '`${VAR}` refers to a variable defined nowhere.' },
  'reference-cycle': { severity: 'error', summary: 'References form a cycle and can never be resolved.' },
  'secret-file-not-ignored': { severity: 'warning', summary: 'A file with secrets that git would commit.' },
  'secret-file-tracked': { severity: 'warning', summary: 'A file with secrets that git already tracks.' },
  'unknown-schema': { severity: 'warning', summary: 'A directive names a schema that does not exist or cannot be read.' },
  'reference-not-expanded': { severity: 'hint', summary: 'dotenv itself loads `${VAR}` literally; shells, docker compose and dotenv-expand substitute it.' },
  'unknown-reader': { severity: 'warning', summary: 'A `# envsense: reader=` line names a reader EnvSense does not know.' },
  'reader-refuses': { severity: 'error', summary: 'A reader of the file (godotenv, docker compose, phpdotenv) stops on a line and loads nothing from the file.' },
  'readers-disagree': { severity: 'warning', summary: 'Two readers of the file load a key with different values.' },
  'analysis-limit': { severity: 'information', summary: 'The file is too large, or has too many problems, to be shown in full.' },
} as const satisfies Record<string, DiagnosticInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const DOCUMENTATION_BASE = 'https://github.com/envsense/envsense#';

export function isDiagnosticCode(code: unknown): code is DiagnosticCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}
