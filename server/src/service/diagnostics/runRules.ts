import { takeMovedNodes } from '../parser/reparse';
import type { EnvNode } from '../parser';
import type { Finding, Rule, RuleContext, RuleScope } from './finding';

/**
 * Findings of the node rules for one scope, kept relative to each node's start (so a line that moved
 * keeps its findings) and found again by the node itself, by the node it was moved from (see
 * reparse), or, in a Python file (parsed whole each time), by its text.
 */
export interface NodeFindings {
  readonly scope: RuleScope;
  readonly byNode: WeakMap<EnvNode, readonly Finding[]>;
  readonly byText: Map<string, readonly Finding[]>;
}

const NONE: readonly Finding[] = [];

/**
 * Runs every rule over a document: node rules with `scope` (which must be the same object for as long
 * as nothing it holds changes), document rules with `context`. `previous` is what earlier runs
 * remembered (used only when made in the same scope). While the user types, only the nodes that
 * changed are judged.
 */
export function runRules(rules: readonly Rule[], scope: RuleScope, context: RuleContext, previous: NodeFindings | undefined): { findings: Finding[]; remembered: NodeFindings } {
  const nodeRules = rules.flatMap((rule) => (rule.node ? [rule.node] : []));
  const memory = previous?.scope === scope ? previous : { scope, byNode: new WeakMap<EnvNode, readonly Finding[]>(), byText: new Map<string, readonly Finding[]>() };
  const { nodes, text } = context.env;
  // The text memory holds what was judged by text; it is emptied when it outgrows the document.
  if (memory.byText.size > 2 * nodes.length + 100) memory.byText.clear();
  const findings: Finding[] = [];
  const movedFrom = takeMovedNodes(context.env);
  // A dotenv document is reparsed where it changed, so its nodes are found by identity; a Python file is parsed whole each time and found by text.
  const byText = scope.dialect === 'python';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    let relative = memory.byNode.get(node);
    if (relative === undefined) {
      const before = movedFrom && i >= movedFrom.from ? movedFrom.earlier[i - movedFrom.from] : undefined;
      relative = before === undefined ? undefined : memory.byNode.get(before);
      if (relative === undefined) {
        const key = byText ? text.slice(node.span.start, node.span.end) : undefined;
        relative = key === undefined ? undefined : memory.byText.get(key);
        if (relative === undefined) {
          relative = judge(nodeRules, scope, node, text);
          if (key !== undefined) memory.byText.set(key, relative);
        }
      }
      memory.byNode.set(node, relative);
    }
    for (const finding of relative) findings.push(moved(finding, node.span.start));
  }
  for (const rule of rules) if (rule.document) findings.push(...rule.document(context));
  return { findings, remembered: memory };
}

function judge(nodeRules: readonly NonNullable<Rule['node']>[], scope: RuleScope, node: EnvNode, text: string): readonly Finding[] {
  if (node.kind === 'blank') return NONE;
  let found: Finding[] | undefined;
  for (const rule of nodeRules) {
    for (const finding of rule(scope, node, text)) (found ??= []).push(moved(finding, -node.span.start));
  }
  return found ?? NONE;
}

function moved(finding: Finding, by: number): Finding {
  return { ...finding, span: { start: finding.span.start + by, end: finding.span.end + by } };
}
