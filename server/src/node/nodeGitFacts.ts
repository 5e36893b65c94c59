import { homedir } from 'node:os';
import { join } from 'node:path';
import { gitFactsFromFiles } from '../service/workspace/filesGitFacts';
import type { GitFacts } from '../service/workspace/gitFacts';
import { nodeFs } from './nodeFs';

/**
 * Git facts from the disk, without running git. The global excludes file is taken at git's default
 * place only, `$XDG_CONFIG_HOME/git/ignore` or `~/.config/git/ignore`: a `core.excludesFile` named in
 * any config is not read, since a repository's config could name any file.
 */
export function nodeGitFacts(env: NodeJS.ProcessEnv = process.env): GitFacts {
  return gitFactsFromFiles(nodeFs, { globalExcludesFile: defaultGlobalExcludesFile(env) });
}

function defaultGlobalExcludesFile(env: NodeJS.ProcessEnv): string {
  const configHome = env['XDG_CONFIG_HOME'] ? env['XDG_CONFIG_HOME'] : join(env['HOME'] || homedir(), '.config');
  return join(configHome, 'git', 'ignore');
}
