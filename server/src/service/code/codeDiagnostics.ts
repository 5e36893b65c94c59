import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { AnalysisEnvironment } from '../analysis/environment';
import { describeValue } from '../diagnostics/describeValue';
import type { Finding } from '../diagnostics/finding';
import { capFindings } from '../diagnostics/limits';
import { severityOf, toDiagnostics } from '../diagnostics/toDiagnostics';
import type { Assignment, EnvDocument } from '../parser';
import { decidingIds } from '../schema/schemaSelection';
import { secretTestOf } from '../secrets/secrecy';
import { pathOfUri } from '../workspace/workspaceFs';
import { conversionProblem } from './conversions';
import { setByPlatform } from './platformKeys';
import { projectEnvOf, type ProjectEnv, type ProjectEnvFile } from './projectEnv';
import type { ReadForm, ReadSite } from './readSites';

/** What the language service gives for a code document (JavaScript, TypeScript, Python). */
export interface CodeDocumentInput {
  readonly document: TextDocument;
  /** The read sites of the document's current text: `findReadSites` on its tree. */
  readonly sites: readonly ReadSite[];
  /** The service's environment: settings, bundled schemas, workspace. */
  readonly environment: AnalysisEnvironment;
  /** The text of a file open in the editor (an env file being edited wins over its copy on disk); undefined for a file not open. */
  readonly openText: (path: string) => string | undefined;
}

/** A finding on a read site, with the site it is about (its index in the input's sites). */
export interface CodeFinding extends Finding {
  readonly site: number;
}

/**
 * Problems the code makes visible about its env files, on the read sites: a variable no env file of
 * the project provides, read without a fallback (`read-but-not-set`), and a value the code's
 * conversion cannot take (`read-type-mismatch`). Nothing is said when neither code is wanted, when no
 * folder of the code file up to the workspace root has an env file, or when one cannot be read.
 */
export function codeFindings(input: CodeDocumentInput): CodeFinding[] {
  const { document, sites, environment } = input;
  const path = pathOfUri(document.uri);
  const wantsUnset = wanted('read-but-not-set', environment);
  const wantsMismatch = wanted('read-type-mismatch', environment);
  if (path === undefined || sites.length === 0 || (!wantsUnset && !wantsMismatch)) return [];
  const project = projectEnvOf({ environment, path, openText: input.openText });
  if (!project) return [];
  const findings: CodeFinding[] = [];
  const unset = unsetTest(project);
  const files = filesNamed(project);
  sites.forEach((site, index) => {
    const span = { start: site.start, end: site.end };
    if (wantsUnset && site.fallback === undefined && site.guard === undefined && unset(site)) {
      findings.push({ code: 'read-but-not-set', span, site: index, message: `${site.key} is set in no env file of this project (${files}): unless the environment provides it, ${WHEN_UNSET[site.form](site.key)} here.` });
    }
    const mismatch = wantsMismatch && site.convertsTo ? mismatchMessage(project, site) : undefined;
    if (mismatch) findings.push({ code: 'read-type-mismatch', span, site: index, message: mismatch });
  });
  return findings;
}

/** The findings as diagnostics, with the severities the settings give, at most as many as a file shows. */
export function codeDiagnostics(input: CodeDocumentInput): Diagnostic[] {
  return toDiagnostics(input.document, capFindings(codeFindings(input)), input.environment.settings);
}

function wanted(code: 'read-but-not-set' | 'read-type-mismatch', environment: AnalysisEnvironment): boolean {
  return severityOf({ code, span: { start: 0, end: 0 }, message: '' }, environment.settings) !== 'off';
}

/**
 * Whether the project provides nothing for the site's key: no env file or template sets it or
 * comments it out, no compose file names it, the platform does not set it, and no schema that applies
 * to the project's `.env` gives it a default or calls it optional. Each key is judged once.
 */
function unsetTest(project: ProjectEnv): (site: ReadSite) => boolean {
  const judged = new Map<string, boolean>();
  return (site) => {
    const key = `${site.form}\u0000${site.key}`;
    let unset = judged.get(key);
    if (unset === undefined) {
      unset = !project.provided.has(site.key) && !setByPlatform(site.key, site.form) && !project.compose.names.has(site.key) && !schemaProvides(project, site.key);
      judged.set(key, unset);
    }
    return unset;
  };
}

function schemaProvides(project: ProjectEnv, key: string): boolean {
  const selection = project.selection();
  return selection.registry.lookup(key, decidingIds(selection)).some(({ spec }) => spec.default !== undefined || spec.required === false);
}

/** What the code gets for an unset variable, by how it reads it. */
const WHEN_UNSET: Readonly<Record<ReadForm, (key: string) => string>> = {
  'process.env': (key) => `process.env.${key} is undefined`,
  'import.meta.env': (key) => `import.meta.env.${key} is undefined`,
  'Bun.env': (key) => `Bun.env.${key} is undefined`,
  'Deno.env.get': (key) => `Deno.env.get('${key}') returns undefined`,
  'os.environ': (key) => `os.environ['${key}'] raises KeyError`,
  'os.environ.get': (key) => `os.environ.get('${key}') returns None`,
  'os.getenv': (key) => `os.getenv('${key}') returns None`,
  'django-environ': (key) => `env('${key}') raises ImproperlyConfigured`,
};

/** How many env files a message names before it says how many more it looked at. */
const FILES_NAMED = 4;

/** The env files looked at, as a message names them. */
function filesNamed(project: ProjectEnv): string {
  const shown = project.files.map((file) => file.shown);
  return shown.length <= FILES_NAMED ? shown.join(', ') : `${shown.slice(0, FILES_NAMED).join(', ')} and ${shown.length - FILES_NAMED} more`;
}

/**
 * The site's conversion against the key's value in each env file of the project's own folder that
 * sets it (templates aside: they hold examples): said only when the value fails in every one, so that
 * it fails whichever file wins. A Python secrets file holds Python values, not the environment's
 * strings; a value that expands `$VAR` is not known here.
 */
function mismatchMessage(project: ProjectEnv, site: ReadSite): string | undefined {
  const conversion = site.convertsTo;
  if (!conversion) return undefined;
  const values: { file: ProjectEnvFile; value: string }[] = [];
  let problem: string | undefined;
  for (const file of project.files) {
    if (!file.nearest || file.template || file.dialect !== 'dotenv') continue;
    const assignment = lastAssignments(file.env).get(site.key);
    if (!assignment) continue;
    if (assignment.value.includes('$')) return undefined;
    const found = conversionProblem(site.form, conversion, assignment.value);
    if (!found) return undefined;
    problem = found;
    values.push({ file, value: assignment.value });
  }
  if (!problem || values.length === 0) return undefined;
  const isSecret = secretTestOf(project.selection().registry);
  const where = values.map(({ file, value }) => `${describeValue(value, isSecret(site.key, value))} in ${file.shown}`).join(' and ');
  return values.length === 1 ? `${site.key} is ${where}: ${problem}.` : `${site.key} is ${where}: in each, ${problem}.`;
}

/** Each key's last assignment (the one a loader keeps), once per parse. */
const lastOf = new WeakMap<EnvDocument, ReadonlyMap<string, Assignment>>();
function lastAssignments(env: EnvDocument): ReadonlyMap<string, Assignment> {
  let last = lastOf.get(env);
  if (!last) {
    const map = new Map<string, Assignment>();
    for (const assignment of env.assignments) map.set(assignment.key, assignment);
    last = map;
    lastOf.set(env, last);
  }
  return last;
}
