// Temporary folders and git repositories the bench works in; everything lives under one temp dir.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { realisticFile } from './realisticFile.mjs';

// The bench's own git commands ignore the user's configuration (hooks, signing); EnvSense runs as a user would.
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export function git(cwd, ...args) {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd, stdio: 'ignore', env: GIT_ENV });
}

export function writeFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A git repository whose `.gitignore` ignores `.env`, as the folder an editor has open. */
export function editorWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q');
  writeFile(join(dir, '.gitignore'), '.env\n');
  git(dir, 'add', '.gitignore');
  git(dir, 'commit', '-q', '-m', 'ignore .env');
}

const NAMES = ['.env', '.env.local', '.env.development', '.env.production', '.env.test'];

/**
 * A monorepo of `count` env files of 20–80 lines in 20 groups of services, five files each: `.env` and
 * `.env.local` ignored, `.env.development` and `.env.test` committed, `.env.production` neither, and
 * in every 20th service a committed `.env.example` template instead of `.env.test`. Returns the paths.
 */
export function generateRepository(dir, count) {
  const paths = [];
  for (let i = 0; paths.length < count; i++) {
    const service = Math.floor(i / NAMES.length);
    let name = NAMES[i % NAMES.length];
    if (name === '.env.test' && service % 20 === 0) name = '.env.example';
    const path = join(dir, 'apps', `group-${service % 20}`, `service-${service}`, name);
    writeFile(path, realisticFile(20 + ((i * 37) % 61), i + 1));
    paths.push(path);
  }
  writeFile(join(dir, '.gitignore'), '.env\n.env.local\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '.gitignore', ':(glob)**/.env.development', ':(glob)**/.env.test', ':(glob)**/.env.example');
  git(dir, 'commit', '-q', '-m', 'committed env files and templates');
  return paths;
}
