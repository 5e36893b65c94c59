import { describeValue } from '../diagnostics/describeValue';
import { isSecretAssignment } from '../secrets/assignmentSecrecy';
import type { Finding, RuleContext } from '../diagnostics/finding';
import { expectedForm } from '../schema/checkValue';
import type { KnownVariable, SystemSchema, VariableType } from '../schema/schemaTypes';

const CONVENTIONS: readonly [RegExp, VariableType, string][] = [
  [/_PORT$/, 'port', '*_PORT'],
  [/_(?:URL|URI)$/, 'url', '*_URL / *_URI'],
  [/_EMAIL$/, 'email', '*_EMAIL'],
];

const CONVENTION_SCHEMA: SystemSchema = { id: 'convention', name: 'naming convention', variables: {} };

/** Variables no schema knows, checked by their names' conventions. */
export function conventionRules(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const assignment of context.env.assignments) {
    const value = assignment.value;
    if (value === '' || value.includes('$')) continue;
    const convention = CONVENTIONS.find(([pattern]) => pattern.test(assignment.key));
    if (!convention || context.selection.registry.lookup(assignment.key).length > 0) continue;
    const known: KnownVariable = { name: assignment.key, spec: { type: convention[1] }, schema: CONVENTION_SCHEMA };
    const expected = expectedForm(value, known);
    if (expected === undefined) continue;
    findings.push({
      code: 'convention-type',
      span: assignment.valueSpan,
      message: `By its name (${convention[2]}) ${assignment.key} should be ${expected}, found ${describeValue(value, isSecretAssignment(context.isSecret, context.env.text, assignment))}.`,
    });
  }
  return findings;
}
