import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { createLanguageService } from '../../../server/out/service';
import type { GitFacts } from '../../../server/out/service/workspace/gitFacts';

/**
 * The labelled corpus: real env and secrets files of public repositories, one folder per repository
 * (`files/<owner>__<name>/`, the repository's own paths inside), with `SOURCE.json` saying where each
 * file comes from and `LABELS.json` saying, for every error and warning EnvSense reports on it,
 * whether it is a real problem, and which real problems EnvSense misses.
 */
export const CORPUS = resolve(__dirname, '../../../test/corpus/files');

export interface Source {
  readonly repo: string;
  readonly commit: string;
  readonly stack: string;
  readonly files: readonly { readonly path: string; readonly role: string; readonly synthesized?: readonly string[] }[];
}

export interface CorpusFinding {
  /** The repository's folder name, `<owner>__<name>`. */
  readonly repo: string;
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
}

export interface Label {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly verdict: 'real' | 'noise';
  readonly reason: string;
}

export interface Labels {
  readonly findings: readonly Label[];
  /** Real problems EnvSense does not report (yet): the code it should report them with. */
  readonly missed: readonly Omit<Label, 'verdict'>[];
  /** The peer scanner's hits (secretlint), judged the same way, for the side-by-side figures. */
  readonly peers?: readonly { readonly tool: 'secretlint'; readonly file: string; readonly line: number; readonly rule: string; readonly verdict: 'real' | 'noise'; readonly reason: string }[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export function repositories(): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function sourceOf(repo: string): Source {
  return JSON.parse(readFileSync(join(CORPUS, repo, 'SOURCE.json'), 'utf8')) as Source;
}

export function labelsOf(repo: string): Labels {
  const path = join(CORPUS, repo, 'LABELS.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Labels) : { findings: [], missed: [] };
}

/**
 * Every file of the corpus had been committed to its repository: git's answer is "tracked" for each
 * (as in the repository it came from), whatever the folder it sits in here.
 */
function committedGit(root: string): GitFacts {
  return {
    status: (path) => ({ root, relativePath: relative(root, path).split('\\').join('/'), ignored: false, tracked: true }),
    forget: () => undefined,
  };
}

/** What EnvSense reports on each corpus file, each repository opened as a workspace of its own. */
export function corpusFindings(only?: ReadonlySet<string>): CorpusFinding[] {
  const { schemas, validateSchema } = loadBundledSchemas(resolve(__dirname, '../../..'));
  const findings: CorpusFinding[] = [];
  for (const repo of repositories()) {
    if (only && !only.has(repo)) continue;
    const root = join(CORPUS, repo);
    const service = createLanguageService({ schemas, validateSchema, fs: nodeFs, git: committedGit(root), workspaceFolders: [root] });
    for (const { path } of sourceOf(repo).files) {
      const document = TextDocument.create(pathToFileURL(join(root, path)).href, 'dotenv', 1, readFileSync(join(root, path), 'utf8'));
      for (const diagnostic of service.doValidation(document)) {
        findings.push({
          repo,
          file: path,
          line: diagnostic.range.start.line + 1,
          code: String(diagnostic.code),
          severity: SEVERITIES[(diagnostic.severity ?? 1) - 1]!,
          message: typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value,
        });
      }
    }
  }
  return findings;
}

export const labelKey = (repo: string, finding: { file: string; line: number; code: string }) => `${repo}\u0000${finding.file}\u0000${finding.line}\u0000${finding.code}`;
