import { describeValue } from '../diagnostics/describeValue';
import type { SecretTest } from '../secrets/secrecy';
import type { FamilyOrder } from './familyOrder';
import type { FamilyMember } from '../workspace/envFamily';
import { outcomeOf, type KeyOutcome, type StepRead } from './merge';
import type { LoadStep } from './plan';

/** Files named in one line, at most; the rest are counted. */
const FILES_SHOWN = 4;

export interface PerEnvironmentInput {
  readonly key: string;
  /** The family's order, and what each file loads (the open document read from its text). */
  readonly order: FamilyOrder;
  readonly readOf: (step: LoadStep) => StepRead;
  readonly isSecret: SecretTest;
  /** The key's value in the open document is secret (by its name, a schema, or what a `#` cut off). */
  readonly secretHere: boolean;
}

/**
 * The hover's "Per environment" section for a key: for each environment of the family's loader,
 * which file's value the app gets and what it overrides, one line each. Undefined when fewer than
 * two files of the family load (there is no order to tell). A key secret in any file is masked in all.
 */
export function perEnvironmentText({ key, order, readOf, isSecret, secretHere }: PerEnvironmentInput): string | undefined {
  if (order.loadingFiles < 2) return undefined;
  const { plan } = order;
  const outcomes = plan.environments.map((environment) => ({ environment, outcome: outcomeOf(key, environment.steps, readOf) }));
  const values = outcomes.flatMap(({ outcome }) => [...(outcome.winner ? [outcome.winner.value] : []), ...outcome.overridden.map((set) => set.value)]);
  const secret = secretHere || values.some((value) => isSecret(key, value));
  const show = (value: string) => describeValue(value, secret);
  const lines = outcomes.map(({ environment, outcome }) => {
    const loadsHere = environment.steps.some((step) => step.path === order.path);
    const absent = loadsHere ? '' : ' (this file does not load here)';
    return `- \`${environment.name}\`: ${outcomeText(outcome, show, plan.loader.id === 'compose')}${absent}`;
  });
  if (plan.omittedEnvironments > 0) lines.push(`- …and ${plan.omittedEnvironments} more environments, not shown`);
  const assumed = plan.choice.alsoSeen.length > 0;
  const why = assumed ? `${plan.choice.because}; also seen: ${plan.choice.alsoSeen.join(', ')}` : plan.choice.because;
  const rule = plan.loader.order === 'first-wins' ? 'the first file that sets a key wins' : 'a later file overrides an earlier one';
  const head = `**Per environment**, ${assumed ? 'assuming' : 'as'} ${plan.loader.name} loads these files (${why}): ${rule}. ${plan.loader.processEnvironment}`;
  const problems = unreadFiles(plan.environments.flatMap((environment) => environment.steps), readOf);
  return [head, lines.join('\n'), ...[...plan.notes, ...problems].map((note) => `_${note}_`)].join('\n\n');
}

function outcomeText(outcome: KeyOutcome, show: (value: string) => string, compose: boolean): string {
  const { winner, overridden, bare } = outcome;
  const parts: string[] = [];
  if (!winner) parts.push('no file sets it');
  else {
    let text = `\`${winner.step.name}\` gives ${show(winner.value)}`;
    if (overridden.length > 0) {
      const named = overridden.slice(0, FILES_SHOWN).map((set) => `\`${set.step.name}\` (${set.value === winner.value ? 'the same value' : show(set.value)})`);
      if (overridden.length > FILES_SHOWN) named.push(`${overridden.length - FILES_SHOWN} more`);
      text += `, over ${named.join(', ')}`;
    }
    parts.push(text);
  }
  if (bare.length > 0) {
    const names = bare.slice(0, FILES_SHOWN).map((step) => `\`${step.name}\``).join(', ');
    parts.push(compose ? `${names} names it without a value: compose takes the shell's value there, if it has one` : `${names} names it without a value, which sets nothing`);
  }
  return parts.join('; ');
}

/** The files of the plan that were not read (a link out of the workspace, a file a reader refuses), said once each. */
function unreadFiles(steps: readonly LoadStep[], readOf: (step: LoadStep) => StepRead): string[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const step of steps) {
    if (seen.has(step.path)) continue;
    seen.add(step.path);
    const problem = readOf(step).problem;
    if (problem !== undefined) notes.push(`\`${step.name}\`: ${problem}.`);
  }
  return notes.slice(0, FILES_SHOWN);
}

/** When no loader is known: a line that says so, for a family of two or more files that could load. */
export function unknownLoaderText(members: readonly FamilyMember[]): string | undefined {
  const loadable = members.filter((member) => !member.template && member.dialect === 'dotenv');
  if (loadable.length < 2) return undefined;
  const names = loadable.slice(0, FILES_SHOWN).map((member) => `\`${member.name}\``);
  if (loadable.length > FILES_SHOWN) names.push(`${loadable.length - FILES_SHOWN} more`);
  return `**Per environment**: which of ${names.join(', ')} wins depends on the loader, and the project shows none EnvSense knows; set \`envsense.loader\` to name it.`;
}
