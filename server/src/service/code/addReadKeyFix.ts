import { basename, join } from 'node:path';
import type { AnalysisEnvironment } from '../analysis/environment';
import type { Fix } from '../fixes/fix';
import { parse } from '../parser';
import { insertLines } from '../templates/insertLines';
import { templateFamilyOf } from '../templates/templateFamily';
import type { ProjectEnv, ProjectEnvFile } from './projectEnv';

/**
 * "Add KEY to .env.example": the key read in the code, without a value, in the project's own
 * template (the family's primary one: `.env.example`, else `.env.template`, …); in a project without
 * one, in its `.env`; in a Python project of secrets files only, in `secrets.py.template`, else
 * `secrets.py`. The line goes after the template's line of the nearest key the code reads before
 * this one, else at the end. No fix when that file may not be written (a link, not a regular file,
 * outside the workspace) or was not read as UTF-8, or already holds the key.
 */
export function addReadKeyFix(environment: AnalysisEnvironment, project: ProjectEnv, codePath: string, key: string, readBefore: readonly string[]): Fix | undefined {
  const target = targetOf(environment, project);
  if (!target) return undefined;
  const writable = environment.workspace.writableFile(target.path, codePath);
  if (writable?.existing === undefined || writable.existing.includes('\uFFFD')) return undefined;
  const env = parse(writable.existing, target.dialect);
  if (env.assignments.some((assignment) => assignment.key === key)) return undefined;
  const exported = env.assignments.length > 0 && env.assignments.every((assignment) => assignment.exportSpan !== undefined) ? 'export ' : '';
  const line = target.dialect === 'python' ? `${key} = ''` : `${exported}${key}=`;
  return {
    title: `Add ${key} to ${target.shown}`,
    changes: [],
    otherFiles: [{ path: target.path, existing: writable.existing, changes: insertLines(env, [{ key, line, after: readBefore }]) }],
    safe: false,
  };
}

/** The file of the project's own folder that a key read in the code is added to. */
function targetOf(environment: AnalysisEnvironment, project: ProjectEnv): ProjectEnvFile | undefined {
  const own = project.files.filter((file) => file.nearest);
  const at = (path: string | undefined) => (path === undefined ? undefined : own.find((file) => file.path === path));
  const dotenvTemplate = at(templateFamilyOf(environment.workspace, join(project.folder, '.env'))?.primary?.path);
  if (dotenvTemplate) return dotenvTemplate;
  const dotenv = own.find((file) => basename(file.path) === '.env');
  if (dotenv) return dotenv;
  const secrets = own.find((file) => file.dialect === 'python' && !file.template);
  const pythonTemplate = secrets ? at(templateFamilyOf(environment.workspace, secrets.path)?.primary?.path) : own.find((file) => file.dialect === 'python');
  return pythonTemplate ?? secrets;
}
