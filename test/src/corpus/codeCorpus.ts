import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeService } from '../support/codeService';

/**
 * The labelled code corpus: real projects that read environment variables in code (JS/TS/Python)
 * and commit env files or templates, one folder per repository (`code/<owner>__<name>/`, the
 * repository's own paths inside: the env files, the manifests and compose files, and every code file
 * that reads the environment), with `SOURCE.json` saying where each file comes from and `LABELS.json`
 * judging each finding of the code-versus-env-files rules.
 */
export const CODE_CORPUS = resolve(__dirname, '../../../test/corpus/code');

/** The rules that compare code with env files: the only codes this corpus measures. */
export const CODE_RULES = ['read-but-not-set', 'read-type-mismatch', 'set-but-never-read'] as const;
export type CodeRule = (typeof CODE_RULES)[number];

export interface CodeSource {
  readonly repo: string;
  readonly commit: string;
  readonly stack: string;
  readonly why: string;
  readonly files: readonly { readonly path: string; readonly role: 'env' | 'code' | 'manifest' | 'compose'; readonly synthesized?: readonly string[] }[];
}

export interface CodeCorpusFinding {
  /** The repository's folder name, `<owner>__<name>`. */
  readonly repo: string;
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly code: CodeRule;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
}

export interface CodeLabel {
  readonly file: string;
  readonly line: number;
  readonly code: CodeRule;
  readonly verdict: 'real' | 'noise';
  readonly reason: string;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
const isCodeRule = (code: string): code is CodeRule => (CODE_RULES as readonly string[]).includes(code);

export function codeRepositories(): string[] {
  return readdirSync(CODE_CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function codeSourceOf(repo: string): CodeSource {
  return JSON.parse(readFileSync(join(CODE_CORPUS, repo, 'SOURCE.json'), 'utf8')) as CodeSource;
}

export function codeLabelsOf(repo: string): readonly CodeLabel[] {
  const path = join(CODE_CORPUS, repo, 'LABELS.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { findings: CodeLabel[] }).findings : [];
}

/**
 * What the three rules report on one repository: its files mounted under /workspace (as the editor
 * sees a workspace folder), the code index built over them, and each env and code file validated as
 * an open document.
 */
export async function repositoryFindings(repo: string): Promise<CodeCorpusFinding[]> {
  const source = codeSourceOf(repo);
  const files: Record<string, string> = {};
  for (const { path } of source.files) files[`/workspace/${path}`] = readFileSync(join(CODE_CORPUS, repo, path), 'utf8');
  const { service } = await codeService(files);
  const findings: CodeCorpusFinding[] = [];
  for (const { path, role } of source.files) {
    if (role !== 'env' && role !== 'code') continue;
    const document = TextDocument.create(`file:///workspace/${path}`, role === 'env' ? 'dotenv' : 'code', 1, files[`/workspace/${path}`]!);
    for (const diagnostic of service.doValidation(document)) {
      const code = String(diagnostic.code);
      if (!isCodeRule(code)) continue;
      findings.push({
        repo,
        file: path,
        line: diagnostic.range.start.line + 1,
        code,
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1]!,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      });
    }
  }
  return findings;
}

export async function codeCorpusFindings(): Promise<CodeCorpusFinding[]> {
  const all: CodeCorpusFinding[] = [];
  for (const repo of codeRepositories()) all.push(...(await repositoryFindings(repo)));
  return all;
}

export const codeLabelKey = (repo: string, finding: { file: string; line: number; code: string }) => `${repo}\u0000${finding.file}\u0000${finding.line}\u0000${finding.code}`;

/** The findings against their labels: per rule real and noise, and what has no label. */
export interface CodeCorpusScore {
  readonly repositories: number;
  readonly findings: readonly CodeCorpusFinding[];
  readonly byCode: ReadonlyMap<CodeRule, { real: number; noise: number }>;
  readonly unlabelled: readonly CodeCorpusFinding[];
  readonly noise: readonly CodeCorpusFinding[];
  /** Labels whose finding is no longer reported (real ones lost, noise ones gone). */
  readonly stale: readonly (CodeLabel & { repo: string })[];
}

export async function scoreCodeCorpus(): Promise<CodeCorpusScore> {
  const repos = codeRepositories();
  const findings = await codeCorpusFindings();
  const labels = new Map<string, CodeLabel>();
  const stale: (CodeLabel & { repo: string })[] = [];
  const reported = new Set(findings.map((finding) => codeLabelKey(finding.repo, finding)));
  for (const repo of repos) {
    for (const label of codeLabelsOf(repo)) {
      labels.set(codeLabelKey(repo, label), label);
      if (!reported.has(codeLabelKey(repo, label))) stale.push({ ...label, repo });
    }
  }
  const byCode = new Map<CodeRule, { real: number; noise: number }>(CODE_RULES.map((code) => [code, { real: 0, noise: 0 }]));
  const unlabelled: CodeCorpusFinding[] = [];
  const noise: CodeCorpusFinding[] = [];
  for (const finding of findings) {
    const label = labels.get(codeLabelKey(finding.repo, finding));
    if (!label) {
      unlabelled.push(finding);
      continue;
    }
    byCode.get(finding.code)![label.verdict]++;
    if (label.verdict === 'noise') noise.push(finding);
  }
  return { repositories: repos.length, findings, byCode, unlabelled, noise, stale };
}
