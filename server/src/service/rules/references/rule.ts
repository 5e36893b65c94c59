import type { Finding, Rule, RuleContext } from '../../diagnostics/finding';
import type { Reference } from '../../parser';
import { READERS, readerExpands } from '../../readers/readerTable';
import { findCycles, type OnCycle } from './cycles';

/** Variables every shell and container has, which a reference may use without defining. */
const ENVIRONMENT = new Set(['HOME', 'USER', 'PATH', 'PWD', 'SHELL', 'HOSTNAME', 'LANG', 'TMPDIR', 'TERM', 'UID', 'GID', 'LOGNAME', 'CI', 'PORT']);
/** Variables that hosting platforms and CI set for every build (Vercel, Netlify, Render, Railway, Heroku, GitHub Actions, GitLab CI). */
const PLATFORM = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_)?(?:VERCEL|NETLIFY|RENDER|RAILWAY|HEROKU|GITHUB|GITLAB|CI|FLY|CF_PAGES|DYNO)_/;

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
    if (assignment.references.length === 0 || context.isSecret(assignment.key, assignment.value)) continue;
    const edges = graph.get(assignment.key) ?? new Set<string>();
    graph.set(assignment.key, edges);
    for (const reference of assignment.references) {
      if (!expands(context, reference)) continue;
      edges.add(reference.name);
      if (defined.has(reference.name) || reference.fallback !== undefined || ENVIRONMENT.has(reference.name) || PLATFORM.test(reference.name)) continue;
      findings.push({
        code: 'undefined-reference',
        span: reference.span,
        message: `${reference.name} is not set in this file${context.loadedBefore.length > 0 ? ' or in the files loaded before it' : ''}; \`${env.text.slice(reference.span.start, reference.span.end)}\` expands to an empty string unless the environment sets it.`,
      });
    }
  }
  const cyclic = findCycles(graph);
  for (const assignment of env.assignments) {
    const from = cyclic.get(assignment.key);
    if (!from) continue;
    for (const reference of assignment.references) {
      if (!expands(context, reference)) continue;
      // The reference is on a cycle when both ends lie in the same strongly connected component.
      if (cyclic.get(reference.name)?.component !== from.component) continue;
      findings.push({ code: 'reference-cycle', span: reference.span, message: `${describeCycle(from)}: these references refer to each other and never resolve.` });
    }
  }
  return findings;
}

/**
 * `A → B → A`, starting and ending with the key when the cycle passes through it; a long cycle as its
 * first keys, how many are left out, and its last keys (only those few names are ever copied).
 */
function describeCycle({ cycle, position }: OnCycle): string {
  const length = cycle.length - 1;
  const at = position ?? 0;
  const nameAt = (i: number) => cycle[(at + i) % length]!;
  if (length + 1 <= CYCLE_SHOWN) return Array.from({ length: length + 1 }, (_, i) => nameAt(i)).join(' → ');
  const hidden = length + 1 - CYCLE_SHOWN;
  return [nameAt(0), nameAt(1), nameAt(2), `… ${hidden} more …`, nameAt(length - 2), nameAt(length - 1), nameAt(length)].join(' → ');
}

/**
 * Whether the reference is one to follow: every reference for Node's dotenv, which replaces none (the
 * file is evidently meant for a reader that does), else those the file's reader replaces
 * (python-dotenv and phpdotenv replace `${VAR}` only; a bare `$VAR` stays as written there).
 */
function expands(context: RuleContext, reference: Reference): boolean {
  return READERS[context.reader].expands === 'none' || readerExpands(context.reader, context.env.text.slice(reference.span.start, reference.span.end));
}
