import type { EnvDocument } from '../parser';
import { envsenseComments } from '../parser/envsenseComments';
import type { Finding } from './finding';

/**
 * `# envsense-disable-next-line [code…]` silences the next line, `# envsense-disable [code…]` the
 * whole file; without codes, every code.
 */
const DIRECTIVE = /^envsense-(disable-next-line|disable)(?:\s+(.*))?$/;

interface Suppressions {
  readonly file: ReadonlySet<string> | 'all' | undefined;
  readonly lines: ReadonlyMap<number, ReadonlySet<string> | 'all'>;
}

export function filterSuppressed(env: EnvDocument, findings: Finding[], lineOf: (offset: number) => number): Finding[] {
  const suppressions = readSuppressions(env, lineOf);
  if (suppressions.file === undefined && suppressions.lines.size === 0) return findings;
  return findings.filter((finding) => {
    if (matches(suppressions.file, finding.code)) return false;
    return !matches(suppressions.lines.get(lineOf(finding.span.start)), finding.code);
  });
}

function matches(codes: ReadonlySet<string> | 'all' | undefined, code: string): boolean {
  return codes === 'all' || (codes !== undefined && codes.has(code));
}

function readSuppressions(env: EnvDocument, lineOf: (offset: number) => number): Suppressions {
  let file: Set<string> | 'all' | undefined;
  const lines = new Map<number, Set<string> | 'all'>();
  for (const node of envsenseComments(env)) {
    const match = DIRECTIVE.exec(node.text);
    if (!match) continue;
    const codes = match[2]?.split(/[\s,]+/).filter((code) => code !== '');
    const set: Set<string> | 'all' = codes && codes.length > 0 ? new Set(codes) : 'all';
    if (match[1] === 'disable') {
      file = file === 'all' || set === 'all' ? 'all' : new Set([...(file ?? []), ...set]);
    } else {
      lines.set(lineOf(node.span.start) + 1, set);
    }
  }
  return { file, lines };
}
