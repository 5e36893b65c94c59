import { takeMovedNodes } from '../parser/reparse';
import { asReaderReads } from '../readers/reader';
import type { EnvNode } from '../parser';
import type { Finding, Rule, RuleContext, RuleScope } from './finding';

/**
 * Findings of the node rules for one scope. The last run's findings, in node order, are taken over
 * wholesale for the nodes before the edit (the same objects) and, moved, for the nodes after it (see
 * reparse's MovedNodes); only the nodes parsed again are judged. A Python file is parsed whole each
 * time, so its nodes' findings are kept relative to their start and found again by their text.
 */
export interface NodeFindings {
  readonly scope: RuleScope;
  readonly byText: Map<string, readonly Finding[]>;
  /** The last run: its nodes, their findings in node order, and after each node how many findings there were. */
  last?: { readonly nodes: readonly EnvNode[]; readonly findings: readonly Finding[]; readonly ends: Int32Array };
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
  const memory: NodeFindings = previous?.scope === scope ? previous : { scope, byText: new Map() };
  const { nodes, text } = context.env;
  // The text memory holds what was judged by text; it is emptied when it outgrows the document.
  if (memory.byText.size > 2 * nodes.length + 100) memory.byText.clear();
  const last = memory.last;
  const out: Finding[] = [];
  const ends = new Int32Array(nodes.length);
  let i = 0;
  if (last) {
    // Before the edit: the same node objects, the same findings.
    const shared = Math.min(nodes.length, last.nodes.length);
    while (i < shared && nodes[i] === last.nodes[i]) i++;
    const count = i > 0 ? last.ends[i - 1]! : 0;
    for (let k = 0; k < count; k++) out.push(last.findings[k]!);
    ends.set(last.ends.subarray(0, i));
  }
  const moved = takeMovedNodes(context.env);
  const after = last && moved && moved.earlierNodes === last.nodes ? moved : undefined;
  const byText = scope.dialect === 'python';
  for (; i < nodes.length; i++) {
    if (after && i >= after.from) {
      // After the edit: the last run's nodes, moved; their findings move with them.
      takeOverRest(last!, after.earlierFrom + (i - after.from), after.delta, out, ends, i);
      break;
    }
    const node = nodes[i]!;
    if (byText) {
      // Kept relative to the node's start, so that the same line elsewhere finds them.
      const key = text.slice(node.span.start, node.span.end);
      let relative = memory.byText.get(key);
      if (relative === undefined) {
        relative = judge(nodeRules, scope, node, text).map((finding) => shifted(finding, -node.span.start));
        memory.byText.set(key, relative);
      }
      for (const finding of relative) out.push(shifted(finding, node.span.start));
    } else {
      for (const finding of judge(nodeRules, scope, node, text)) out.push(finding);
    }
    ends[i] = out.length;
  }
  memory.last = { nodes, findings: out, ends };
  const findings = out.slice();
  for (const rule of rules) if (rule.document) findings.push(...rule.document(context));
  return { findings, remembered: memory };
}

/** The last run's findings of its nodes from `from` on, moved by `delta`, for this run's nodes from `at` on. */
function takeOverRest(last: NonNullable<NodeFindings['last']>, from: number, delta: number, out: Finding[], ends: Int32Array, at: number): void {
  const base = from > 0 ? last.ends[from - 1]! : 0;
  const start = out.length;
  for (let k = base; k < last.findings.length; k++) out.push(delta === 0 ? last.findings[k]! : shifted(last.findings[k]!, delta));
  for (let t = at; t < ends.length; t++) ends[t] = start + (last.ends[from + t - at]! - base);
}

function judge(nodeRules: readonly NonNullable<Rule['node']>[], scope: RuleScope, node: EnvNode, text: string): readonly Finding[] {
  if (node.kind === 'blank') return NONE;
  // Rules judge the value the file's reader loads, not what Node's dotenv would.
  const judged = node.kind === 'assignment' && scope.dialect === 'dotenv' ? asReaderReads(scope.reader, node, text) : node;
  let found: Finding[] | undefined;
  for (const rule of nodeRules) {
    for (const finding of rule(scope, judged, text)) (found ??= []).push(finding);
  }
  return found ?? NONE;
}

function shifted(finding: Finding, by: number): Finding {
  return { ...finding, span: { start: finding.span.start + by, end: finding.span.end + by } };
}
