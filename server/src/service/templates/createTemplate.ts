import { basename } from 'node:path';
import { CreateFile, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { FixContext } from '../fixes/fix';
import { uriOfPath } from '../workspace/workspaceFs';
import { templateText } from './templateText';
import { DEFAULT_TEMPLATE_VALUES } from './templateValues';

/** The kind of the "Create template" code action: VS Code lists it under Source Action…, not in the lightbulb of every line. */
export const CREATE_TEMPLATE_KIND = 'source.createTemplate';

/** A template to write: where, what, from which file, and the text already there (undefined when the file is new). */
export interface TemplatePlan {
  readonly path: string;
  readonly name: string;
  readonly source: string;
  readonly text: string;
  readonly existing: string | undefined;
}

/**
 * The template of the file `context` describes, or why there is none: the file is in no family, is a
 * template itself, or the template's place may not be written (a link, not a regular file, outside the
 * workspace).
 */
export function planTemplate(context: FixContext): TemplatePlan | { readonly problem: string } {
  const family = context.templateFamily;
  if (!family) return { problem: 'Create template works in a .env file (or .env.local, .env.production, …) and in a Python secrets file such as secrets.py.' };
  if (family.isTemplate) return { problem: `${family.name} is a template already.` };
  const name = basename(family.templatePath);
  const writable = context.writableFile(family.templatePath);
  if (!writable) return { problem: `${name} cannot be written: it is a symbolic link, not a regular file, or outside the workspace.` };
  const text = templateText({ env: context.env, isSecret: context.isSecret, values: context.templateValues ?? DEFAULT_TEMPLATE_VALUES });
  return { path: family.templatePath, name, source: family.name, text, existing: writable.existing };
}

/**
 * The edit that writes a plan: the file created, then the text inserted. A new file is created with
 * `ignoreIfExists`, so that a file made meanwhile is never truncated (Neovim empties a file that a
 * plain create names); an existing one is replaced only with `overwrite`, which the command sets after
 * the user said so.
 */
export function templateEdit(plan: TemplatePlan, overwrite: boolean): WorkspaceEdit {
  const uri = uriOfPath(plan.path);
  return {
    documentChanges: [
      CreateFile.create(uri, overwrite ? { overwrite: true } : { ignoreIfExists: true }),
      TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, null), [TextEdit.insert({ line: 0, character: 0 }, plan.text)]),
    ],
  };
}

/** The "Create .env.example from .env" action, offered only where the family has no template at all and the file sets something (a key, or Python code such as a dict). */
export function createTemplateAction(context: FixContext): { title: string; kind: string; edit: WorkspaceEdit } | undefined {
  const family = context.templateFamily;
  if (!family || family.isTemplate || family.templates.length > 0 || !context.env.nodes.some((n) => n.kind === 'assignment' || n.kind === 'opaque')) return undefined;
  const plan = planTemplate(context);
  if ('problem' in plan || plan.existing !== undefined) return undefined;
  return { title: `Create ${plan.name} from ${plan.source}`, kind: CREATE_TEMPLATE_KIND, edit: templateEdit(plan, false) };
}
