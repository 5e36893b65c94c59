/** Where a key's references go round: its strongly connected component, and one cycle through it. */
export interface OnCycle {
  readonly component: number;
  /** One cycle of the component, `[a, …, a]`, shared by all its keys (never copied per key). */
  readonly cycle: readonly string[];
  /** Where the key stands on that cycle, or undefined when the cycle found does not pass through it. */
  readonly position: number | undefined;
}

/**
 * Every key that lies on a cycle of references, in linear time: Tarjan's strongly connected
 * components (iterative, so a chain of 100,000 keys does not overflow the stack), then one cycle per
 * component found by a breadth-first search inside it.
 */
export function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, OnCycle> {
  const result = new Map<string, OnCycle>();
  components(graph).forEach((members, component) => {
    const [first] = members;
    // `KEY=${KEY}` takes KEY from the environment (envsubst, compose and dotenv-expand resolve it so):
    // a cycle needs two keys or more.
    if (members.length === 1) return;
    const inside = new Set(members);
    const cycle = cycleThrough(graph, first!, inside);
    const positions = new Map(cycle.slice(0, -1).map((key, i) => [key, i]));
    for (const key of members) result.set(key, { component, cycle, position: positions.get(key) });
  });
  return result;
}

/** Tarjan's algorithm with an explicit stack; components in the order they complete. */
function components(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { key: string; edges: Iterator<string> }[] = [];
    const enter = (key: string) => {
      index.set(key, counter);
      low.set(key, counter);
      counter++;
      stack.push(key);
      onStack.add(key);
      work.push({ key, edges: (graph.get(key) ?? new Set<string>()).values() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const next = frame.edges.next();
      if (!next.done) {
        const to = next.value;
        if (!graph.has(to)) continue;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.key, Math.min(low.get(frame.key)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) {
        const members: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          members.push(member);
        } while (member !== frame.key);
        found.push(members.reverse());
      }
    }
  }
  return found;
}

/** The shortest way from `start` back to itself without leaving its component: `[start, …, start]`. */
function cycleThrough(graph: ReadonlyMap<string, ReadonlySet<string>>, start: string, inside: ReadonlySet<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (inside.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
