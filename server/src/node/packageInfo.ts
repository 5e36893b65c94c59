import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The package root (the folder holding `schema-format/` and `schemas/`) above `from`: `dist/` in the
 * bundle and the `.vsix`, `server/out/...` when the compiled sources run in tests.
 */
export function findPackageRoot(from: string): string {
  let directory = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(directory, 'schema-format', 'envsense.schema.json'))) return directory;
    directory = dirname(directory);
  }
  throw new Error(`EnvSense's schemas were not found above ${from}; the package is incomplete.`);
}

/** The version in the package's own package.json, for `serverInfo` and SARIF. */
export function packageVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
