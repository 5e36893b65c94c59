import { basename, dirname, join } from 'node:path';
import { rolesOf } from '../diagnostics/fileRoles';
import { parse, type EnvDocument } from '../parser';
import type { FamilyMember } from '../workspace/envFamily';
import type { WorkspaceView } from '../workspace/workspaceView';
import { commentedOutKeys } from './commentedOut';

/** A template of the family, read from the disk (confined to the workspace root). */
export interface FamilyTemplate {
  readonly name: string;
  readonly path: string;
  readonly dialect: 'dotenv' | 'python';
  /** Its parse; undefined when it could not be read (a link out of the workspace, too large, not a file). */
  readonly env: EnvDocument | undefined;
}

/**
 * A file's family as templates see it: the templates that document it, the one drift is judged
 * against (and fixes write to), and the keys the other files of the family set.
 */
export interface TemplateFamily {
  /** The file itself, and its name. */
  readonly path: string;
  readonly name: string;
  readonly dialect: 'dotenv' | 'python';
  /** The file is itself a template (`.env.example`, `secrets.py.template`). */
  readonly isTemplate: boolean;
  /** Every template of the family but the file itself (`.env.example`, `.env.local.example`, `.env.schema`, …). */
  readonly templates: readonly FamilyTemplate[];
  /** The family's own template: `.env.example` (or `.env.template`, `.env.sample`, `.env.dist`, `.env.tpl`), `secrets.py.template` (or `.example`). */
  readonly primary: FamilyTemplate | undefined;
  /** Where "Create template" writes: the primary template, or `.env.example` / `secrets.py.template` beside the file. */
  readonly templatePath: string;
  /** Keys any template lists, commented-out ones too; undefined when a template could not be read (then no drift is judged). */
  readonly documented: ReadonlySet<string> | undefined;
  /** The family's other files that are not templates, by name. */
  readonly others: readonly string[];
  /** Keys those files set (or comment out); undefined when one could not be read or they are too many to read. */
  readonly otherKeys: ReadonlySet<string> | undefined;
  /**
   * Whether the template's keys that no file sets are reported in this file: in `.env` (or, in a
   * family without one, in each member but test files) and in a Python secrets file.
   */
  readonly reportsUnset: boolean;
}

/** Reading the family is bounded: a folder of 20,000 `.env.*` files costs at most this much. */
export const FAMILY_LIMITS = { otherFiles: 32, characters: 8 * 1024 * 1024 } as const;

const PRIMARY_DOTENV = ['.env.example', '.env.template', '.env.sample', '.env.dist', '.env.tpl', '.env_example', '.env-example', '.env_sample', '.env-sample'];

/**
 * The template family of the file at `path`, or undefined for a file of no family (`app.env`,
 * `settings.py`). Read once per listing of the folder: the workspace gives the same member list until
 * files change on disk, so the result is kept by that list's identity.
 */
export function templateFamilyOf(workspace: WorkspaceView, path: string): TemplateFamily | undefined {
  const members = workspace.family(path);
  if (members.length === 0) return undefined;
  let family = families.get(members);
  if (!family) {
    family = readFamily(workspace, path, members);
    families.set(members, family);
  }
  return family;
}

const families = new WeakMap<readonly (FamilyMember & { readonly path: string })[], TemplateFamily>();

function readFamily(workspace: WorkspaceView, path: string, members: readonly (FamilyMember & { readonly path: string })[]): TemplateFamily {
  const name = basename(path);
  const self = members.find((member) => member.name === name);
  const dialect = self?.dialect ?? 'dotenv';
  const isTemplate = self?.template ?? false;
  const read = (member: FamilyMember & { readonly path: string }) => {
    const text = workspace.readInRoot(member.path, path);
    return text === undefined ? undefined : parse(text, member.dialect);
  };
  const templateMembers = members.filter((m) => m.template && m.name !== name);
  // Past the limit only the family's own template is read, and no drift is judged.
  const tooMany = templateMembers.length > FAMILY_LIMITS.otherFiles;
  const primaryName = primaryNameOf(templateMembers.map((m) => m.name), dialect);
  const templates = templateMembers.map((m): FamilyTemplate => ({ name: m.name, path: m.path, dialect: m.dialect, env: tooMany && m.name !== primaryName ? undefined : read(m) }));
  const primary = templates.find((t) => t.name === primaryName);
  const documented = !tooMany && templates.every((t) => t.env !== undefined) ? keysOf(templates.flatMap((t) => (t.env ? [t.env] : []))) : undefined;
  const others = members.filter((m) => !m.template && m.name !== name);
  const reportsUnset = !isTemplate && (dialect === 'python' || name === '.env' || (!members.some((m) => m.name === '.env') && !rolesOf(name, false).has('test')));
  // The other files are read only where their keys are needed: in the file that reports the template's unset keys.
  const otherKeys = primary && reportsUnset ? readOthers(others, read) : undefined;
  const base = dialect === 'python' ? name : '.env';
  return {
    path,
    name,
    dialect,
    isTemplate,
    templates,
    primary,
    templatePath: primary?.path ?? join(dirname(path), dialect === 'python' ? `${base}.template` : '.env.example'),
    documented,
    others: others.map((m) => m.name),
    otherKeys,
    reportsUnset,
  };
}

function primaryNameOf(names: readonly string[], dialect: 'dotenv' | 'python'): string | undefined {
  const rank = (name: string) => (dialect === 'python' ? (name.endsWith('.template') ? 0 : 1) : PRIMARY_DOTENV.indexOf(name));
  return names.filter((n) => rank(n) >= 0).sort((a, b) => rank(a) - rank(b))[0];
}

function readOthers(others: readonly (FamilyMember & { readonly path: string })[], read: (member: FamilyMember & { readonly path: string }) => EnvDocument | undefined): ReadonlySet<string> | undefined {
  if (others.length > FAMILY_LIMITS.otherFiles) return undefined;
  const documents: EnvDocument[] = [];
  let characters = 0;
  for (const member of others) {
    const env = read(member);
    if (!env) return undefined;
    characters += env.text.length;
    if (characters > FAMILY_LIMITS.characters) return undefined;
    documents.push(env);
  }
  return keysOf(documents);
}

/** The keys the documents set or comment out. */
function keysOf(documents: readonly EnvDocument[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const env of documents) {
    for (const assignment of env.assignments) keys.add(assignment.key);
    for (const key of commentedOutKeys(env)) keys.add(key);
  }
  return keys;
}
