import type { Finding, Rule, RuleContext } from '../diagnostics/finding';

/** Variables every shell and container has, which a reference may use without defining. */
const ENVIRONMENT = new Set(['HOME', 'USER', 'PATH', 'PWD', 'SHELL', 'HOSTNAME', 'LANG', 'TMPDIR', 'TERM', 'UID', 'GID', 'LOGNAME']);

/** A cycle longer than this is named by its ends, so that a message stays short whatever the file. */
const CYCLE_SHOWN = 6;

/** `${VAR}` that points nowhere, and references that go round in a cycle. */
export const referenceRules: Rule = { document: references };

function references(context: RuleContext): Finding[] {
  const { env } = context;
  if (!env.assignments.some((a) => a.references.length > 0)) return [];
  const defined = context.definedKeys;
  const findings: Finding[] = [];
  // Only keys that refer to others can be on a cycle, so the graph holds just those.
  const graph = new Map<string, Set<string>>();
  for (const assignment of env.assignments) {
    // In a secret, `$` is usually part of the password: naming "the reference" would show part of it.
    if (assignment.references.length === 0 || context.isSecret(assignment.key)) continue;
    const edges = graph.get(assignment.key) ?? new Set<string>();
    graph.set(assignment.key, edges);
    for (const reference of assignment.references) {
      edges.add(reference.name);
      if (defined.has(reference.name) || reference.fallback !== undefined || ENVIRONMENT.has(reference.name)) continue;
      findings.push({
        code: 'undefined-reference',
        span: reference.span,
        message: `${reference.name} is not set in this file${context.loadedBefore.length > 0 ? ' or in the files loaded before it' : ''}; \`${env.text.slice(reference.span.start, reference.span.end)}\` expands to an empty string unless the environment sets it.`,
      });
    }
  }
  const cyclic = findCycles(graph);
  for (const assignment of env.assignments) {
    for (const reference of assignment.references) {
      const cycle = cyclic.get(assignment.key);
      if (cycle && cycle.includes(reference.name)) {
        findings.push({ code: 'reference-cycle', span: reference.span, message: `${describeCycle(cycle)}: these references refer to each other and never resolve.` });
      }
    }
  }
  return findings;
}

/** `A → B → A`; a long cycle as its first keys, how many are left out, and its last keys. */
function describeCycle(cycle: readonly string[]): string {
  if (cycle.length <= CYCLE_SHOWN) return cycle.join(' → ');
  const hidden = cycle.length - CYCLE_SHOWN;
  return [...cycle.slice(0, 3), `… ${hidden} more …`, ...cycle.slice(-3)].join(' → ');
}

/** For every key on a cycle, the cycle it is on, starting and ending with the key. */
function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const cycles = new Map<string, string[]>();
  for (const start of keysThatMayCycle(graph)) {
    const path = pathBack(graph, start);
    if (path) cycles.set(start, path);
  }
  return cycles;
}

/**
 * Keys that reach a cycle, found in linear time by peeling off keys whose references all lead to
 * keys already peeled (Kahn's algorithm); most files have none, so the search below rarely runs.
 */
function keysThatMayCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const pending = new Map<string, number>();
  const referrers = new Map<string, string[]>();
  for (const [key, edges] of graph) {
    let count = 0;
    for (const next of edges) {
      if (!graph.has(next)) continue;
      count++;
      const list = referrers.get(next);
      if (list) list.push(key);
      else referrers.set(next, [key]);
    }
    pending.set(key, count);
  }
  const done = [...pending].filter(([, count]) => count === 0).map(([key]) => key);
  while (done.length > 0) {
    for (const referrer of referrers.get(done.pop()!) ?? []) {
      const left = pending.get(referrer)! - 1;
      pending.set(referrer, left);
      if (left === 0) done.push(referrer);
    }
  }
  return [...pending].filter(([, count]) => count > 0).map(([key]) => key);
}

function pathBack(graph: ReadonlyMap<string, ReadonlySet<string>>, start: string): string[] | undefined {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next) && graph.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}
