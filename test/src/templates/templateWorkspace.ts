import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { EnvSenseSettings, LanguageService } from '../../../server/out/service';
import { DEFAULT_SETTINGS } from '../../../server/out/service/settings';
import type { TemplateValues } from '../../../server/out/service/templates/templateValues';
import { documentOf, schemaService, toProblem, type Problem } from '../support/service';

export type Files = Record<string, string>;

/** A workspace of files under /workspace, as an editor and the disk see it: the service reads the others from the files. */
export class MemoryWorkspace {
  constructor(
    public files: Files,
    private readonly settings?: EnvSenseSettings,
  ) {}

  /** A fresh service over the files as they are now (as after the editor reported a change on disk). */
  service(): LanguageService {
    return schemaService(this.files, this.settings);
  }

  document(path: string): TextDocument {
    return documentOf(this.files[path] ?? '', `file://${path}`);
  }

  problems(path: string): Problem[] {
    return this.service().doValidation(this.document(path)).map(toProblem);
  }

  /** The quick fixes offered for the diagnostics of `code` in the file. */
  fixes(path: string, code: string): CodeAction[] {
    const service = this.service();
    const document = this.document(path);
    const diagnostics: Diagnostic[] = service.doValidation(document).filter((d) => d.code === code);
    return service.getCodeActions(document, { diagnostics, only: ['quickfix'] });
  }

  /** The source actions offered in the file (as VS Code's Source Action… asks). */
  sourceActions(path: string): CodeAction[] {
    const service = this.service();
    return service.getCodeActions(this.document(path), { diagnostics: [], only: ['source'] });
  }

  /** Applies an edit as an editor does: files created (unless they exist and `ignoreIfExists`), emptied on `overwrite`, then text edits. */
  apply(edit: WorkspaceEdit | undefined): void {
    if (!edit) throw new Error('no edit');
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) this.edit(uri, edits);
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind !== 'create') throw new Error(`unexpected ${change.kind}`);
        const path = fileURLToPath(change.uri);
        const exists = this.files[path] !== undefined;
        if (!exists || change.options?.overwrite) this.files[path] = '';
        else if (!change.options?.ignoreIfExists) throw new Error(`${path} exists`);
        continue;
      }
      this.edit(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'newText' in e));
    }
  }

  private edit(uri: string, edits: TextEdit[]): void {
    const path = fileURLToPath(uri);
    const text = this.files[path];
    if (text === undefined) throw new Error(`${path} does not exist`);
    this.files[path] = TextDocument.applyEdits(TextDocument.create(uri, 'text', 0, text), edits);
  }
}

/** Settings with `envsense.templateValues` (a field the settings reader adds). */
export function withTemplateValues(templateValues: TemplateValues): EnvSenseSettings {
  const settings: EnvSenseSettings & { templateValues: TemplateValues } = { ...DEFAULT_SETTINGS, templateValues };
  return settings;
}
