import { corpusFindings, labelsOf, repositories } from './corpusFindings';
import type { PeerHit } from './secretlintRun';

/** One tool's line-level credential findings against the labelled real credentials. */
export interface SecretScore {
  readonly reported: number;
  readonly real: number;
  /** Labelled real credentials, found by any tool or listed as missed. */
  readonly labelled: number;
}

const lineKey = (repo: string, file: string, line: number) => `${repo}\u0000${file}\u0000${line}`;

/**
 * The labelled real credentials, line by line: EnvSense's leaked-credential findings labelled real,
 * the leaked-credentials listed as missed, and the peer's hits labelled real.
 */
function realCredentialLines(): Set<string> {
  const lines = new Set<string>();
  for (const repo of repositories()) {
    const labels = labelsOf(repo);
    for (const label of labels.findings) if (label.code === 'leaked-credential' && label.verdict === 'real') lines.add(lineKey(repo, label.file, label.line));
    for (const miss of labels.missed) if (miss.code === 'leaked-credential') lines.add(lineKey(repo, miss.file, miss.line));
    for (const peer of labels.peers ?? []) if (peer.verdict === 'real') lines.add(lineKey(repo, peer.file, peer.line));
  }
  return lines;
}

/**
 * EnvSense's leaked-credential findings (errors, warnings and information: a generated-looking secret
 * is said as information, and is in the Problems panel all the same) and the peer's hits, each scored
 * on the same labelled lines.
 */
export function secretsSideBySide(peer: readonly PeerHit[]): { envsense: SecretScore; secretlint: SecretScore } {
  const truth = realCredentialLines();
  const score = (lines: Iterable<string>): SecretScore => {
    const unique = new Set(lines);
    return { reported: unique.size, real: [...unique].filter((line) => truth.has(line)).length, labelled: truth.size };
  };
  const ours = corpusFindings()
    .filter((f) => f.code === 'leaked-credential' && f.severity !== 'hint')
    .map((f) => lineKey(f.repo, f.file, f.line));
  return { envsense: score(ours), secretlint: score(peer.map((hit) => lineKey(hit.repo, hit.file, hit.line))) };
}
