import { basename } from 'node:path';
import { keyIndex } from '../parser/keyIndex';
import { rolesOf } from './fileRoles';
import type { Dialect, EnvDocument } from '../parser';
import { decidingIds, speakerRank, type SchemaSelection } from '../schema/schemaSelection';
import type { KnownVariable } from '../schema/schemaTypes';
import type { SecretTest } from '../secrets/secrecy';
import type { GitStatus } from '../workspace/gitFacts';
import type { LoadedBefore } from '../workspace/workspaceView';
import type { KeySet, RuleScope } from './finding';
import type { CodeScope } from '../code/codeScope';

/** A leading comment that says the file is a template: "Copy this file to .env", "rename to .env", "template". */
const TEMPLATE_HEADER = /\b(?:copy|rename|duplicate)\b.*\.env\b|\btemplate\b/i;

/** Whether the comments at the top of the file (before its first assignment) call it a template. */
export function hasTemplateHeader(env: EnvDocument): boolean {
  for (const node of env.nodes.slice(0, 20)) {
    if (node.kind === 'assignment' || node.kind === 'opaque') return false;
    if (node.kind === 'comment' && TEMPLATE_HEADER.test(node.text)) return true;
  }
  return false;
}

/** What a document's scope is made of; the scope is rebuilt only when one of these is another object. */
export interface ScopeParts {
  readonly dialect: Dialect;
  readonly path: string | undefined;
  /** The path from the workspace root, with `/` (roles are read from it, not from where the workspace lies). */
  readonly workspacePath: string | undefined;
  readonly selection: SchemaSelection;
  readonly isSecret: SecretTest;
  readonly git: GitStatus | undefined;
  readonly loadedBefore: readonly LoadedBefore[];
  /** The file's top comments call it a template. */
  readonly templateHeader: boolean;
  /** The workspace's code as the file's rules see it; absent without a code index. */
  readonly code?: CodeScope;
}

/** A scope with the parts it was made of, so that the next version of the document can keep it. */
export interface ScopeWithParts {
  readonly parts: ScopeParts;
  readonly scope: RuleScope;
}

/**
 * The scope node rules judge by: the previous one, the same object, while nothing in it changes
 * (node findings are remembered per scope, so a new scope means judging every line again).
 */
export function scopeOf(parts: ScopeParts, previous: ScopeWithParts | undefined): ScopeWithParts {
  if (previous && sameParts(previous.parts, parts)) return previous;
  const { dialect, path, workspacePath, selection, isSecret, git, loadedBefore, templateHeader, code } = parts;
  const name = path ? basename(path) : undefined;
  const roles = rolesOf(workspacePath, templateHeader);
  const scope: RuleScope = {
    dialect,
    reader: selection.reader.id,
    selection,
    isSecret,
    appliedKnowledge: (key) => bySpecificity(selection, selection.registry.lookup(key, decidingIds(selection))),
    loadedBefore,
    ...(code ? { code } : {}),
    file: {
      ...(name ? { name } : {}),
      roles,
      production: roles.has('production'),
      template: roles.has('template'),
      ...(git ? { git } : {}),
    },
  };
  return { parts, scope };
}

function sameParts(a: ScopeParts, b: ScopeParts): boolean {
  return (
    a.dialect === b.dialect &&
    a.path === b.path &&
    a.workspacePath === b.workspacePath &&
    a.selection === b.selection &&
    a.isSecret === b.isSecret &&
    a.git === b.git &&
    a.loadedBefore === b.loadedBefore &&
    a.templateHeader === b.templateHeader &&
    a.code === b.code
  );
}

/** Keys a file sets, with those of the files loaded before it. */
export function definedKeys(env: EnvDocument, loadedBefore: readonly LoadedBefore[]): KeySet {
  const keys = keyIndex(env);
  const before = earlierKeys(loadedBefore);
  return { has: (key) => keys.count(key) > 0 || before.has(key) };
}

/** The keys of the files loaded before, once per list (the list is cached by the workspace). */
const earlierKeySets = new WeakMap<readonly LoadedBefore[], ReadonlySet<string>>();
function earlierKeys(loadedBefore: readonly LoadedBefore[]): ReadonlySet<string> {
  let keys = earlierKeySets.get(loadedBefore);
  if (!keys) {
    keys = new Set(loadedBefore.map(({ assignment }) => assignment.key));
    earlierKeySets.set(loadedBefore, keys);
  }
  return keys;
}

/** What the schemas know of a key, the one that speaks for it first (see `speakerRank`). */
function bySpecificity(selection: SchemaSelection, known: readonly KnownVariable[]): readonly KnownVariable[] {
  if (known.length < 2) return known;
  return [...known].sort((a, b) => speakerRank(selection, a) - speakerRank(selection, b));
}
