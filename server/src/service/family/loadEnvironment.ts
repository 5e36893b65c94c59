import { dirname, join } from 'node:path';
import type { ReaderId } from '../readers/readerTable';
import type { WorkspaceView } from '../workspace/workspaceView';
import type { LoaderSetting } from './loaderIds';
import { mergeEnvironment, type SetBy } from './merge';
import { namedSteps, type FamilyPlan, type LoadStep } from './plan';

/** The variables one environment of a family loads, as the app gets them from the files. */
export interface LoadedEnvironment {
  readonly plan: FamilyPlan;
  readonly environment: string;
  /** The files read, in the loader's order. */
  readonly steps: readonly LoadStep[];
  readonly variables: ReadonlyMap<string, SetBy>;
}

export interface LoadRequest {
  /** A file of the family (`.env` of the folder for a whole folder). */
  readonly anchor: string;
  readonly environment: string;
  readonly loader: LoaderSetting;
  /** Only these files count (the command line named them); all of the plan's when absent. */
  readonly only?: ReadonlySet<string>;
  /** Read each file with this reader instead of the loader's own. */
  readonly reader?: ReaderId;
}

/**
 * What `envsense print --env NAME` prints: the environment's files in the loader's order, merged as the
 * loader merges them. A failure is said in words (no loader known, an environment the loader does not
 * have, a file that is not read) for the command line to report.
 */
export function loadEnvironment(workspace: WorkspaceView, request: LoadRequest): LoadedEnvironment | { problem: string } {
  const order = workspace.familyOrder(request.anchor, request.loader);
  if (!order) {
    return {
      problem: `no loader is known for ${dirname(request.anchor)}: the folder shows none of the dependencies next, vite, dotenv-flow, symfony/dotenv, dotenv with rails, no compose env_file list names its files, no module calls load_dotenv(); name one with --loader`,
    };
  }
  const { plan } = order;
  const steps = stepsOf(plan, request.environment, workspace, request.anchor);
  if (!steps) {
    const known = plan.environments.map((environment) => environment.name);
    return { problem: `${plan.loader.name} has no environment '${request.environment}'${known.length > 0 ? `; it has ${known.join(', ')}` : ''}` };
  }
  const chosen = request.only ? steps.filter((step) => request.only!.has(step.path)) : steps;
  const readOf = (step: LoadStep) => (request.reader ? workspace.stepRead(step.path, request.anchor, request.reader) : order.readOf(step));
  for (const step of chosen) {
    const problem = readOf(step).problem;
    if (problem !== undefined) return { problem: `${join(dirname(request.anchor), step.name)}: ${problem}` };
  }
  return { plan, environment: request.environment, steps: chosen, variables: mergeEnvironment(chosen, readOf) };
}

/**
 * The files of an environment: one the plan lists, or, for a loader whose environments are any name
 * (Vite's modes, Symfony's APP_ENV, …), the files it loads for that name.
 */
function stepsOf(plan: FamilyPlan, environment: string, workspace: WorkspaceView, anchor: string): readonly LoadStep[] | undefined {
  const listed = plan.environments.find((e) => e.name === environment);
  if (listed) return listed.steps;
  const byName = plan.loader.byName;
  if (!byName?.seenEnvironments || !/^[A-Za-z0-9_-]+$/.test(environment)) return undefined;
  return namedSteps(plan.loader, environment, new Set(workspace.family(anchor).map((member) => member.name)), dirname(anchor));
}
