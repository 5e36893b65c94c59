import type { RuleContext, RuleScope } from '../diagnostics/finding';
import type { FamilyOrder } from './familyOrder';

/** A rule scope that also knows the file's family order (see DocumentAnalysis.scope). */
export interface FamilyScoped {
  readonly family?: FamilyOrder;
}

export type FamilyRuleContext = RuleContext & FamilyScoped;

const scoped = new WeakMap<RuleScope, WeakMap<FamilyOrder, RuleScope>>();

/**
 * The scope with the family order, the same object for the same scope and order: node findings are
 * remembered per scope object, so a new object on every keystroke would judge every line again.
 */
export function withFamily(scope: RuleScope, family: FamilyOrder | undefined): RuleScope {
  if (family === undefined) return scope;
  let byFamily = scoped.get(scope);
  if (!byFamily) scoped.set(scope, (byFamily = new WeakMap()));
  const made = byFamily.get(family);
  if (made) return made;
  const extended: RuleScope & FamilyScoped = { ...scope, family };
  byFamily.set(family, extended);
  return extended;
}
