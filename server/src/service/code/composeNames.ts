import type { ProjectFacts } from '../workspace/projectFacts';
import type { WorkspaceView } from '../workspace/workspaceView';

/**
 * What the compose files of a file's folders (up to the workspace root) say about variables, read
 * without a YAML parser: every name they write (a key interpolated as `${KEY}`, set under
 * `environment:`, passed on bare) and the env files their `env_file:` lists name. Compose gives those
 * to containers whose images read keys no indexed code shows, so a name here is neither "never read"
 * nor "not set".
 */
export interface ComposeNames {
  readonly names: ReadonlySet<string>;
  readonly envFiles: ReadonlySet<string>;
}

const NONE: ComposeNames = { names: new Set(), envFiles: new Set() };

/** Once per project facts object (the workspace keeps it until files change on disk). */
const known = new WeakMap<ProjectFacts, ComposeNames>();

/** Compose files are small; a hostile one is read only this far. */
const MAX_COMPOSE_TEXT = 1024 * 1024;

export function composeNamesOf(workspace: WorkspaceView, path: string): ComposeNames {
  const facts = workspace.projectFacts(path);
  if (facts.compose.size === 0) return NONE;
  let names = known.get(facts);
  if (!names) {
    const words = new Set<string>();
    const envFiles = new Set<string>();
    for (const [compose, files] of facts.compose) {
      for (const file of files) envFiles.add(file);
      const text = workspace.readInRoot(compose, path)?.slice(0, MAX_COMPOSE_TEXT) ?? '';
      for (const match of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) words.add(match[0]);
    }
    names = { names: words, envFiles };
    known.set(facts, names);
  }
  return names;
}
