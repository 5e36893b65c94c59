import type { Dialect, EnvDocument, EnvNode, Span } from '../parser';
import type { KeyIndex } from '../parser/keyIndex';
import type { ReaderId } from '../readers/reader';
import type { KnownVariable } from '../schema/schemaTypes';
import type { SchemaSelection } from '../schema/schemaSelection';
import type { SecretTest } from '../secrets/secrecy';
import type { GitStatus } from '../workspace/gitFacts';
import type { LoadedBefore } from '../workspace/workspaceView';
import type { CodeScope } from '../code/codeScope';
import type { DiagnosticCode, Severity } from './codes';
import type { FileRole } from './fileRoles';

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
  /** What the file is for: template, development, production, … (see fileRoles). */
  readonly roles: ReadonlySet<FileRole>;
  /** A production file (`.env.production`, `.env.prod`, `.envs/.production/.django`, …). */
  readonly production: boolean;
  /** A template meant to be shared (`.env.example`, `secrets.py.template`, …). */
  readonly template: boolean;
  /** Git's view of the file, when it is in a repository. */
  readonly git?: GitStatus;
}

/**
 * What a rule may know besides the node it looks at: everything here stays the same while the user
 * types (until the schemas, git's view or the files loaded before change), which lets findings about
 * a node be remembered by the node's text.
 */
export interface RuleScope {
  readonly dialect: Dialect;
  /** Who reads a dotenv file: its value semantics decide what a line means. */
  readonly reader: ReaderId;
  readonly file: FileFacts;
  readonly selection: SchemaSelection;
  /** Whether the value of an assignment must never be shown (by its schemas, its name or its form). */
  readonly isSecret: SecretTest;
  /** What the schemas that apply to the file say about `key`. */
  appliedKnowledge(key: string): readonly KnownVariable[];
  /** Assignments of the files loaded before this one. */
  readonly loadedBefore: readonly LoadedBefore[];
  /** The workspace's code, once the server has indexed it (never in the CLI): for the rules that compare env files with it. */
  readonly code?: CodeScope;
}

/** The scope with the whole document, for rules that compare nodes with each other. */
export interface RuleContext extends RuleScope {
  readonly env: EnvDocument;
  /** 1-based line number of an offset, for messages. */
  lineOf(offset: number): number;
  /** Each key's last assignment (the loader keeps it), and the keys set more than once. */
  readonly keys: KeyIndex;
  /** Keys set in this file or in the files loaded before it. */
  readonly definedKeys: KeySet;
}

/** Whether a key is among some keys. */
export interface KeySet {
  has(key: string): boolean;
}

/**
 * A family of rules. `node` judges one node from its own text and the scope alone (no line numbers,
 * no other node), so its findings are remembered by the node's text while the user types elsewhere;
 * `document` judges what needs the whole file (duplicates, references, missing keys).
 */
export interface Rule {
  readonly node?: (scope: RuleScope, node: EnvNode, text: string) => Finding[];
  readonly document?: (context: RuleContext) => Finding[];
}
