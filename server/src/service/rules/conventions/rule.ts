import { describeValue } from '../../diagnostics/describeValue';
import { isSecretAssignment } from '../../secrets/assignmentSecrecy';
import type { Rule } from '../../diagnostics/finding';
import { expectedForm } from '../../schema/checkValue';
import { isLiteralValue } from '../../secrets/valueSmells';
import type { KnownVariable, SystemSchema, VariableType } from '../../schema/schemaTypes';

const CONVENTIONS: readonly [RegExp, VariableType, string][] = [
  [/_PORT$/, 'port', '*_PORT'],
  [/_(?:URL|URI)$/, 'url', '*_URL / *_URI'],
  [/_EMAIL$/, 'email', '*_EMAIL'],
];

const CONVENTION_SCHEMA: SystemSchema = { id: 'convention', name: 'naming convention', variables: {} };

/** Variables no schema knows, checked by their names' conventions. */
export const conventionRules: Rule = {
  node(scope, assignment, text) {
    if (assignment.kind !== 'assignment') return [];
    const value = assignment.value;
    if (value === '' || !isLiteralValue(value)) return [];
    const convention = CONVENTIONS.find(([pattern]) => pattern.test(assignment.key));
    // Only a schema that applies to the file speaks for the key: one that knows the name elsewhere does not silence the convention.
    if (!convention || scope.appliedKnowledge(assignment.key).length > 0) return [];
    const known: KnownVariable = { name: assignment.key, spec: { type: convention[1] }, schema: CONVENTION_SCHEMA };
    const expected = expectedForm(value, known);
    if (expected === undefined) return [];
    return [
      {
        code: 'convention-type',
        span: assignment.valueSpan,
        message: `By its name (${convention[2]}) ${assignment.key} should be ${expected}, found ${describeValue(value, isSecretAssignment(scope.isSecret, text, assignment))}.`,
      },
    ];
  },
};
