/**
 * The loaders EnvSense knows that read a family of env files (`.env`, `.env.local`, `.env.production`, …)
 * in an order of their own; `loaders.ts` says what each one does.
 */
export const LOADER_IDS = ['nextjs', 'vite', 'dotenv-flow', 'symfony', 'rails', 'compose', 'dotenv', 'python-dotenv'] as const;

export type LoaderId = (typeof LOADER_IDS)[number];

/** The `envsense.loader` setting: `auto` (detected from the project) or one loader. */
export type LoaderSetting = 'auto' | LoaderId;

export const LOADER_SETTINGS: readonly LoaderSetting[] = ['auto', ...LOADER_IDS];

export function isLoaderId(value: unknown): value is LoaderId {
  return typeof value === 'string' && (LOADER_IDS as readonly string[]).includes(value);
}

export function isLoaderSetting(value: unknown): value is LoaderSetting {
  return value === 'auto' || isLoaderId(value);
}
