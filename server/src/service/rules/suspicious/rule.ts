import { describeValue } from '../../diagnostics/describeValue';
import type { Finding, Rule } from '../../diagnostics/finding';
import type { Assignment } from '../../parser';
import { isPublicValue, MEANT_PUBLIC, publicPrefixOf } from '../../secrets/publicKeys';
import { isSecretName } from '../../secrets/secretNames';
import { credentialKind, defaultUrlPassword, isLiteralValue, isPlaceholder, isUnsetValue, leakedTokenKind, weakness } from '../../secrets/valueSmells';

/** Placeholders left in, secrets set to their documented example or to something weak, secrets made public. */
export const suspiciousValues: Rule = {
  node(context, assignment) {
    if (assignment.kind !== 'assignment') return [];
    const findings: Finding[] = [];
    const span = assignment.valueSpan.end > assignment.valueSpan.start ? assignment.valueSpan : assignment.keySpan;
    const value = assignment.value;
    const secret = context.isSecret(assignment.key, assignment.value);
    const publicFinding = isUnsetValue(value) || isPublicValue(value) || value.startsWith('AIza') || isPlaceholder(value) ? undefined : publicSecret(assignment, context.selection.dependencies);
    if (publicFinding) findings.push(publicFinding);
    if (isUnsetValue(value) || context.file.template || !isLiteralValue(value)) return findings;

    const example = secret ? context.selection.registry.lookup(assignment.key).find((k) => k.spec.example !== undefined && k.spec.example === value) : undefined;
    if (example) {
      findings.push({
        code: 'example-secret',
        span,
        message: `${assignment.key} is set to the example in ${example.schema.name}'s documentation: anyone who read it knows this secret. Generate a new one.`,
      });
      return findings;
    }
    if (isPlaceholder(value)) {
      findings.push({ code: 'placeholder-value', span, message: `${assignment.key} still holds a placeholder${secret ? '' : ` (${describeValue(value, false)})`}: set the real value.` });
      return findings;
    }
    // Default credentials in a connection URL (`postgres:postgres@db`): fine on a laptop, weak in production.
    const defaults = defaultUrlPassword(value);
    if (defaults) {
      findings.push({ code: 'weak-secret', span, message: `${assignment.key} connects with default credentials: ${defaults}. Anyone who knows the image knows them; set a generated password.` });
      return findings;
    }
    // A vendor's token or a key block is judged by leaked-credential (its form, its body), not as a password.
    if (!secret || leakedTokenKind(value) !== undefined) return findings;
    const reason = weakness(value);
    if (reason) findings.push({ code: 'weak-secret', span, message: `${assignment.key} is a weak secret: ${reason}. Generate a strong one.` });
    return findings;
  },
};

/**
 * A secret behind a prefix the bundler sends to the browser: a vendor's secret format whatever the
 * name (`NEXT_PUBLIC_STRIPE_KEY=sk_live_…`), or a secret's name that is not one of the keys browser
 * SDKs are given on purpose, holding something other than a flag or a number.
 */
function publicSecret(assignment: Assignment, dependencies: ReadonlySet<string>): Finding | undefined {
  const prefix = publicPrefixOf(assignment.key, dependencies);
  if (!prefix) return undefined;
  const rest = assignment.key.slice(prefix[0].length);
  const kind = credentialKind(assignment.value);
  const named = isSecretName(rest) && !MEANT_PUBLIC.test(rest) && !/^(?:true|false|yes|no|on|off|\d+)$/i.test(assignment.value);
  if (!kind && !named) return undefined;
  return {
    code: 'public-secret',
    span: assignment.keySpan,
    message: `${prefix[1]} puts variables starting with ${prefix[0]} into the code it sends to the browser, so every visitor can read ${assignment.key}${kind ? `, which looks like ${kind}` : ''}. Keep secrets in server-only variables.`,
  };
}
