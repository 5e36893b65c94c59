import type { ReaderRead } from '../readers/binding';
import { READERS, type ReaderId } from '../readers/readerTable';
import { lineOfOffset, refusalReason } from '../readers/refusal';
import type { ConfinedText } from '../workspace/confinedRead';
import type { StepRead } from './merge';
import type { FamilyPlan, LoadStep } from './plan';

/**
 * A file's family as its loader reads it, from the disk: the plan, and what each file of the plan
 * loads (read once per workspace change). The file itself is read from the disk too; a caller with
 * the open document's text puts its reading in with `withOpenDocument`.
 */
export interface FamilyOrder {
  /** The file the order was made for. */
  readonly path: string;
  readonly plan: FamilyPlan;
  readOf(step: LoadStep): StepRead;
  /** How many files load in at least one environment. */
  readonly loadingFiles: number;
}

export function familyOrderOf(path: string, plan: FamilyPlan, readOf: (step: LoadStep) => StepRead): FamilyOrder {
  const loading = new Set(plan.environments.flatMap((environment) => environment.steps.map((step) => step.path)));
  return { path, plan, readOf, loadingFiles: loading.size };
}

/** What the steps load when the order's own file is the open document, read from its text instead of the disk. */
export function withOpenDocument(order: FamilyOrder, open: StepRead): (step: LoadStep) => StepRead {
  return (step) => (step.path === order.path ? open : order.readOf(step));
}

/** A reader's reading as a step's: a file the reader refuses loads nothing, and says why without quoting it. */
export function stepReadOf(read: ReaderRead, reader: ReaderId, text: string): StepRead {
  if (!read.refusal) return { values: read.values };
  return { values: new Map(), problem: `${READERS[reader].name} refuses it at line ${lineOfOffset(text, read.refusal.offset)} (${refusalReason(read.refusal)}) and loads nothing from it` };
}

/** A file of the family read from the disk by `reader`, or why it is not read. */
export function diskStepRead(confined: ConfinedText, reader: ReaderId): StepRead {
  if ('problem' in confined) return { values: new Map(), problem: `not read: ${confined.problem}` };
  return stepReadOf(READERS[reader].read(confined.text), reader, confined.text);
}
