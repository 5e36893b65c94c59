import type { Finding } from '../diagnostics/finding';
import type { EnvDocument } from '../parser';
import { envsenseComments } from '../parser/envsenseComments';
import type { ProjectFacts } from '../workspace/projectFacts';
import type { ReaderBinding } from './binding';
import { pythonDotenvValues } from './pythonDotenv';

/**
 * The program that loads a dotenv file, which decides what its lines mean. Node's `dotenv` is the
 * default; python-dotenv (Flask's `flask run`, and any Python app calling `load_dotenv()`) keeps
 * `a#b` whole, decodes escapes in double quotes and replaces `${VAR}` and `${VAR:-default}`.
 */
export type ReaderId = 'dotenv' | 'python-dotenv';

export const READERS: Readonly<Record<ReaderId, string>> = {
  dotenv: "Node's dotenv",
  'python-dotenv': 'python-dotenv',
};

export interface ReaderChoice {
  readonly id: ReaderId;
  /** Why, in words: "`# envsense: reader=python-dotenv` in this file", "the dependency python-dotenv", … */
  readonly because: string;
}

const READER_DIRECTIVE = /^envsense:\s*reader\s*=\s*(\S*)/;

/** Python packages whose apps read `.env` through python-dotenv. */
const PYTHON_DOTENV_DEPENDENCIES = ['python-dotenv', 'flask'];

/**
 * Who reads the file, in this order: a `# envsense: reader=…` line; the project's dependencies
 * (python-dotenv, or Flask, which loads `.env` with it); else Node's dotenv. An unknown name in the
 * directive is reported and the order goes on.
 */
export function chooseReader(env: EnvDocument, facts: ProjectFacts | undefined): { choice: ReaderChoice; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const node of envsenseComments(env)) {
    const match = READER_DIRECTIVE.exec(node.text);
    if (!match) continue;
    const name = match[1]!;
    if (name === 'dotenv' || name === 'python-dotenv') return { choice: { id: name, because: `\`# envsense: reader=${name}\` in this file` }, findings };
    const start = env.text.indexOf(name, node.span.start);
    findings.push({
      code: 'unknown-reader',
      span: { start, end: start + name.length },
      message: `EnvSense knows the readers ${Object.keys(READERS).join(' and ')}, not \`${name}\`; it assumes the one the project suggests.`,
    });
  }
  const dependency = PYTHON_DOTENV_DEPENDENCIES.find((name) => facts?.dependencies.has(name));
  if (dependency) return { choice: { id: 'python-dotenv', because: `the dependency ${dependency}` }, findings };
  return { choice: { id: 'dotenv', because: 'the default' }, findings };
}

/** What python-dotenv loads from a file, once per parsed version (hover asks for one key at a time). */
export function pythonValuesOf(env: EnvDocument): ReadonlyMap<string, ReaderBinding> {
  let values = pythonValues.get(env);
  if (!values) {
    values = pythonDotenvValues(env.text);
    pythonValues.set(env, values);
  }
  return values;
}

const pythonValues = new WeakMap<EnvDocument, ReadonlyMap<string, ReaderBinding>>();
