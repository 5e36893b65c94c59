import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startStdioServer } from './stdioServer';

const CLI = resolve(__dirname, '../../../dist/cli.js');

/**
 * An environment with a home of its own, so that neither git nor EnvSense sees this user's global
 * config or excludes file; `~/.config/git/ignore` there is the global excludes file of both.
 */
export function isolatedEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'envsense-home-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  delete env['XDG_CONFIG_HOME'];
  delete env['GIT_DIR'];
  delete env['GIT_WORK_TREE'];
  delete env['GIT_INDEX_FILE'];
  return env;
}

/** Runs git to build a fixture (never on a repository once its hostile config is written). */
export function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8' });
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

/** A fresh repository in a temporary folder holding `files`. */
export function gitRepository(env: NodeJS.ProcessEnv, files: Record<string, string>, initArgs: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'envsense-repo-'));
  git(root, env, 'init', '-q', ...initArgs);
  writeFiles(root, files);
  return root;
}

/** `envsense check <args>` through the built executable, from the repository root; a hang ends after 20 s with `timedOut`. */
export function checkWithCli(root: string, args: readonly string[], env: NodeJS.ProcessEnv): { status: number | null; out: string; timedOut: boolean } {
  const result = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: root, env, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, out: result.stdout, timedOut: result.error !== undefined || result.signal !== null };
}

/** Opens `file` in the built server over stdio, as an editor would, and returns its first diagnostics. */
export async function diagnosticsFromServer(root: string, file: string, text: string, env: NodeJS.ProcessEnv): Promise<Diagnostic[]> {
  const server = await startStdioServer({ cwd: root, env, initialize: { rootUri: pathToFileURL(root).href } });
  const uri = pathToFileURL(join(root, file)).href;
  try {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text } });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no diagnostics from the server within 20 s')), 20_000)));
    return await Promise.race([server.diagnostics(uri), late]).finally(() => clearTimeout(timer));
  } finally {
    await server.stop();
  }
}
