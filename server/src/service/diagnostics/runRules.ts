import type { EnvNode } from '../parser';
import type { Finding, Rule, RuleContext, RuleScope } from './finding';

/**
 * Findings of the node rules, remembered by each node's text for one scope: while the user
 * types on one line, every other line's findings are taken from here instead of judged again. Spans
 * are kept relative to the node's start, so a line that moved down keeps its findings.
 */
export interface NodeFindings {
  readonly scope: RuleScope;
  readonly byText: ReadonlyMap<string, readonly Finding[]>;
}

const NONE: readonly Finding[] = [];

/**
 * Runs every rule over a document: node rules with `scope` (which must be the same object for as long
 * as nothing it holds changes), document rules with `context`. `previous` is what the last run
 * remembered (used only when it was made in the same scope); the returned `remembered` holds the current nodes only, so it never
 * grows beyond the document.
 */
export function runRules(rules: readonly Rule[], scope: RuleScope, context: RuleContext, previous: NodeFindings | undefined): { findings: Finding[]; remembered: NodeFindings } {
  const nodeRules = rules.flatMap((rule) => (rule.node ? [rule.node] : []));
  const known = previous?.scope === scope ? previous.byText : undefined;
  const byText = new Map<string, readonly Finding[]>();
  const findings: Finding[] = [];
  const { text } = context.env;
  for (const node of context.env.nodes) {
    if (node.kind === 'blank') continue;
    // For one dialect, a node's text decides its kind, so the text alone is the key.
    const key = text.slice(node.span.start, node.span.end);
    let relative = byText.get(key) ?? known?.get(key);
    if (relative === undefined) relative = judge(nodeRules, scope, node, text);
    byText.set(key, relative);
    for (const finding of relative) findings.push(moved(finding, node.span.start));
  }
  for (const rule of rules) if (rule.document) findings.push(...rule.document(context));
  return { findings, remembered: { scope, byText } };
}

function judge(nodeRules: readonly NonNullable<Rule['node']>[], scope: RuleScope, node: EnvNode, text: string): readonly Finding[] {
  let found: Finding[] | undefined;
  for (const rule of nodeRules) {
    for (const finding of rule(scope, node, text)) (found ??= []).push(moved(finding, -node.span.start));
  }
  return found ?? NONE;
}

function moved(finding: Finding, by: number): Finding {
  return { ...finding, span: { start: finding.span.start + by, end: finding.span.end + by } };
}
