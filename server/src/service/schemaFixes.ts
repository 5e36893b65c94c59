import { join } from 'node:path';
import type { DiagnosticCode } from './diagnostics/codes';
import type { Fix, FixContext } from './fixes';
import { nodeAt } from './parser/nodeAt';
import type { Assignment } from './parser';
import { booleanLiterals } from './schema/describeVariable';
import { generateSecret } from './secrets/generateSecret';
import { gitignoreLineFor } from './workspace/gitignoreLine';

/** The env files a team commits on purpose. */
const SHARED_ENV_FILES = ['.env.example', '.env.template', '.env.sample', '.env.dist', '.env.defaults', '.env.schema'];

const TRUTHY = new Set(['true', 'yes', 'on', '1', 'y', 't', 'enable', 'enabled']);
const FALSY = new Set(['false', 'no', 'off', '0', 'n', 'f', 'disable', 'disabled']);

/** Fixes that need the schemas, secrecy or git; undefined for codes they do not handle. */
export function schemaFixesFor(context: FixContext, code: DiagnosticCode, span: { start: number; end: number }): Fix[] | undefined {
  const { env } = context;
  const node = nodeAt(env, span.start);
  const assignment = node?.kind === 'assignment' ? node : undefined;
  switch (code) {
    case 'invalid-value':
      return assignment ? booleanFix(context, assignment) : [];
    case 'placeholder-value':
    case 'weak-secret':
    case 'example-secret':
      return assignment && context.isSecret(assignment.key, assignment.value) ? [generatedSecret(context, assignment)] : [];
    case 'deprecated-key':
      return assignment ? renameDeprecated(context, assignment) : [];
    case 'missing-required':
      return insertMissing(context);
    case 'secret-file-not-ignored':
      return addToGitignore(context);
    default:
      return undefined;
  }
}

function booleanFix(context: FixContext, assignment: Assignment): Fix[] {
  const known = context.appliedKnowledge(assignment.key).find((k) => k.spec.type === 'boolean');
  if (!known) return [];
  const literals = booleanLiterals(known.spec, known.schema);
  const lower = assignment.value.toLowerCase();
  const literal = TRUTHY.has(lower) ? literals.true : FALSY.has(lower) ? literals.false : undefined;
  if (literal === undefined) return [];
  // In Python a boolean is the bare literal: `'False'` in quotes is a non-empty, truthy string.
  const span = context.env.dialect === 'python' ? assignment.valueSpan : assignment.innerSpan;
  return [{ title: `Write \`${literal}\``, changes: [{ span, newText: literal }], safe: false }];
}

function generatedSecret(context: FixContext, assignment: Assignment): Fix {
  const minLength = context.appliedKnowledge(assignment.key).reduce((n, k) => Math.max(n, k.spec.minLength ?? 0), 0);
  const secret = generateSecret(minLength, context.random);
  if (context.env.dialect === 'python' && assignment.form !== 'quoted') {
    return { title: 'Replace with a generated strong secret', changes: [{ span: assignment.valueSpan, newText: `'${secret}'` }], safe: false };
  }
  const span = assignment.form === 'empty' ? { start: assignment.separatorSpan.end, end: assignment.separatorSpan.end } : assignment.innerSpan;
  return { title: 'Replace with a generated strong secret', changes: [{ span, newText: secret }], safe: false };
}

function renameDeprecated(context: FixContext, assignment: Assignment): Fix[] {
  const replacement = context.appliedKnowledge(assignment.key).find((k) => k.spec.deprecated?.replacement)?.spec.deprecated?.replacement;
  if (!replacement || context.env.assignments.some((a) => a.key === replacement)) return [];
  return [{ title: `Rename to ${replacement}`, changes: [{ span: assignment.keySpan, newText: replacement }], safe: false }];
}

function insertMissing(context: FixContext): Fix[] {
  const { env } = context;
  const names = context.missingRequired();
  if (names.length === 0) return [];
  const eol = /\r\n/.test(env.text) ? '\r\n' : '\n';
  const lead = env.text === '' || /[\r\n]$/.test(env.text) ? '' : eol;
  const lines = names.map((name) => (env.dialect === 'python' ? `${name} = ''` : `${name}=`));
  return [
    {
      title: `Add ${names.length === 1 ? names[0] : `the ${names.length} missing keys`}`,
      changes: [{ span: { start: env.text.length, end: env.text.length }, newText: `${lead}${lines.join(eol)}${eol}` }],
      safe: false,
    },
  ];
}

/**
 * `.gitignore` at the repository root gets the file, or a pattern for every env file but the
 * templates. Nothing is offered when `.gitignore` may not be written (a symbolic link, even a
 * dangling one; not a regular file; outside the workspace); the file's own line only when its path
 * can be written as a gitignore pattern.
 */
function addToGitignore(context: FixContext): Fix[] {
  const { git, fileName } = context;
  if (!git || !fileName) return [];
  const path = join(git.root, '.gitignore');
  const writable = context.writableFile(path);
  if (!writable) return [];
  const { existing } = writable;
  const eol = existing !== undefined && /\r\n/.test(existing) ? '\r\n' : '\n';
  const append = (lines: string[]) => {
    const at = existing?.length ?? 0;
    const lead = existing === undefined || existing === '' || /[\r\n]$/.test(existing) ? '' : eol;
    return [{ path, existing, changes: [{ span: { start: at, end: at }, newText: `${lead}${lines.join(eol)}${eol}` }] }];
  };
  const fixes: Fix[] = [];
  const line = gitignoreLineFor(git.relativePath);
  if (line !== undefined) fixes.push({ title: `Add ${git.relativePath} to .gitignore`, changes: [], otherFiles: append([line]), safe: false });
  if (fileName.startsWith('.env')) {
    // Not `.env*`: that would also hide `.envsense/` (the team's schemas) and the templates.
    const keep = SHARED_ENV_FILES.map((name) => `!${name}`);
    fixes.push({ title: 'Add .env and .env.* to .gitignore, keeping the templates', changes: [], otherFiles: append(['.env', '.env.*', ...keep]), safe: false });
  }
  return fixes;
}
