import type { ReaderId } from '../readers/readerTable';
import type { LoaderId } from './loaderIds';

/**
 * What each loader does with a family of env files, ported from its documentation and source (the
 * URLs beside each entry, also in the README's loader table): which files load for an environment, in
 * which order, and who wins when two files set a key.
 *
 * Every order is written as the loader reads the files. `first-wins`: a file sets only the keys no
 * file before it set (Next.js and Rails list the most specific file first). `last-wins`: each file
 * overrides the ones before it (Vite, dotenv-flow, Symfony, compose list the most specific last).
 */
export interface LoaderEntry {
  readonly id: LoaderId;
  /** As the user knows it. */
  readonly name: string;
  /** Who reads each file's lines (its quotes, comments, `${VAR}`). */
  readonly reader: ReaderId;
  readonly order: 'first-wins' | 'last-wins';
  /** What happens to a variable already set in the process environment, in a sentence. */
  readonly processEnvironment: string;
  /** Where the behaviour was read: documentation first, then the source. */
  readonly sources: readonly string[];
  /**
   * For loaders that pick files by name: the environments always listed, whether other names seen
   * in the folder (`.env.staging`) are environments too, and the file names loaded for one, in order.
   * Compose and python-dotenv take their lists from the project instead (see plan.ts).
   */
  readonly byName?: {
    readonly environments: readonly string[];
    readonly seenEnvironments: boolean;
    /** The names loaded for `environment`, in the order read; `exists` tells which names are in the folder. */
    files(environment: string, exists: (name: string) => boolean): readonly string[];
  };
}

const EXISTING_ENV_VARS_WIN = 'Variables already set in the environment win over every file.';

/** `[a, false, b]` without the entries left out. */
const present = (...names: readonly (string | false)[]): string[] => names.filter((name): name is string => name !== false);

export const LOADERS: Readonly<Record<LoaderId, LoaderEntry>> = {
  // `loadEnvConfig`: mode is test (NODE_ENV=test), development (`next dev`) or production; each file
  // is parsed and expanded alone; a key is taken from the first file that has it, unless set already.
  nextjs: {
    id: 'nextjs',
    name: 'Next.js',
    reader: 'dotenv-expand',
    order: 'first-wins',
    processEnvironment: EXISTING_ENV_VARS_WIN,
    sources: [
      'https://nextjs.org/docs/app/guides/environment-variables#environment-variable-load-order',
      'https://github.com/vercel/next.js/blob/canary/packages/next-env/index.ts',
    ],
    byName: {
      environments: ['development', 'production', 'test'],
      seenEnvironments: false,
      files: (mode) => present(`.env.${mode}.local`, mode !== 'test' && '.env.local', `.env.${mode}`, '.env'),
    },
  },
  // `loadEnv(mode, envDir)`: the four files merged with `Object.fromEntries`, so a later file wins;
  // variables already in process.env win. The mode `local` is refused by Vite itself.
  vite: {
    id: 'vite',
    name: 'Vite',
    reader: 'dotenv-expand',
    order: 'last-wins',
    processEnvironment: EXISTING_ENV_VARS_WIN,
    sources: ['https://vite.dev/guide/env-and-mode#env-files', 'https://github.com/vitejs/vite/blob/main/packages/vite/src/node/env.ts'],
    byName: {
      environments: ['development', 'production'],
      seenEnvironments: true,
      files: (mode) => (mode === 'local' ? [] : ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`]),
    },
  },
  // `listFiles` + `parse` (Object.assign, a later file wins) + `load` (never overwrites process.env).
  'dotenv-flow': {
    id: 'dotenv-flow',
    name: 'dotenv-flow',
    reader: 'dotenv',
    order: 'last-wins',
    processEnvironment: EXISTING_ENV_VARS_WIN,
    sources: ['https://github.com/kerimdzhanov/dotenv-flow#variables-overwritingpriority', 'https://github.com/kerimdzhanov/dotenv-flow/blob/master/lib/dotenv-flow.js'],
    byName: {
      environments: ['development', 'test', 'production'],
      seenEnvironments: true,
      files: (nodeEnv) => present('.env.defaults', '.env', nodeEnv !== 'test' && '.env.local', `.env.${nodeEnv}`, `.env.${nodeEnv}.local`),
    },
  },
  // `Dotenv::loadEnv`: `.env` (or `.env.dist` when there is no `.env`), `.env.local` except in the test
  // environments, then `.env.$APP_ENV` and `.env.$APP_ENV.local` (none when APP_ENV is `local`). A later
  // file overrides what an earlier one loaded (SYMFONY_DOTENV_VARS), never a real environment variable.
  symfony: {
    id: 'symfony',
    name: 'Symfony Dotenv',
    // symfony/dotenv's own syntax is not ported: its files are read as Node's dotenv reads them.
    reader: 'dotenv',
    order: 'last-wins',
    processEnvironment: EXISTING_ENV_VARS_WIN,
    sources: [
      'https://symfony.com/doc/current/configuration.html#configuring-environment-variables-in-env-files',
      'https://github.com/symfony/dotenv/blob/7.0/Dotenv.php',
    ],
    byName: {
      environments: ['dev', 'prod', 'test'],
      seenEnvironments: true,
      files: (appEnv, exists) =>
        present(exists('.env') || !exists('.env.dist') ? '.env' : '.env.dist', appEnv !== 'test' && '.env.local', appEnv !== 'local' && `.env.${appEnv}`, appEnv !== 'local' && `.env.${appEnv}.local`),
    },
  },
  // `Dotenv::Rails`: `Dotenv.load(*files, overwrite: false)`, the first file that sets a key wins.
  rails: {
    id: 'rails',
    name: 'dotenv (Rails)',
    reader: 'ruby-dotenv',
    order: 'first-wins',
    processEnvironment: EXISTING_ENV_VARS_WIN,
    sources: ['https://github.com/bkeepers/dotenv#customizing-rails', 'https://github.com/bkeepers/dotenv/blob/main/lib/dotenv/rails.rb'],
    byName: {
      environments: ['development', 'test', 'production'],
      seenEnvironments: true,
      files: (railsEnv) => present(`.env.${railsEnv}.local`, railsEnv !== 'test' && '.env.local', `.env.${railsEnv}`, '.env'),
    },
  },
  // A service's `env_file:` list: each file parsed into the same map in order, so a later file wins. The
  // shell does not override these values (only `environment:` and `docker compose run -e` do). A bare
  // `KEY` line takes the shell's (or the project .env's) value, and changes nothing when neither has one.
  compose: {
    id: 'compose',
    name: 'docker compose',
    reader: 'compose',
    order: 'last-wins',
    processEnvironment: "The shell's variables do not override `env_file:` values; a service's `environment:` does.",
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#env_file',
      'https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/',
      'https://github.com/compose-spec/compose-go/blob/main/types/project.go',
    ],
  },
  // `dotenv.config()` reads `.env`; with `path: [...]` the first file that sets a key wins, unless `override`.
  dotenv: {
    id: 'dotenv',
    name: "Node's dotenv",
    reader: 'dotenv',
    order: 'first-wins',
    processEnvironment: EXISTING_ENV_VARS_WIN,
    sources: ['https://github.com/motdotla/dotenv#path', 'https://github.com/motdotla/dotenv/blob/master/lib/main.js'],
    byName: { environments: ['default'], seenEnvironments: false, files: () => ['.env'] },
  },
  // `load_dotenv(path, override=False)`: each call sets the keys not set yet (override=True: every key).
  'python-dotenv': {
    id: 'python-dotenv',
    name: 'python-dotenv',
    reader: 'python-dotenv',
    order: 'first-wins',
    processEnvironment: 'Variables already set in the environment win, unless `override=True`.',
    sources: ['https://github.com/theskumar/python-dotenv#getting-started', 'https://github.com/theskumar/python-dotenv/blob/main/src/dotenv/main.py'],
  },
};
