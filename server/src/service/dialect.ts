import { globMatcher } from './globMatcher';
import type { Dialect } from './parser';
import { pathOfUri } from './workspace/workspaceFs';

/** The dialect of a file from its uri: a Python secrets file when it matches a pattern, else dotenv. */
export function dialectOf(uri: string, secretsFilePatterns: readonly string[]): Dialect {
  let isSecretsFile = matchers.get(secretsFilePatterns);
  if (!isSecretsFile) {
    isSecretsFile = globMatcher(secretsFilePatterns);
    matchers.set(secretsFilePatterns, isSecretsFile);
  }
  return isSecretsFile(pathOfUri(uri) ?? uri) ? 'python' : 'dotenv';
}

/** Compiled once per settings value: the dialect is asked on every request. */
const matchers = new WeakMap<readonly string[], (path: string) => boolean>();
