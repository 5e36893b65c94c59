import type { WorkspaceView } from '../workspace/workspaceView';
import type { CodeReadsSource } from './codeReads';
import { composeNamesOf, type ComposeNames } from './composeNames';

/**
 * What a rule of an env file knows of the workspace's code: the code index (read through
 * `codeReadsOf`, once per index version), the file's path, and what compose files of its project name.
 * One object per index, path and project facts, so that a rule scope holding it stays the same object
 * while the user types (node findings are remembered per scope) and while the code changes.
 */
export interface CodeScope {
  readonly reads: CodeReadsSource;
  readonly path: string;
  readonly compose: ComposeNames;
}

const scopes = new WeakMap<CodeReadsSource, Map<string, CodeScope>>();

export function codeScopeOf(reads: CodeReadsSource, workspace: WorkspaceView, path: string): CodeScope {
  let byPath = scopes.get(reads);
  if (!byPath) {
    byPath = new Map();
    scopes.set(reads, byPath);
  }
  const compose = composeNamesOf(workspace, path);
  let scope = byPath.get(path);
  if (!scope || scope.compose !== compose) {
    scope = { reads, path, compose };
    byPath.set(path, scope);
  }
  return scope;
}
