import { basename } from 'node:path';
import type { LoaderId } from './loaderIds';
import type { PlanSources } from './plan';

/** The framework dependencies of the family's folder that say which loader reads it (and how to say so), in the order preferred. */
const FRAMEWORKS: readonly (readonly [LoaderId, (dependencies: ReadonlySet<string>) => string | undefined])[] = [
  ['nextjs', (d) => (d.has('next') ? 'the dependency next' : undefined)],
  ['vite', (d) => (d.has('vite') ? 'the dependency vite' : undefined)],
  ['dotenv-flow', (d) => (d.has('dotenv-flow') ? 'the dependency dotenv-flow' : undefined)],
  ['symfony', (d) => (d.has('symfony/dotenv') ? 'the dependency symfony/dotenv' : undefined)],
  // dotenv 3 loads itself in a Rails app; dotenv-rails is its Rails wrapper.
  ['rails', (d) => (d.has('gem:dotenv-rails') ? 'the gem dotenv-rails' : d.has('gem:dotenv') && d.has('gem:rails') ? 'the gems dotenv and rails' : undefined)],
  ['dotenv', (d) => (d.has('dotenv') ? 'the dependency dotenv' : undefined)],
];

/**
 * The loaders the project shows for a family, the one preferred first: a framework of the family's own
 * folder (it reads the env files of its project folder), a compose file whose `env_file:` names a
 * member, a module calling `load_dotenv()` (project facts), Node's dotenv alone last.
 */
export function detectLoaders(sources: PlanSources): { id: LoaderId; because: string }[] {
  const found: { id: LoaderId; because: string }[] = [];
  for (const [id, shows] of FRAMEWORKS) {
    const because = shows(sources.folderFacts.dependencies);
    if (because) found.push({ id, because });
  }
  const compose = composeFilesNaming(sources)[0];
  if (compose) found.push({ id: 'compose', because: `\`env_file:\` in ${basename(compose)}` });
  if (sources.facts.loadsDotenv) found.push({ id: 'python-dotenv', because: `load_dotenv() in ${sources.facts.loadsDotenv}` });
  // Node's dotenv alone reads `.env` only: a framework or compose says more.
  const plainDotenv = found.findIndex((c) => c.id === 'dotenv');
  if (plainDotenv >= 0 && found.length > 1) found.splice(plainDotenv, 1);
  return found;
}

/** The compose files (of the folder or a parent) whose `env_file:` names a member of the family. */
export function composeFilesNaming(sources: PlanSources): string[] {
  const paths = new Set(sources.members.map((member) => member.path));
  return [...sources.facts.compose].filter(([, files]) => files.some((file) => paths.has(file))).map(([file]) => file);
}
