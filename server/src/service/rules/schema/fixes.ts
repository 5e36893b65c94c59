import type { Assignment } from '../../parser';
import { booleanLiterals } from '../../schema/describeVariable';
import { assignmentAt } from '../../fixes/assignmentAt';
import type { Fix, FixBuilder, FixContext } from '../../fixes/fix';

const TRUTHY = new Set(['true', 'yes', 'on', '1', 'y', 't', 'enable', 'enabled']);
const FALSY = new Set(['false', 'no', 'off', '0', 'n', 'f', 'disable', 'disabled']);

/** Fixes for a value of the wrong form: the boolean as the schema writes it, each allowed value (closest first), the host of a URL. */
export const invalidValueFix: FixBuilder = (context, span) => {
  const assignment = assignmentAt(context.env, span.start);
  return assignment ? [...writeBoolean(context, assignment), ...chooseAllowed(context, assignment), ...hostOfUrl(context, assignment)] : [];
};

/** Each value an enum allows, the closest to what was written first (`VERBOSE` → `verbose`, `development` → `dev`). */
function chooseAllowed(context: FixContext, assignment: Assignment): Fix[] {
  const known = context.appliedKnowledge(assignment.key).find((k) => k.spec.type === 'enum' && (k.spec.values?.length ?? 0) > 0);
  if (!known || context.isSecret(assignment.key, assignment.value)) return [];
  const written = assignment.value.toLowerCase();
  const allowed = known.spec.values!.map((v) => v.value).filter((value) => value !== assignment.value);
  const distance = (value: string) => (value.toLowerCase() === written ? -2 : written.startsWith(value.toLowerCase()) || value.toLowerCase().startsWith(written) ? -1 : editDistance(value.toLowerCase(), written));
  return allowed
    .map((value, order) => ({ value, order, d: distance(value) }))
    .sort((a, b) => a.d - b.d || a.order - b.order)
    .slice(0, 20)
    .map(({ value }) => ({ title: `Write "${value}"`, changes: [{ span: assignment.innerSpan, newText: value }], safe: false }));
}

/** A URL where a host is expected (`postgresql://…@localhost:5432/db`): its host alone. */
function hostOfUrl(context: FixContext, assignment: Assignment): Fix[] {
  if (!context.appliedKnowledge(assignment.key).some((k) => k.spec.type === 'host')) return [];
  let host: string;
  try {
    host = new URL(assignment.value).hostname;
  } catch {
    return [];
  }
  if (host === '' || host === assignment.value) return [];
  return [{ title: `Write the URL's host, "${host}"`, changes: [{ span: assignment.innerSpan, newText: host }], safe: false }];
}

/** Levenshtein distance, on short enum values (a few dozen characters at most are compared). */
function editDistance(a: string, b: string): number {
  const x = a.slice(0, 64);
  const y = b.slice(0, 64);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length]!;
}

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
  return [{ title: `Write "${literal}"`, changes: [{ span, newText: literal }], safe: false }];
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
