import { describeValue } from '../../diagnostics/describeValue';
import { maskUrlPassword } from '../../diagnostics/urlPassword';
import { isSecretAssignment } from '../../secrets/assignmentSecrecy';
import type { Finding, Rule, RuleScope } from '../../diagnostics/finding';
import { missingRequired } from './missingRequired';
import type { Assignment } from '../../parser';
import { predates, speakerRank } from '../../schema/schemaSelection';
import type { KnownVariable } from '../../schema/schemaTypes';
import { expectedForm } from '../../schema/checkValue';
import { isLiteralValue, isPlaceholder, isUnsetValue } from '../../secrets/valueSmells';

/**
 * What the schemas that apply say about each value: its form, whether it is deprecated or
 * dangerous, whether a required variable is missing, and unknown keys where a schema is closed.
 */
export const schemaRules: Rule = {
  node: (scope, node, text) => (node.kind === 'assignment' ? checkAssignment(scope, text, node) : []),
  document: missingRequired,
};

function checkAssignment(context: RuleScope, text: string, assignment: Assignment): Finding[] {
  const everything = context.appliedKnowledge(assignment.key);
  // The most specific schemas that know the key decide (an application over its framework over a service); the others only document it.
  const knowledge = everything.filter((k) => speakerRank(context.selection, k) === speakerRank(context.selection, everything[0]!));
  const findings: Finding[] = [];
  const valueSpan = assignment.valueSpan.end > assignment.valueSpan.start ? assignment.valueSpan : assignment.keySpan;
  const secret = isSecretAssignment(context.isSecret, text, assignment);

  if (everything.length === 0) {
    const closed = context.selection.applied.filter((a) => a.schema.closed === true);
    if (closed.length > 0) {
      findings.push({
        code: 'unknown-key',
        span: assignment.keySpan,
        message: `${assignment.key} is not a variable of ${closed.map((a) => a.schema.name).join(' or ')}, which ${closed.length === 1 ? 'lists' : 'list'} every variable ${closed.length === 1 ? 'it reads' : 'they read'}.`,
      });
    }
    return findings;
  }

  // Deprecated where the system deprecated it for the version in use: a project pinned below `since` is not told.
  const current = (k: KnownVariable) => k.spec.deprecated !== undefined && !predates(context.selection, k.schema, k.spec.deprecated.since);
  const deprecated = knowledge.find(current);
  if (deprecated && knowledge.every(current)) {
    const { message, replacement } = deprecated.spec.deprecated!;
    findings.push({
      code: 'deprecated-key',
      span: assignment.keySpan,
      message: `${assignment.key} is deprecated (${deprecated.schema.name}): ${message}${replacement ? ` Use ${replacement}.` : ''}`,
      deprecated: true,
    });
  }

  // Empty means unset to most loaders: the system's default applies, so there is no form to check;
  // a reference (`$PORT`, `{{ port }}`) takes its value from elsewhere, except a URL's scheme written
  // before it (`mysql://${USER}@db/app` is a MySQL URL whatever USER holds).
  // A placeholder is reported as one (or, in a template, is the point), never as a wrong form.
  const judged = judgedForm(assignment.value, knowledge);
  if (judged && !isPlaceholder(assignment.value)) {
    const quotedPythonBoolean = (type: string | undefined) => context.dialect === 'python' && assignment.form === 'quoted' && type === 'boolean';
    const problems = judged.knowledge.map((known) => ({
      known,
      expected: quotedPythonBoolean(known.spec.type) ? 'a boolean written without quotes (`True` or `False`): a quoted string is always true in Python' : expectedForm(judged.value, known, secret),
    }));
    if (problems.length > 0 && problems.every((p) => p.expected !== undefined)) {
      const { known, expected } = problems[0]!;
      findings.push({
        code: 'invalid-value',
        span: valueSpan,
        message: `${assignment.key} expects ${expected} (${known.schema.name}), found ${found(assignment.value, secret)}.`,
        // A schema that EnvSense chose for the project may not be the one that reads the key: a framework's
        // rule is a warning, a generic service's (AWS's key form, where the app may talk to MinIO) information.
        ...(speakerRank(context.selection, known) >= 6 ? { severity: 'information' as const } : speakerRank(context.selection, known) >= 4 ? { severity: 'warning' as const } : {}),
      });
    }
  }

  for (const known of knowledge) {
    for (const danger of known.spec.dangerous ?? []) {
      if (danger.environment === 'production' && !context.file.production) continue;
      if (!danger.values.includes(assignment.value)) continue;
      findings.push({
        code: 'dangerous-value',
        span: valueSpan,
        message: `${assignment.key}=${secret ? '•••' : maskUrlPassword(assignment.value)}${danger.environment === 'production' ? ' in a production file' : ''}: ${danger.message}`,
      });
    }
  }
  return findings;
}

/** The value as a message may show it; for a secret URL only its scheme, which is what was wrong. */
function found(value: string, secret: boolean): string {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1];
  if (secret && scheme) return `a \`${scheme}://\` URL`;
  return describeValue(value, secret);
}

/**
 * What of a value its form can be checked on, and by which knowledge: the whole value when it is
 * written out; only the scheme of a URL whose rest refers to other variables, by the schemas that
 * give URL schemes; nothing for an empty value or any other reference.
 */
function judgedForm(value: string, knowledge: readonly KnownVariable[]): { value: string; knowledge: readonly KnownVariable[] } | undefined {
  if (isUnsetValue(value)) return undefined;
  if (isLiteralValue(value)) return { value, knowledge };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1];
  if (!scheme) return undefined;
  const byScheme = knowledge.filter((k) => k.spec.type === 'url' && (k.spec.schemes?.length ?? 0) > 0);
  return byScheme.length > 0 ? { value: `${scheme}://host`, knowledge: byScheme } : undefined;
}
