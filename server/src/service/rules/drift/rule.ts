import type { Finding, Rule, RuleContext, RuleScope } from '../../diagnostics/finding';
import { fileLevelSpan } from '../../diagnostics/fileLevelSpan';
import type { Assignment } from '../../parser';
import { missingRequiredKeys } from '../schema/missingRequired';
import { unsetTemplateKeys } from './unsetKeys';

const NONE: ReadonlySet<string> = new Set();

/** How many keys or files a message names before it says how many more there are. */
export const NAMED_IN_MESSAGE = 20;

/**
 * A template kept in step with its family, both ways: a key set in a file that the family's template
 * does not list (teammates who copy the template will not know to set it), and keys the template
 * lists that no file of the family sets.
 */
export const driftRules: Rule = {
  node: (scope, node) => (node.kind === 'assignment' ? missingFromTemplate(scope, node) : []),
  document: templateKeysNotSet,
};

function missingFromTemplate(scope: RuleScope, assignment: Assignment): Finding[] {
  const family = scope.selection.templateFamily;
  // A template that could not be read says nothing: every key would look missing.
  if (!family || family.isTemplate || !family.primary?.env || !family.documented || family.documented.has(assignment.key)) return [];
  const template = family.primary.name;
  return [{ code: 'missing-from-template', span: assignment.keySpan, message: `${assignment.key} is not in ${template}: whoever sets up the project from ${template} will not know to set it.` }];
}

function templateKeysNotSet(context: RuleContext): Finding[] {
  const family = context.selection.templateFamily;
  if (!family) return [];
  // A key that missing-required reports already is not reported twice.
  const required = () => (context.dialect === 'dotenv' ? new Set(missingRequiredKeys(context.selection, context.definedKeys).keys()) : NONE);
  const unset = unsetTemplateKeys(family, context.env, (key) => context.keys.count(key) > 0, required);
  if (!unset || unset.keys.length === 0) return [];
  const where = family.others.length === 0 ? 'not set in this file' : `set in no file of the family (${named([family.name, ...family.others], 5)})`;
  return [{ code: 'template-key-not-set', span: fileLevelSpan(context.env.text), message: `Listed in ${unset.template.name} but ${where}: ${named(unset.keys, NAMED_IN_MESSAGE)}.` }];
}

/** The first names, and how many more. */
export function named(names: readonly string[], most: number): string {
  return names.length <= most ? names.join(', ') : `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}
