import type { Assignment } from '../../parser';
import { generateSecret } from '../../secrets/generateSecret';
import { assignmentAt } from '../../fixes/assignmentAt';
import type { Fix, FixBuilder, FixContext } from '../../fixes/fix';

/** A generated strong secret in place of a placeholder, a weak secret or a documented example (secrets only). */
export const generatedSecretFix: FixBuilder = (context, span) => {
  const assignment = assignmentAt(context.env, span.start);
  return assignment && context.isSecret(assignment.key, assignment.value) ? [generatedSecret(context, assignment)] : [];
};

function generatedSecret(context: FixContext, assignment: Assignment): Fix {
  const minLength = context.appliedKnowledge(assignment.key).reduce((n, k) => Math.max(n, k.spec.minLength ?? 0), 0);
  const secret = generateSecret(minLength, context.random);
  if (context.env.dialect === 'python' && assignment.form !== 'quoted') {
    return { title: 'Replace with a generated strong secret', changes: [{ span: assignment.valueSpan, newText: `'${secret}'` }], safe: false };
  }
  const span = assignment.form === 'empty' ? { start: assignment.separatorSpan.end, end: assignment.separatorSpan.end } : assignment.innerSpan;
  return { title: 'Replace with a generated strong secret', changes: [{ span, newText: secret }], safe: false };
}
