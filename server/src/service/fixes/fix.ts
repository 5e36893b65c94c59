import type { KnownVariable } from '../schema/schemaTypes';
import type { RandomBytes } from '../secrets/generateSecret';
import type { GitStatus } from '../workspace/gitFacts';
import type { EnvDocument, Span } from '../parser';
import type { TemplateFamily } from '../templates/templateFamily';
import type { TemplateValues } from '../templates/templateValues';

export interface TextChange {
  readonly span: Span;
  readonly newText: string;
}

/** Changes to another file than the one fixed (e.g. `.gitignore`), created when it does not exist. */
export interface OtherFileChange {
  readonly path: string;
  /** The file's current text, or undefined when the fix creates it. */
  readonly existing: string | undefined;
  readonly changes: readonly TextChange[];
}

/** A fix for one finding. `safe` fixes keep what the loader reads and may be applied unattended. */
export interface Fix {
  readonly title: string;
  readonly changes: readonly TextChange[];
  readonly otherFiles?: readonly OtherFileChange[];
  readonly safe: boolean;
}

/** What fixes may consult besides the text: the schemas, secrecy, git and other files. */
export interface FixContext {
  readonly env: EnvDocument;
  readonly appliedKnowledge: (key: string) => readonly KnownVariable[];
  readonly isSecret: (key: string, value: string) => boolean;
  readonly git: GitStatus | undefined;
  readonly fileName: string | undefined;
  /**
   * A file a fix may write, with its current text (undefined when the fix creates it); undefined
   * when writing it is not safe (a symbolic link, not a regular file, outside the workspace).
   */
  readonly writableFile: (path: string) => { readonly existing: string | undefined } | undefined;
  /** Required keys of the applied schemas that the file does not set (computed when a fix asks). */
  readonly missingRequired: () => readonly string[];
  readonly random?: RandomBytes;
  /** The file's family as templates see it (absent for a file of no family, or an unsaved one). */
  readonly templateFamily?: TemplateFamily;
  /** What "Create template" and "Add KEY to the template" write for values (`envsense.templateValues`); `keepDefaults` when absent. */
  readonly templateValues?: TemplateValues;
}

/** The fixes for a finding at `span`, built from the parsed document (never from the message). */
export type FixBuilder = (context: FixContext, span: Span) => Fix[];
