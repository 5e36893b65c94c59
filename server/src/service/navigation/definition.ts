import { basename } from 'node:path';
import type { Location } from 'vscode-languageserver-types';
import { definitionOrder } from './familyOrder';
import type { NavigationHost } from './host';
import { familyFiles, policyOf, type NavFile } from './navFiles';
import type { Occurrence } from './occurrences';
import { locationIn } from './ranges';
import { targetAt, type Target } from './target';

/** A key set 50,000 times answers with its first locations, not a message of megabytes. */
export const MAX_LOCATIONS = 5_000;

/**
 * Go to definition. On a key: its assignments in every member of the family (templates included),
 * in `definitionOrder`, and in each file the one the loader keeps (the last) first. On a `${KEY}`:
 * the assignment it expands from — the last one before it in this file, else the one in the files
 * loaded before it — and the family's assignments when neither sets it.
 */
export function findDefinition(host: NavigationHost, own: NavFile, offset: number): Location[] {
  const target = targetAt(own.analysis.env, policyOf(own), offset);
  if (!target) return [];
  const { files } = familyFiles(host, own, { fresh: false });
  if (target.reference) {
    const expandedFrom = expansionSource(own, files, target);
    if (expandedFrom) return [expandedFrom];
  }
  const locations: Location[] = [];
  for (const file of definitionOrder(own, files)) {
    for (const key of winnerFirst(keysOf(file, target.name))) {
      if (locations.length >= MAX_LOCATIONS) return locations;
      locations.push(locationIn(file, key.span));
    }
  }
  return locations;
}

function expansionSource(own: NavFile, files: readonly NavFile[], target: Target): Location | undefined {
  const before = keysOf(own, target.name).filter((key) => key.span.start < target.assignment.span.start);
  const last = before[before.length - 1];
  if (last) return locationIn(own, last.span);
  // The entry hover names: the first file loaded before this one that sets the key.
  const loaded = own.analysis.loadedBefore.find((entry) => entry.assignment.key === target.name);
  const file = loaded && files.find((f) => f.path !== undefined && basename(f.path) === basename(loaded.file));
  const winner = file && keysOf(file, target.name).pop();
  return file && winner ? locationIn(file, winner.span) : undefined;
}

/** Where the key is assigned in the file, in order (no reader needed: a file read only for its keys is not analysed further). */
export function keysOf(file: NavFile, name: string): Occurrence[] {
  const keys: Occurrence[] = [];
  for (const assignment of file.analysis.env.assignments) if (assignment.key === name) keys.push({ kind: 'assignment', span: assignment.keySpan });
  return keys;
}

/** The last assignment first (the one Node's dotenv and Python keep), then the others in order. */
function winnerFirst(keys: Occurrence[]): Occurrence[] {
  return keys.length < 2 ? keys : [keys[keys.length - 1]!, ...keys.slice(0, -1)];
}
