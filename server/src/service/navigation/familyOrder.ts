import { basename } from 'node:path';
import type { NavFile } from './navFiles';

/**
 * The order a key's definitions are listed in (an editor jumps to the first): the file itself, then
 * the other members by name — which puts the family's base (`.env`, or `secrets.py` for its
 * templates) next, since every member's name starts with it. A simple stand-in for the loader's
 * real order (which file wins for which environment): this function is the one place to swap it in.
 */
export function definitionOrder(own: NavFile, files: readonly NavFile[]): NavFile[] {
  return [...files].sort((a, b) => Number(b === own) - Number(a === own) || byName(nameOf(a), nameOf(b)));
}

function nameOf(file: NavFile): string {
  return file.path === undefined ? file.uri : basename(file.path);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
