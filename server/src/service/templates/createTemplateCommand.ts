import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { FixContext } from '../fixes/fix';
import { uriOfPath } from '../workspace/workspaceFs';
import { planTemplate, templateEdit } from './createTemplate';

/** The command's id, as the server registers it (`workspace/executeCommand`, arguments: the document's uri). */
export const CREATE_TEMPLATE_COMMAND = 'envsense.createTemplate';

/** What the command needs from the editor: a question with choices, the edit applied, a message shown. */
export interface TemplateCommandHost {
  /** Asks with these choices (`window/showMessageRequest`); the one chosen, or undefined when dismissed. */
  ask(message: string, choices: readonly string[]): Promise<string | undefined>;
  /** Applies the edit (`workspace/applyEdit`); whether the editor applied it. */
  applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean>;
  tell(message: string): void;
}

/** The command's answer: what happened, and the uri of the template written (VS Code's client saves it). */
export interface TemplateCommandResult {
  readonly outcome: 'created' | 'overwritten' | 'cancelled' | 'refused' | 'failed';
  readonly written?: string;
}

export const OVERWRITE = 'Overwrite';
export const CANCEL = 'Cancel';

/**
 * "EnvSense: Create template" for the file `context` describes: writes its template, and asks first
 * when the template exists (replacing it loses what it holds). Messages name files, never a value.
 */
export async function runCreateTemplate(context: FixContext, host: TemplateCommandHost): Promise<TemplateCommandResult> {
  const plan = planTemplate(context);
  if ('problem' in plan) {
    host.tell(plan.problem);
    return { outcome: 'refused' };
  }
  const overwrite = plan.existing !== undefined;
  if (overwrite) {
    const answer = await host.ask(`${plan.name} exists. Replace it with a template made from ${plan.source}? What ${plan.name} holds now is lost.`, [OVERWRITE, CANCEL]);
    if (answer !== OVERWRITE) return { outcome: 'cancelled' };
  }
  const applied = await host.applyEdit(`Create ${plan.name} from ${plan.source}`, templateEdit(plan, overwrite));
  if (!applied) {
    host.tell(`The editor did not write ${plan.name}.`);
    return { outcome: 'failed' };
  }
  return { outcome: overwrite ? 'overwritten' : 'created', written: uriOfPath(plan.path) };
}
