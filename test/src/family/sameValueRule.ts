import type { Rule } from '../../../server/out/service/diagnostics/finding';
import { sameValueFindings } from '../../../server/out/service/family/sameValueRule';
import { FAMILIES, RULES } from '../../../server/out/service/rules/families';

/**
 * Runs `same-value-override` with the other rules, as `rules/families.ts` will once its family is
 * registered there; until then the test adds it to the rule list itself. Once registered, this does nothing.
 */
export function withSameValueRule(): void {
  const registered = FAMILIES.some((family) => 'same-value-override' in family.codes) || RULES.some((rule) => rule.document === (sameValueFindings as unknown));
  if (!registered) (RULES as Rule[]).push({ document: sameValueFindings as unknown as NonNullable<Rule['document']> });
}
