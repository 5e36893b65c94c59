import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, RuleContext, RuleScope } from '../diagnostics/finding';
import { capFindings } from '../diagnostics/limits';
import { limitByRoles } from '../diagnostics/roleLimits';
import { definedKeys } from '../diagnostics/ruleScope';
import { runRules, type NodeFindings } from '../diagnostics/runRules';
import { filterSuppressed } from '../diagnostics/suppressions';
import { severityOf } from '../diagnostics/toDiagnostics';
import type { EnvDocument } from '../parser';
import { keyIndex } from '../parser/keyIndex';
import { RULES } from '../rules/families';
import type { EnvSenseSettings } from '../settings';

/** What a document's problems are found from. */
export interface ProblemInputs {
  readonly document: TextDocument;
  readonly env: EnvDocument;
  readonly scope: RuleScope;
  readonly settings: EnvSenseSettings;
}

/**
 * The findings of every rule and of the schema selection, limited by the file's roles, without those
 * suppressed or switched off, capped; with what the node rules remembered for the next version.
 */
export function findProblems({ document, env, scope, settings }: ProblemInputs, previous: NodeFindings | undefined): { findings: Finding[]; remembered: NodeFindings } {
  const lineOf = (offset: number) => document.positionAt(offset).line + 1;
  const context: RuleContext = { ...scope, env, lineOf, keys: keyIndex(env), definedKeys: definedKeys(env, scope.loadedBefore) };
  const run = runRules(RULES, scope, context, previous);
  const findings = [...run.findings, ...scope.selection.findings].flatMap((finding) => limitByRoles(finding, scope.file.roles) ?? []);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  // Codes switched off go before the cap, so that they never crowd out a problem that is shown.
  return { findings: capFindings(filterSuppressed(env, findings, lineOf).filter((finding) => severityOf(finding, settings) !== 'off')), remembered: run.remembered };
}
