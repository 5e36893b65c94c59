import type { Assignment, EnvDocument, Span } from '../parser';
import type { KnownVariable } from '../schema/schemaTypes';
import type { SchemaSelection } from '../schema/schemaSelection';
import type { GitStatus } from '../workspace/gitFacts';
import type { DiagnosticCode, Severity } from './codes';

/** A problem a rule found, before settings decide its severity. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  /** Marks the range as unused code (dotenv loads nothing from it). */
  readonly unnecessary?: boolean;
  /** Shows the range struck through. */
  readonly deprecated?: boolean;
  /** This finding's severity when the settings give none for its code (else the code's default). */
  readonly severity?: Exclude<Severity, 'off'>;
}

/** What a rule may know about the file besides its text. */
export interface FileFacts {
  /** The file name, e.g. `.env.production`; undefined for an unsaved document. */
  readonly name?: string;
  /** A production file (`.env.production`, `.env.prod`, `production.env`, …). */
  readonly production: boolean;
  /** A template meant to be shared (`.env.example`, `secrets.py.template`, …). */
  readonly template: boolean;
  /** Git's view of the file, when it is in a repository. */
  readonly git?: GitStatus;
}

export interface RuleContext {
  readonly env: EnvDocument;
  readonly file: FileFacts;
  readonly selection: SchemaSelection;
  /** 1-based line number of an offset, for messages. */
  lineOf(offset: number): number;
  /** Whether the value of `key` must never be shown. */
  isSecret(key: string): boolean;
  /** What the schemas that apply to the file say about `key`. */
  appliedKnowledge(key: string): KnownVariable[];
  /** Assignments of the files loaded before this one. */
  readonly loadedBefore: readonly { file: string; assignment: Assignment }[];
}

export type Rule = (context: RuleContext) => Finding[];
