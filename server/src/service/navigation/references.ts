import type { Location } from 'vscode-languageserver-types';
import { MAX_LOCATIONS } from './definition';
import { definitionOrder } from './familyOrder';
import type { NavigationHost } from './host';
import { familyFiles, policyOf, type NavFile } from './navFiles';
import { occurrencesOf } from './occurrences';
import { locationIn } from './ranges';
import { targetAt } from './target';

/**
 * Find all references: every assignment of the key (commented-out ones too) and every `${KEY}` /
 * `$KEY` that refers to it, in every member of the family. Without the declarations, only the
 * references in values.
 */
export function findReferences(host: NavigationHost, own: NavFile, offset: number, includeDeclaration: boolean): Location[] {
  const target = targetAt(own.analysis.env, policyOf(own), offset);
  if (!target) return [];
  const locations: Location[] = [];
  for (const file of definitionOrder(own, familyFiles(host, own, { fresh: false }).files)) {
    for (const occurrence of occurrencesOf(file.analysis.env, policyOf(file), target.name)) {
      if (!includeDeclaration && occurrence.kind !== 'reference') continue;
      if (locations.length >= MAX_LOCATIONS) return locations;
      locations.push(locationIn(file, occurrence.span));
    }
  }
  return locations;
}
