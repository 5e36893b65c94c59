import { corpusFindings, labelKey, labelsOf, repositories, sourceOf, type CorpusFinding, type Label } from './corpusFindings';

/** The corpus measured: each error and warning against its label, and the labelled real problems found or missed. */
export interface CorpusScore {
  readonly files: number;
  readonly repositories: number;
  /** Per code: errors and warnings labelled real and noise. */
  readonly byCode: ReadonlyMap<string, { real: number; noise: number }>;
  readonly real: number;
  readonly noise: number;
  /** Errors labelled noise: the target allows none. */
  readonly falseErrors: readonly CorpusFinding[];
  /** Errors and warnings with no label. */
  readonly unlabelled: readonly CorpusFinding[];
  /** Labelled noise that EnvSense still reports (those are counted as noise above). */
  readonly noiseReported: readonly CorpusFinding[];
  /** Labelled real findings that EnvSense no longer reports. */
  readonly realLost: readonly (Label & { repo: string })[];
  /** Per code: labelled real problems (findings labelled real, and misses) and how many EnvSense reports, at any severity. */
  readonly recallByCode: ReadonlyMap<string, { found: number; labelled: number }>;
  /** Real problems labelled as missed, and how many of them EnvSense reports now. */
  readonly missed: number;
  readonly missedFound: number;
}

export function scoreCorpus(only?: ReadonlySet<string>): CorpusScore {
  const findings = corpusFindings(only);
  const reported = new Map(findings.map((finding) => [labelKey(finding.repo, finding), finding]));
  const byCode = new Map<string, { real: number; noise: number }>();
  const falseErrors: CorpusFinding[] = [];
  const unlabelled: CorpusFinding[] = [];
  const noiseReported: CorpusFinding[] = [];
  const realLost: (Label & { repo: string })[] = [];
  let missed = 0;
  let missedFound = 0;
  const recallByCode = new Map<string, { found: number; labelled: number }>();
  const countRecall = (code: string, found: boolean) => {
    const entry = recallByCode.get(code) ?? { found: 0, labelled: 0 };
    recallByCode.set(code, entry);
    entry.labelled++;
    if (found) entry.found++;
  };
  let files = 0;
  const repos = repositories().filter((repo) => !only || only.has(repo));
  const labels = new Map<string, Label>();
  for (const repo of repos) {
    const { findings: labelled, missed: misses } = labelsOf(repo);
    for (const label of labelled) {
      labels.set(labelKey(repo, label), label);
      if (label.verdict === 'real' && !reported.has(labelKey(repo, label))) realLost.push({ ...label, repo });
      if (label.verdict === 'real') countRecall(label.code, reported.has(labelKey(repo, label)));
    }
    for (const miss of misses) {
      missed++;
      if (reported.has(labelKey(repo, miss))) missedFound++;
      // A miss that a labelled finding already counts (the same line and code) is one problem, not two.
      if (!labelled.some((label) => label.verdict === 'real' && labelKey(repo, label) === labelKey(repo, miss))) countRecall(miss.code, reported.has(labelKey(repo, miss)));
    }
  }
  for (const finding of findings) {
    if (finding.severity !== 'error' && finding.severity !== 'warning') continue;
    const label = labels.get(labelKey(finding.repo, finding));
    if (!label) {
      unlabelled.push(finding);
      continue;
    }
    const count = byCode.get(finding.code) ?? { real: 0, noise: 0 };
    byCode.set(finding.code, count);
    count[label.verdict]++;
    if (label.verdict === 'noise') {
      noiseReported.push(finding);
      if (finding.severity === 'error') falseErrors.push(finding);
    }
  }
  for (const repo of repos) files += sourceOf(repo).files.length;
  const real = [...byCode.values()].reduce((sum, c) => sum + c.real, 0);
  const noise = [...byCode.values()].reduce((sum, c) => sum + c.noise, 0);
  return { files, repositories: repos.length, byCode, recallByCode, real, noise, falseErrors, unlabelled, noiseReported, realLost, missed, missedFound };
}
