import { basename } from 'node:path';
import type { NavFile } from './navFiles';

/**
 * The order a key's definitions are listed in (an editor jumps to the first): the file itself, then
 * the family's base (`.env`, or `secrets.py` for its templates), then the other members by name.
 * A simple stand-in for the loader's real order (which file wins for which environment): this
 * function is the one place to swap that in.
 */
export function definitionOrder(own: NavFile, files: readonly NavFile[]): NavFile[] {
  const base = baseName(own);
  const rank = (file: NavFile) => (file === own ? 0 : file.path !== undefined && basename(file.path) === base ? 1 : 2);
  return [...files].sort((a, b) => rank(a) - rank(b) || byName(nameOf(a), nameOf(b)));
}

function baseName(own: NavFile): string {
  return own.analysis.dialect === 'python' && own.path !== undefined ? basename(own.path).replace(/\.(?:template|example)$/, '') : '.env';
}

function nameOf(file: NavFile): string {
  return file.path === undefined ? file.uri : basename(file.path);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
