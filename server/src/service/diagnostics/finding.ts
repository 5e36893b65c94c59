import type { EnvDocument, Span } from '../parser';
import type { DiagnosticCode } from './codes';

/** A problem a rule found, before settings decide its severity. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  /** Marks the range as unused code (dotenv loads nothing from it). */
  readonly unnecessary?: boolean;
}

export interface RuleContext {
  readonly env: EnvDocument;
  /** 1-based line number of an offset, for messages. */
  lineOf(offset: number): number;
  /** Whether the value of `key` must never be shown. */
  isSecret(key: string): boolean;
}

export type Rule = (context: RuleContext) => Finding[];
