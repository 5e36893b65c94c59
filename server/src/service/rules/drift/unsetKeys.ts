import type { EnvDocument } from '../../parser';
import { commentedOutKeys } from '../../templates/commentedOut';
import type { FamilyTemplate, TemplateFamily } from '../../templates/templateFamily';

/**
 * Keys of the family's template that neither this file (`isSet`) nor any other file of the family
 * sets or comments out, in the template's order, without those `reportedElsewhere` says another rule
 * reports. The costly checks (this file's comments, the other rule's keys) run only when a key is left.
 */
export function unsetTemplateKeys(
  family: TemplateFamily,
  env: EnvDocument,
  isSet: (key: string) => boolean,
  reportedElsewhere: () => ReadonlySet<string>,
): { template: FamilyTemplate; keys: string[] } | undefined {
  const template = family.primary;
  if (family.isTemplate || !family.reportsUnset || !template?.env || !family.otherKeys) return undefined;
  const others = family.otherKeys;
  const candidates = new Set<string>();
  for (const { key } of template.env.assignments) if (!isSet(key) && !others.has(key)) candidates.add(key);
  if (candidates.size === 0) return { template, keys: [] };
  const commented = commentedOutKeys(env);
  const elsewhere = reportedElsewhere();
  return { template, keys: [...candidates].filter((key) => !commented.has(key) && !elsewhere.has(key)) };
}
