import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, repositories, sourceOf } from './corpusFindings';

/** A line the peer scanner flags: secretlint with its recommended preset, as users run it in CI. */
export interface PeerHit {
  readonly repo: string;
  readonly file: string;
  readonly line: number;
  readonly rule: string;
}

/** secretlint (11.7, the last on Node 20) with `@secretlint/secretlint-rule-preset-recommend`, on every corpus file. */
export async function secretlintHits(): Promise<PeerHit[]> {
  const { lintSource } = await import('@secretlint/core');
  const { creator } = await import('@secretlint/secretlint-rule-preset-recommend');
  const hits: PeerHit[] = [];
  for (const repo of repositories()) {
    for (const { path } of sourceOf(repo).files) {
      const filePath = join(CORPUS, repo, path);
      const result = await lintSource({
        source: { filePath, content: readFileSync(filePath, 'utf8'), contentType: 'text' },
        options: { config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] }, maskSecrets: true },
      });
      for (const message of result.messages) hits.push({ repo, file: path, line: message.loc.start.line, rule: message.ruleId.replace('@secretlint/secretlint-rule-', '') });
    }
  }
  return hits;
}
