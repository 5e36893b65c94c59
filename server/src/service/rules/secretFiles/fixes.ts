import { join } from 'node:path';
import type { Fix, FixBuilder } from '../../fixes/fix';
import { gitignoreLineFor } from '../../workspace/gitignoreLine';

/** The env files a team commits on purpose. */
const SHARED_ENV_FILES = ['.env.example', '.env.template', '.env.sample', '.env.dist', '.env.defaults', '.env.schema'];

/**
 * `.gitignore` at the repository root gets the file, or a pattern for every env file but the
 * templates. Nothing is offered when `.gitignore` may not be written (a symbolic link, even a
 * dangling one; not a regular file; outside the workspace); the file's own line only when its path
 * can be written as a gitignore pattern.
 */
export const addToGitignoreFix: FixBuilder = (context) => {
  const { git, fileName } = context;
  if (!git || !fileName) return [];
  const path = join(git.root, '.gitignore');
  const writable = context.writableFile(path);
  if (!writable) return [];
  const { existing } = writable;
  const eol = existing !== undefined && /\r\n/.test(existing) ? '\r\n' : '\n';
  const append = (lines: string[]) => {
    const at = existing?.length ?? 0;
    const lead = existing === undefined || existing === '' || /[\r\n]$/.test(existing) ? '' : eol;
    return [{ path, existing, changes: [{ span: { start: at, end: at }, newText: `${lead}${lines.join(eol)}${eol}` }] }];
  };
  const fixes: Fix[] = [];
  const line = gitignoreLineFor(git.relativePath);
  if (line !== undefined) fixes.push({ title: `Add ${git.relativePath} to .gitignore`, changes: [], otherFiles: append([line]), safe: false });
  if (fileName.startsWith('.env')) {
    // Not `.env*`: that would also hide `.envsense/` (the team's schemas) and the templates.
    const keep = SHARED_ENV_FILES.map((name) => `!${name}`);
    fixes.push({ title: 'Add .env and .env.* to .gitignore, keeping the templates', changes: [], otherFiles: append(['.env', '.env.*', ...keep]), safe: false });
  }
  return fixes;
};
