import { dirname } from 'node:path';
import { codeReadsOf } from '../../code/codeReads';
import { readByTools } from '../../code/platformKeys';
import type { Finding, Rule, RuleContext } from '../../diagnostics/finding';

/** The env-file side of the family: keys no code reads. The code side runs on code documents (code/codeDiagnostics.ts). */
export const codeReadsRule: Rule = { document: setButNeverRead };

/**
 * Keys of a dotenv file that no read site of the workspace names. Said only when it can be known: the
 * code index exists and is complete, the file's folder holds code that reads variables, and none of
 * that code reads them in a way that names no key (`process.env[name]`, `{ ...process.env }`,
 * `**os.environ`, a configuration library). Keys that something else reads are left alone: those a
 * schema of the file's frameworks or services knows, those runtimes and tools read themselves
 * (`NODE_OPTIONS`, `NEXT_PUBLIC_*`), those the file's own values expand, those its compose files name;
 * a file compose hands whole to a container says nothing. A Python secrets file's names are settings
 * the framework reads, never environment reads: it is not judged.
 */
function setButNeverRead(context: RuleContext): Finding[] {
  const { code } = context;
  if (!code || context.dialect !== 'dotenv' || context.env.assignments.length === 0) return [];
  const reads = codeReadsOf(code.reads);
  if (reads.truncated || code.compose.envFiles.has(code.path)) return [];
  const project = reads.folder(dirname(code.path));
  if (project.readingFiles === 0 || project.dynamic) return [];
  const expanded = new Set<string>();
  for (const assignment of context.env.assignments) for (const reference of assignment.references) expanded.add(reference.name);
  const findings: Finding[] = [];
  const where =
    project.readingFiles === 1
      ? 'the one file of this project that reads environment variables does not name it'
      : `none of the ${project.readingFiles} files of this project that read environment variables names it`;
  for (const { key, keySpan } of context.env.assignments) {
    if (reads.keys.has(key) || readByTools(key) || expanded.has(key) || code.compose.names.has(key) || knownToReaders(context, key)) continue;
    findings.push({ code: 'set-but-never-read', span: keySpan, message: `No code reads ${key}: ${where}, nor does any other code of the workspace.` });
  }
  return findings;
}

/** A schema that applies to the file knows the key (its framework reads it), or a service's schema does (its SDK reads it: `AWS_*`, `OPENAI_API_KEY`). */
function knownToReaders(context: RuleContext, key: string): boolean {
  if (context.appliedKnowledge(key).length > 0) return true;
  return context.selection.registry.lookup(key).some((known) => known.pattern === undefined && known.schema.kind === 'service');
}
