import { isDiagnosticCode, type DiagnosticCode, type Severity } from './diagnostics/codes';
import { isLoaderSetting, LOADER_SETTINGS, type LoaderSetting } from './family/loaderIds';
import { isReaderId, READERS, type ReaderId } from './readers/readerTable';
import { DEFAULT_TEMPLATE_VALUES, isTemplateValues, TEMPLATE_VALUES, type TemplateValues } from './templates/templateValues';

/** The `envsense.*` settings, shared by the editor, the standalone server and the CLI. */
export interface EnvSenseSettings {
  /** Glob patterns of Python secrets files (matched against the file name and the path). */
  readonly secretsFiles: readonly string[];
  /** Severity per diagnostic code; `off` silences it. */
  readonly rules: Readonly<Partial<Record<DiagnosticCode, Severity>>>;
  /** Schemas by file glob, as `json.schemas`: ids or paths of schema files. */
  readonly schemas: readonly SchemaAssociation[];
  /** Readers by file glob: who loads the matching files, when the project does not show it. */
  readonly readers: readonly ReaderAssociation[];
  /** Which loader reads a file's env family (`.env`, `.env.local`, …), in which order: `auto` detects it from the project. */
  readonly loader: LoaderSetting;
  /** What "Create template" writes for values: secrets are never written (see templates/templateValues). */
  readonly templateValues: TemplateValues;
}

export interface ReaderAssociation {
  readonly fileMatch: readonly string[];
  readonly readers: readonly ReaderId[];
}

export interface SchemaAssociation {
  readonly fileMatch: readonly string[];
  readonly schemas: readonly string[];
}

export const DEFAULT_SECRETS_FILES: readonly string[] = [
  'secrets.py',
  '*secrets*.py',
  'local_settings.py',
  '*.py.template',
  '*.py.example',
];

export const DEFAULT_SETTINGS: EnvSenseSettings = {
  secretsFiles: DEFAULT_SECRETS_FILES,
  rules: {},
  schemas: [],
  readers: [],
  loader: 'auto',
  templateValues: DEFAULT_TEMPLATE_VALUES,
};

const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

/**
 * Reads settings from untrusted JSON (an editor's configuration or `.envsense.json`), keeping every
 * valid field and reporting each invalid one instead of failing.
 */
export function readSettings(raw: unknown): { settings: EnvSenseSettings; problems: string[] } {
  const problems: string[] = [];
  const input = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push('settings must be an object');

  let secretsFiles = DEFAULT_SECRETS_FILES;
  if (input.secretsFiles !== undefined) {
    if (isStringList(input.secretsFiles)) {
      secretsFiles = input.secretsFiles;
    } else {
      problems.push('envsense.secretsFiles must be a list of glob patterns');
    }
  }

  const rules: Partial<Record<DiagnosticCode, Severity>> = {};
  if (input.rules !== undefined) {
    if (isRecord(input.rules)) {
      for (const [code, severity] of Object.entries(input.rules)) {
        if (!isDiagnosticCode(code)) {
          problems.push(`envsense.rules.${code} is not a diagnostic code (the README lists them)`);
        } else if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) {
          rules[code as DiagnosticCode] = severity as Severity;
        } else {
          problems.push(`envsense.rules.${code} must be one of ${SEVERITIES.join(', ')}`);
        }
      }
    } else {
      problems.push('envsense.rules must be an object of code → severity');
    }
  }
  const schemas: SchemaAssociation[] = [];
  if (input.schemas !== undefined) {
    if (Array.isArray(input.schemas)) {
      input.schemas.forEach((entry: unknown, index) => {
        if (isRecord(entry) && isStringList(entry.fileMatch) && isStringList(entry.schemas)) {
          schemas.push({ fileMatch: entry.fileMatch, schemas: entry.schemas });
        } else {
          problems.push(`envsense.schemas[${index}] must be { "fileMatch": [globs], "schemas": [ids or paths] }`);
        }
      });
    } else {
      problems.push('envsense.schemas must be a list of { "fileMatch": [...], "schemas": [...] }');
    }
  }
  const readers: ReaderAssociation[] = [];
  if (input.readers !== undefined) {
    const shape = `envsense.readers must be a list of { "fileMatch": [globs], "readers": [${Object.keys(READERS).join(', ')}] }`;
    if (Array.isArray(input.readers)) {
      input.readers.forEach((entry: unknown, index) => {
        if (isRecord(entry) && isStringList(entry.fileMatch) && isStringList(entry.readers) && entry.readers.every(isReaderId)) {
          readers.push({ fileMatch: entry.fileMatch, readers: entry.readers });
        } else {
          problems.push(`envsense.readers[${index}]: ${shape}`);
        }
      });
    } else {
      problems.push(shape);
    }
  }
  let loader: LoaderSetting = 'auto';
  if (input.loader !== undefined) {
    if (isLoaderSetting(input.loader)) loader = input.loader;
    else problems.push(`envsense.loader must be one of ${LOADER_SETTINGS.join(', ')}`);
  }
  let templateValues = DEFAULT_TEMPLATE_VALUES;
  if (input.templateValues !== undefined) {
    if (isTemplateValues(input.templateValues)) templateValues = input.templateValues;
    else problems.push(`envsense.templateValues must be one of ${TEMPLATE_VALUES.join(', ')}`);
  }
  return { settings: { secretsFiles, rules, schemas, readers, loader, templateValues }, problems };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
