import type { Assignment } from '../../parser';
import { booleanLiterals } from '../../schema/describeVariable';
import { assignmentAt } from '../../fixes/assignmentAt';
import type { Fix, FixBuilder, FixContext } from '../../fixes/fix';

const TRUTHY = new Set(['true', 'yes', 'on', '1', 'y', 't', 'enable', 'enabled']);
const FALSY = new Set(['false', 'no', 'off', '0', 'n', 'f', 'disable', 'disabled']);

export const booleanFix: FixBuilder = (context, span) => {
  const assignment = assignmentAt(context.env, span.start);
  return assignment ? writeBoolean(context, assignment) : [];
};

export const renameDeprecatedFix: FixBuilder = (context, span) => {
  const assignment = assignmentAt(context.env, span.start);
  return assignment ? renameDeprecated(context, assignment) : [];
};

export const insertMissingFix: FixBuilder = (context) => insertMissing(context);

function writeBoolean(context: FixContext, assignment: Assignment): Fix[] {
  const known = context.appliedKnowledge(assignment.key).find((k) => k.spec.type === 'boolean');
  if (!known) return [];
  const literals = booleanLiterals(known.spec, known.schema);
  const lower = assignment.value.toLowerCase();
  const literal = TRUTHY.has(lower) ? literals.true : FALSY.has(lower) ? literals.false : undefined;
  if (literal === undefined) return [];
  // In Python a boolean is the bare literal: `'False'` in quotes is a non-empty, truthy string.
  const span = context.env.dialect === 'python' ? assignment.valueSpan : assignment.innerSpan;
  return [{ title: `Write \`${literal}\``, changes: [{ span, newText: literal }], safe: false }];
}

function renameDeprecated(context: FixContext, assignment: Assignment): Fix[] {
  const replacement = context.appliedKnowledge(assignment.key).find((k) => k.spec.deprecated?.replacement)?.spec.deprecated?.replacement;
  if (!replacement || context.env.assignments.some((a) => a.key === replacement)) return [];
  return [{ title: `Rename to ${replacement}`, changes: [{ span: assignment.keySpan, newText: replacement }], safe: false }];
}

function insertMissing(context: FixContext): Fix[] {
  const { env } = context;
  const names = context.missingRequired();
  if (names.length === 0) return [];
  const eol = /\r\n/.test(env.text) ? '\r\n' : '\n';
  const lead = env.text === '' || /[\r\n]$/.test(env.text) ? '' : eol;
  const lines = names.map((name) => (env.dialect === 'python' ? `${name} = ''` : `${name}=`));
  return [
    {
      title: `Add ${names.length === 1 ? names[0] : `the ${names.length} missing keys`}`,
      changes: [{ span: { start: env.text.length, end: env.text.length }, newText: `${lead}${lines.join(eol)}${eol}` }],
      safe: false,
    },
  ];
}
