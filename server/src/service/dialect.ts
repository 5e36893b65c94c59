import picomatch from 'picomatch';
import type { Dialect } from './parser';

/** The dialect of a file from its uri: a Python secrets file when it matches a pattern, else dotenv. */
export function dialectOf(uri: string, secretsFilePatterns: readonly string[]): Dialect {
  const path = pathOf(uri);
  const isSecretsFile = picomatch(secretsFilePatterns as string[], { basename: true, dot: true });
  return isSecretsFile(path) ? 'python' : 'dotenv';
}

function pathOf(uri: string): string {
  if (!uri.includes('://')) return uri;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
