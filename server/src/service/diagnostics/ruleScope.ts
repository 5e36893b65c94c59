import { basename } from 'node:path';
import { keyIndex } from '../parser/keyIndex';
import type { Dialect, EnvDocument } from '../parser';
import type { SchemaSelection } from '../schema/schemaSelection';
import type { SecretTest } from '../secrets/secrecy';
import type { GitStatus } from '../workspace/gitFacts';
import type { LoadedBefore } from '../workspace/workspaceView';
import type { KeySet, RuleScope } from './finding';

const PRODUCTION_FILE = /(?:^|[._-])prod(?:uction)?(?:[._-]|$)/i;
const TEMPLATE_FILE = /(?:\.(?:example|template|sample|dist|defaults|schema)$)|^\.env\.(?:example|template|sample|dist|defaults|schema)(?:\.|$)/i;

/** What a document's scope is made of; the scope is rebuilt only when one of these is another object. */
export interface ScopeParts {
  readonly dialect: Dialect;
  readonly path: string | undefined;
  readonly selection: SchemaSelection;
  readonly isSecret: SecretTest;
  readonly git: GitStatus | undefined;
  readonly loadedBefore: readonly LoadedBefore[];
}

/**
 * The scopes node rules judge by, one per document, kept the same object while nothing in it changes
 * (node findings are remembered per scope, so a new scope means judging every line again).
 */
export class RuleScopes {
  private readonly scopes = new Map<string, { parts: ScopeParts; scope: RuleScope }>();

  of(uri: string, parts: ScopeParts): RuleScope {
    const cached = this.scopes.get(uri);
    if (cached && sameParts(cached.parts, parts)) return cached.scope;
    const { dialect, path, selection, isSecret, git, loadedBefore } = parts;
    const name = path ? basename(path) : undefined;
    const scope: RuleScope = {
      dialect,
      selection,
      isSecret,
      appliedKnowledge: (key) => selection.registry.lookup(key, selection.appliedIds),
      loadedBefore,
      file: {
        ...(name ? { name } : {}),
        production: name !== undefined && PRODUCTION_FILE.test(name),
        template: name !== undefined && TEMPLATE_FILE.test(name),
        ...(git ? { git } : {}),
      },
    };
    this.scopes.set(uri, { parts, scope });
    return scope;
  }

  forget(uri: string): void {
    this.scopes.delete(uri);
  }

  clear(): void {
    this.scopes.clear();
  }
}

function sameParts(a: ScopeParts, b: ScopeParts): boolean {
  return a.dialect === b.dialect && a.path === b.path && a.selection === b.selection && a.isSecret === b.isSecret && a.git === b.git && a.loadedBefore === b.loadedBefore;
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
