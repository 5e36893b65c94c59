import type { Finding, RuleContext } from '../diagnostics/finding';

/** Variables every shell and container has, which a reference may use without defining. */
const ENVIRONMENT = new Set(['HOME', 'USER', 'PATH', 'PWD', 'SHELL', 'HOSTNAME', 'LANG', 'TMPDIR', 'TERM', 'UID', 'GID', 'LOGNAME']);

/** `${VAR}` that points nowhere, and references that go round in a cycle. */
export function referenceRules(context: RuleContext): Finding[] {
  const { env } = context;
  if (!env.assignments.some((a) => a.references.length > 0)) return [];
  const defined = new Set([...env.assignments.map((a) => a.key), ...context.loadedBefore.map((l) => l.assignment.key)]);
  const findings: Finding[] = [];
  const graph = new Map<string, Set<string>>();
  for (const assignment of env.assignments) {
    const edges = graph.get(assignment.key) ?? new Set<string>();
    graph.set(assignment.key, edges);
    // In a secret, `$` is usually part of the password: naming "the reference" would show part of it.
    if (context.isSecret(assignment.key, assignment.value)) continue;
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
        findings.push({ code: 'reference-cycle', span: reference.span, message: `${cycle.join(' → ')}: these references refer to each other and never resolve.` });
      }
    }
  }
  return findings;
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
