import type { Assignment, Span } from '../parser';
import { READERS, readerReadOf } from '../readers/reader';
import type { FamilyOrder } from './familyOrder';
import { stepReadOf } from './familyOrder';
import type { FamilyRuleContext } from './familyScope';
import { mergeEnvironment, type SetBy, type StepRead } from './merge';
import type { LoadStep } from './plan';

/** Past this many keys in the other files of the family, the rule says nothing (hints are not worth a slow keystroke). */
export const SAME_VALUE_KEY_BUDGET = 50_000;

/** Per environment that loads the file: what the other files give, and which keys decide without it. */
interface Around {
  readonly environment: string;
  readonly self: LoadStep;
  /** Each key's value without this file. */
  readonly others: ReadonlyMap<string, SetBy>;
  /** Keys set by a file read before this one (they win when this file does not override). */
  readonly setBefore: ReadonlySet<string>;
  /** Keys set by an overriding file read after this one (they win over this file). */
  readonly overriddenAfter: ReadonlySet<string>;
}

const arounds = new WeakMap<FamilyOrder, readonly Around[] | undefined>();

/**
 * The other files of each environment around the order's own file, read from the disk once per
 * order (that is, per workspace change); undefined past the key budget.
 */
function aroundOf(order: FamilyOrder): readonly Around[] | undefined {
  if (arounds.has(order)) return arounds.get(order);
  const readOf = (step: LoadStep): StepRead => order.readOf(step);
  const others = new Set(order.plan.environments.flatMap((e) => e.steps).filter((step) => step.path !== order.path).map((step) => step.path));
  let keys = 0;
  for (const environment of order.plan.environments) {
    for (const step of environment.steps) {
      if (others.delete(step.path)) keys += readOf(step).values.size;
    }
  }
  const made =
    keys > SAME_VALUE_KEY_BUDGET
      ? undefined
      : order.plan.environments.flatMap((environment): Around[] => {
          const at = environment.steps.findIndex((step) => step.path === order.path);
          if (at < 0) return [];
          const setKeys = (steps: readonly LoadStep[]) => new Set(steps.flatMap((step) => [...readOf(step).values].filter(([, v]) => v.value !== null).map(([key]) => key)));
          return [
            {
              environment: environment.name,
              self: environment.steps[at]!,
              others: mergeEnvironment(environment.steps.filter((_, i) => i !== at), readOf),
              setBefore: setKeys(environment.steps.slice(0, at)),
              overriddenAfter: setKeys(environment.steps.slice(at + 1).filter((step) => step.override)),
            },
          ];
        });
  arounds.set(order, made);
  return made;
}

/**
 * What the file itself loads, key by key. Node's syntax is the parse itself, taken without reading the
 * file again on each keystroke; a value with a `$` that the reader expands is left out (its loaded value
 * depends on the environment). Other readers read the text (once per version, shared with the hover).
 */
function ownValues(context: FamilyRuleContext, order: FamilyOrder): Iterable<[string, string]> {
  const reader = order.plan.loader.reader;
  if (READERS[reader].nodeSyntax) {
    const values = new Map<string, string>();
    for (const assignment of context.env.assignments) values.set(assignment.key, assignment.value);
    if (READERS[reader].expands !== 'none') for (const [key, value] of values) if (value.includes('$')) values.delete(key);
    return values;
  }
  const read = stepReadOf(readerReadOf(context.env, reader), reader, context.env.text);
  return [...read.values].flatMap(([key, { value }]): [string, string][] => (value === null ? [] : [[key, value]]));
}

/**
 * A finding of `same-value-override`, a `Finding` once the code is registered in `rules/families.ts`
 * (its shape is written out: a type built from `Finding` would make the code list refer to itself).
 */
export interface SameValueFinding {
  readonly code: 'same-value-override';
  readonly span: Span;
  readonly message: string;
  readonly unnecessary: true;
  readonly severity: 'hint';
}

/**
 * `same-value-override`: a key this file sets to the value the app would get without it, in every
 * environment that loads the file, and that it does override somewhere (`.env.local` repeating
 * `.env`'s `PORT=3000`). The line changes nothing; a hint, faded as unused. A key that only this file
 * sets in some environment, or that it sets to another value anywhere, is not flagged.
 */
export function sameValueFindings(context: FamilyRuleContext): SameValueFinding[] {
  const order = context.family;
  if (!order || context.dialect !== 'dotenv') return [];
  const around = aroundOf(order);
  if (!around || around.length === 0) return [];
  const flagged: { key: string; files: Set<string>; environments: string[] }[] = [];
  for (const [key, value] of ownValues(context, order)) {
    const files = new Set<string>();
    const environments: string[] = [];
    let changes = false;
    for (const { environment, self, others, setBefore, overriddenAfter } of around) {
      const wins = (self.override || !setBefore.has(key)) && !overriddenAfter.has(key);
      if (!wins) continue;
      const without = others.get(key);
      if (without === undefined || without.value !== value) {
        changes = true;
        break;
      }
      files.add(without.step.name);
      environments.push(environment);
    }
    if (!changes && environments.length > 0) flagged.push({ key, files, environments });
  }
  if (flagged.length === 0) return [];
  const lastOf = new Map<string, Assignment>();
  for (const assignment of context.env.assignments) lastOf.set(assignment.key, assignment);
  return flagged.flatMap(({ key, files, environments }) => {
    const assignment = lastOf.get(key);
    if (!assignment) return [];
    const where = environments.length === around.length ? 'in every environment that loads this file' : `in ${environments.map((e) => `\`${e}\``).join(', ')}`;
    const finding: SameValueFinding = {
      code: 'same-value-override',
      span: assignment.keySpan,
      message: `${key} is set to the same value in ${[...files].map((f) => `\`${f}\``).join(', ')}, which this file overrides ${where} (${order.plan.loader.name}): this line changes nothing.`,
      unnecessary: true,
      severity: 'hint',
    };
    return [finding];
  });
}
