import { dirname, isAbsolute, resolve } from 'node:path';
import type { Finding } from '../diagnostics/finding';
import { globMatcher } from '../globMatcher';
import type { EnvDocument, Span } from '../parser';
import { envsenseComments } from '../parser/envsenseComments';
import { keyIndex } from '../parser/keyIndex';
import type { EnvSenseSettings, ReaderAssociation, SchemaAssociation } from '../settings';
import type { WorkspaceView } from '../workspace/workspaceView';
import type { SchemaRegistry } from './schemaRegistry';
import type { KnownVariable, SystemSchema } from './schemaTypes';
import { chooseReaders, type ReaderChoice } from '../readers/reader';
import { templateFamilyOf, type TemplateFamily } from '../templates/templateFamily';
import { isDeclaredSchema, requiredHere, type FamilyFacts } from './declaredRequirement';

export type SchemaReason = 'directive' | 'settings' | 'workspace' | 'keys' | 'team' | 'template' | 'code';

export interface AppliedSchema {
  /**
   * The schema; for one the code declares (`reason: 'code'`), its view for this file, which requires
   * only what the file is asked for (see `requiredHere`), while the registry holds what the code declares.
   */
  readonly schema: SystemSchema;
  readonly reason: SchemaReason;
  /** Why, in words: "# envsense: schema=flagsmith", "manage.py in the workspace", … */
  readonly because: string;
}

export interface SchemaSelection {
  readonly applied: readonly AppliedSchema[];
  /** Who reads the file: the reader whose values the rules judge (decided with the schemas, from the same directives and project facts). */
  readonly reader: ReaderChoice;
  /** Every reader of the file, the one above first (a Flask app whose compose file names the file has two). */
  readonly readers: readonly ReaderChoice[];
  /** The versions the project's manifests pin, by package name (for deprecations that came with a version). */
  readonly versions: ReadonlyMap<string, string>;
  /** The project's dependencies (a bare `PUBLIC_` reaches the browser only with SvelteKit or Astro). */
  readonly dependencies: ReadonlySet<string>;
  /** Every schema known for this file: bundled, the team's, and its templates. */
  readonly registry: SchemaRegistry;
  readonly appliedIds: ReadonlySet<string>;
  readonly findings: readonly Finding[];
  /** The file's family as templates see it (its templates, the keys its other files set), for template drift; absent for a file of no family. */
  readonly templateFamily?: TemplateFamily;
}

const DIRECTIVE = /^envsense:\s*schema\s*=\s*(.*)$/;

const NO_VERSIONS: ReadonlyMap<string, string> = new Map();
const NO_DEPENDENCIES: ReadonlySet<string> = new Set();
const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * Said once per directive in an untrusted workspace. Information, not a warning: nothing is wrong
 * with the file, but the user must learn why the schema they named does not apply.
 */
const RESTRICTED_DIRECTIVE =
  'Restricted mode: this folder is not trusted, so EnvSense ignores this schema line (and the team schemas in .envsense/) until you trust the folder.';

const matchers = new WeakMap<SchemaAssociation | ReaderAssociation, (path: string) => boolean>();

/** An association's globs, compiled once per settings object. */
function matcherOf(association: SchemaAssociation | ReaderAssociation): (path: string) => boolean {
  let matcher = matchers.get(association);
  if (!matcher) {
    matcher = globMatcher(association.fileMatch);
    matchers.set(association, matcher);
  }
  return matcher;
}

/**
 * Which schemas apply to a file, in this order: a directive comment in the file; else the
 * `envsense.schemas` setting; else detection from the workspace (dependencies, marker files, the
 * team's `.envsense/*.json`) and from the keys the file holds. The schemas the project's code
 * declares (an application's own: they outrank its framework, not a schema the user named) and the
 * templates next to the file always apply on top. A schema file named by a directive or a setting is
 * read only inside the file's workspace root; in an untrusted workspace a directive is not followed.
 */
export function selectSchemas(path: string | undefined, env: EnvDocument, settings: EnvSenseSettings, bundled: SchemaRegistry, workspace: WorkspaceView): SchemaSelection {
  const team = path ? workspace.teamSchemas(path).schemas : [];
  const implicit = path ? workspace.implicitSchemas(path, env.dialect) : [];
  let registry = workspace.registryWith(bundled, team, implicit);
  const findings: Finding[] = [];
  const applied: AppliedSchema[] = [];

  const fromDirective = directiveEntries(env);
  const resolveEntry = (entry: string, span: Span | undefined, reason: SchemaReason, because: string) => {
    const known = registry.get(entry);
    if (known) return applied.push({ schema: known, reason, because });
    if (path && (entry.endsWith('.json') || entry.includes('/'))) {
      const file = isAbsolute(entry) ? entry : resolve(dirname(path), entry);
      const loaded = workspace.schemaFile(file, path);
      if (loaded.schema) {
        registry = registry.with([loaded.schema]);
        return applied.push({ schema: loaded.schema, reason, because });
      }
      if (span) findings.push({ code: 'unknown-schema', span, message: `The schema file ${entry} cannot be used: ${loaded.problems.join('; ')}.` });
      return 0;
    }
    if (span) {
      const ids = registry.all().map((s) => s.id).filter((id) => !id.includes(':'));
      findings.push({ code: 'unknown-schema', span, message: `There is no schema with the id \`${entry}\`. Known ids: ${ids.join(', ')}.` });
    }
    return 0;
  };

  // Untrusted, a directive is as if absent (settings and detection decide), and says so.
  if (!workspace.trusted) {
    for (const { span } of fromDirective) findings.push({ code: 'unknown-schema', span, message: RESTRICTED_DIRECTIVE, severity: 'information' });
  }
  // `.env.production`, `.env.local`, … without a directive of their own take the one of their `.env`.
  const family = fromDirective.length === 0 && path ? workspace.familyBase(path) : undefined;
  const inherited = family ? directiveEntries(family) : [];
  if (fromDirective.length > 0 && workspace.trusted) {
    for (const { entries } of fromDirective) {
      for (const { entry, span } of entries) resolveEntry(entry, span, 'directive', `\`# envsense: schema=${entry}\` in this file`);
    }
  } else if (inherited.length > 0 && workspace.trusted) {
    for (const { entries } of inherited) {
      for (const { entry } of entries) resolveEntry(entry, undefined, 'directive', `\`# envsense: schema=${entry}\` in .env, which this file builds on`);
    }
  } else {
    const associations = path ? settings.schemas.filter((a) => matcherOf(a)(path)) : [];
    for (const association of associations) {
      for (const entry of association.schemas) resolveEntry(entry, undefined, 'settings', `the setting envsense.schemas (${association.fileMatch.join(', ')})`);
    }
    if (applied.length === 0) detect(path, env, family, registry, team, workspace, applied);
  }
  const templateFamily = path ? templateFamilyOf(workspace, path) : undefined;
  const familyFacts: FamilyFacts = {
    reportsUnset: templateFamily?.reportsUnset ?? true,
    otherKeys: () => (path ? workspace.familyKeys(path) : NO_KEYS),
    otherSpellings: () => new Set(otherSpellings(env, registry)),
  };
  for (const schema of implicit) {
    if (isDeclaredSchema(schema)) applied.push({ schema: requiredHere(schema, familyFacts), reason: 'code', because: `declared by the code (${schema.source ?? schema.name})` });
  }
  for (const schema of implicit) {
    if (!isDeclaredSchema(schema)) applied.push({ schema, reason: 'template', because: `${schema.name} next to this file` });
  }

  const appliedIds = new Set(applied.map((a) => a.schema.id));
  const readerSettings = (path ? settings.readers.filter((a) => matcherOf(a)(path)) : []).map((a) => ({ ids: a.readers, because: `the setting envsense.readers (${a.fileMatch.join(', ')})` }));
  const facts = path ? workspace.projectFacts(path) : undefined;
  const readers = chooseReaders(env, path, facts, readerSettings);
  findings.push(...readers.findings);
  return { applied: applied.filter((a, i) => applied.findIndex((b) => b.schema.id === a.schema.id) === i), reader: readers.readers[0]!, readers: readers.readers, versions: facts?.versions ?? NO_VERSIONS, dependencies: facts?.dependencies ?? NO_DEPENDENCIES, registry, appliedIds, findings, ...(templateFamily ? { templateFamily } : {}) };
}

function detect(
  path: string | undefined,
  env: EnvDocument,
  family: EnvDocument | undefined,
  registry: SchemaRegistry,
  team: readonly SystemSchema[],
  workspace: WorkspaceView,
  applied: AppliedSchema[],
): void {
  for (const schema of team) applied.push({ schema, reason: 'team', because: 'a schema of the team in .envsense/' });
  const facts = path ? workspace.projectFacts(path) : undefined;
  // The keys of the file and, for `.env.production` and the like, of the `.env` it builds on.
  const keys = keyIndex(env);
  const familyKeys = family ? keyIndex(family) : undefined;
  const sets = (key: string) => keys.count(key) > 0 || (familyKeys?.count(key) ?? 0) > 0;
  for (const schema of registry.all()) {
    if (schema.id.includes(':')) continue;
    const marker = facts && schema.detect?.files?.find((file) => facts.files.has(file));
    const dependency = facts && schema.detect?.dependencies?.find((d) => facts.dependencies.has(d.toLowerCase()));
    if (marker) applied.push({ schema, reason: 'workspace', because: `${marker} in the project` });
    else if (dependency) applied.push({ schema, reason: 'workspace', because: `the dependency ${dependency}` });
    else {
      const present = (schema.detect?.keys ?? []).filter(sets);
      if (present.length >= 2) applied.push({ schema, reason: 'keys', because: `the keys ${present.join(', ')} in this file` });
    }
  }
}

/**
 * What of a document the selection depends on: its dialect, its directives (with their places, as
 * findings point at them) and which detection keys it sets. Equal signatures give equal selections.
 */
export function selectionSignature(env: EnvDocument, registry: SchemaRegistry): string {
  const keys = keyIndex(env);
  const present = [...registry.detectionKeys()].filter((key) => keys.count(key) > 0);
  // Every `# envsense: …` line, with its place: schema and reader directives alike.
  const directives: string[] = [];
  for (const comment of envsenseComments(env)) if (comment.text.startsWith('envsense:')) directives.push(`${comment.text}@${comment.span.start}`);
  return JSON.stringify([env.dialect, directives, present.sort(), otherSpellings(env, registry)]);
}

/** The file's keys that a schema reading names in any case knows under another spelling (`debug` for pydantic's `DEBUG`), sorted. */
function otherSpellings(env: EnvDocument, registry: SchemaRegistry): string[] {
  if (!registry.readsAnyCase) return [];
  return [...new Set(env.assignments.map((assignment) => assignment.key).filter((key) => registry.spelledOtherwise(key)))].sort();
}

/**
 * The `# envsense: schema=a, b` comments, each with the range of its list and the schema ids or
 * paths it names, each with its range.
 */
function directiveEntries(env: EnvDocument): { span: Span; entries: { entry: string; span: Span }[] }[] {
  const directives: { span: Span; entries: { entry: string; span: Span }[] }[] = [];
  for (const node of envsenseComments(env)) {
    const match = DIRECTIVE.exec(node.text);
    if (!match) continue;
    const listStart = env.text.indexOf(match[1]!, node.span.start);
    const entries: { entry: string; span: Span }[] = [];
    for (const item of match[1]!.matchAll(/[^\s,]+/g)) {
      const start = listStart + (item.index ?? 0);
      entries.push({ entry: item[0], span: { start, end: start + item[0].length } });
    }
    if (entries.length > 0) directives.push({ span: { start: entries[0]!.span.start, end: entries[entries.length - 1]!.span.end }, entries });
  }
  return directives;
}

/**
 * The applied schemas that decide a key's type, requirement and deprecation: all but the templates
 * next to the file (`.env.example`, …), which document their keys (a template's untyped entry must not
 * silence an enum); a varlock `.env.schema` declares types and does decide. Once per selection.
 */
export function decidingIds(selection: SchemaSelection): ReadonlySet<string> {
  let ids = deciding.get(selection);
  if (!ids) {
    ids = new Set([...selection.appliedIds].filter((id) => !id.startsWith(TEMPLATE_ID)));
    deciding.set(selection, ids);
  }
  return ids;
}

const deciding = new WeakMap<SchemaSelection, ReadonlySet<string>>();

/** The id prefix of the schema a template next to a file makes (see implicitSchemas). */
const TEMPLATE_ID = 'template:';

/**
 * How specific a schema is for a file, lower first: one the user named (a directive, a setting, the
 * team's), then an application, then the framework it is built on, then a generic service. For each
 * key, the most specific schemas that know it decide its form and deprecation; the others document.
 */
export function specificity(applied: AppliedSchema): number {
  if (applied.reason === 'directive' || applied.reason === 'settings' || applied.reason === 'team') return 0;
  return { system: 1, framework: 2, service: 3 }[applied.schema.kind ?? 'system'];
}

/** Whether a schema's `required` applies: the user named it, or it is the application itself (not a framework or service it uses). */
export function demandsRequired(applied: AppliedSchema): boolean {
  return applied.reason !== 'template' && specificity(applied) <= 1;
}

/** A key's knowledge in order of who speaks for it: the schema's specificity, then exact names before name patterns. */
export function speakerRank(selection: SchemaSelection, known: KnownVariable): number {
  const applied = selection.applied.find((a) => a.schema.id === known.schema.id);
  return (applied ? specificity(applied) : 9) * 2 + (known.pattern === undefined ? 0 : 1);
}

/** Whether the project is on a version of the schema's system older than `since` (so a deprecation does not apply to it yet). */
export function predates(selection: SchemaSelection, schema: SystemSchema, since: string | undefined): boolean {
  const pkg = schema.detect?.dependencies?.[0]?.toLowerCase();
  const version = pkg ? selection.versions.get(pkg) : undefined;
  if (since === undefined || version === undefined) return false;
  const a = version.split('.').map(Number);
  const b = since.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}
