import { basename, dirname } from 'node:path';
import type { Finding } from '../diagnostics/finding';
import type { Assignment, EnvDocument } from '../parser';
import { envsenseComments } from '../parser/envsenseComments';
import type { ProjectFacts } from '../workspace/projectFacts';
import type { ReaderRead } from './binding';
import { isReaderId, READERS, type ReaderId } from './readerTable';

export { READERS, type ReaderId } from './readerTable';

export interface ReaderChoice {
  readonly id: ReaderId;
  /** Why, in words: "`# envsense: reader=python-dotenv` in this file", "the dependency flask", … */
  readonly because: string;
  /** Chosen on evidence (a directive, a setting, the project), not assumed by default. */
  readonly evidence: boolean;
}

const READER_DIRECTIVE = /^envsense:\s*reader\s*=\s*(.*)$/;

/**
 * The project's dependencies that say who loads its `.env`, in the order they are preferred as the
 * file's main reader. Several may apply (a Flask app whose compose file also names the file).
 */
const READER_DEPENDENCIES: readonly (readonly [ReaderId, readonly string[]])[] = [
  // Flask's `flask run` and pydantic-settings load `.env` with python-dotenv.
  ['python-dotenv', ['python-dotenv', 'flask', 'pydantic-settings', 'django-environ']],
  ['phpdotenv', ['vlucas/phpdotenv', 'laravel/framework']],
  ['godotenv', ['github.com/joho/godotenv']],
  ['ruby-dotenv', ['gem:dotenv-rails', 'gem:dotenv']],
  // Vite, Next.js, Nuxt and Create React App load `.env` with dotenv and dotenv-expand.
  ['dotenv-expand', ['dotenv-expand', 'vite', 'next', 'nuxt', 'react-scripts']],
  ['dotenv', ['dotenv']],
];

/**
 * Who reads the file, first the one whose values the rules judge: the readers a `# envsense:
 * reader=a, b` line names; else those of the `envsense.readers` setting; else those the project shows
 * (a compose file naming the file in `env_file:` or beside the project `.env`, a dependency); else
 * Node's dotenv, by default. An unknown name in the directive is reported and the order goes on.
 */
export function chooseReaders(
  env: EnvDocument,
  path: string | undefined,
  facts: ProjectFacts | undefined,
  fromSettings: readonly { readonly ids: readonly ReaderId[]; readonly because: string }[],
): { readers: readonly ReaderChoice[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const named: ReaderChoice[] = [];
  for (const node of envsenseComments(env)) {
    const match = READER_DIRECTIVE.exec(node.text);
    if (!match) continue;
    let at = env.text.indexOf(match[1]!, node.span.start + node.text.indexOf('=') + 1);
    for (const part of match[1]!.split(',')) {
      const name = part.trim();
      const start = at + part.indexOf(name);
      at += part.length + 1;
      if (name === '') continue;
      if (isReaderId(name)) named.push({ id: name, because: `\`# envsense: reader=${match[1]!.trim()}\` in this file`, evidence: true });
      else {
        findings.push({
          code: 'unknown-reader',
          span: { start, end: start + name.length },
          message: `EnvSense knows the readers ${Object.keys(READERS).join(', ')}, not \`${name}\`; it assumes the one the project suggests.`,
        });
      }
    }
  }
  if (named.length > 0) return { readers: unique(named), findings };
  const set = fromSettings.flatMap(({ ids, because }) => ids.map((id): ReaderChoice => ({ id, because, evidence: true })));
  if (set.length > 0) return { readers: unique(set), findings };
  const detected = detectReaders(path, facts);
  return { readers: detected.length > 0 ? unique(detected) : [{ id: 'dotenv', because: 'the default', evidence: false }], findings };
}

function detectReaders(path: string | undefined, facts: ProjectFacts | undefined): ReaderChoice[] {
  const readers: ReaderChoice[] = [];
  if (path && basename(path) === '.flaskenv') readers.push({ id: 'python-dotenv', because: 'Flask reads .flaskenv with python-dotenv', evidence: true });
  if (!facts) return readers;
  // A file a service names in `env_file:` is what its container gets: compose decides it first.
  const composeFile = path ? [...facts.compose].find(([, envFiles]) => envFiles.includes(path))?.[0] : undefined;
  if (composeFile) readers.push({ id: 'compose', because: `\`env_file:\` in ${basename(composeFile)}`, evidence: true });
  if (facts.loadsDotenv) readers.push({ id: 'python-dotenv', because: `load_dotenv() in ${facts.loadsDotenv}`, evidence: true });
  for (const [id, dependencies] of READER_DEPENDENCIES) {
    const dependency = dependencies.find((name) => facts.dependencies.has(name));
    // dotenv-expand runs on top of dotenv: an app that has it does not also read the file with dotenv alone.
    if (dependency && !(id === 'dotenv' && readers.some((reader) => reader.id === 'dotenv-expand'))) readers.push({ id, because: `the dependency ${dependency}`, evidence: true });
  }
  // The `.env` beside a compose file is the project's: compose reads it to fill in the compose file.
  const project = path && basename(path) === '.env' ? [...facts.compose.keys()].find((file) => dirname(file) === dirname(path)) : undefined;
  if (project) readers.push({ id: 'compose', because: `the project .env of ${basename(project)}`, evidence: true });
  return readers;
}

function unique(readers: readonly ReaderChoice[]): ReaderChoice[] {
  return readers.filter((reader, i) => readers.findIndex((other) => other.id === reader.id) === i);
}

/** A reader's reading of a file, once per parsed version and reader (hover asks for one key at a time). */
export function readerReadOf(env: EnvDocument, reader: ReaderId): ReaderRead {
  let byReader = readerReads.get(env);
  if (!byReader) readerReads.set(env, (byReader = new Map()));
  let read = byReader.get(reader);
  if (!read) byReader.set(reader, (read = READERS[reader].read(env.text)));
  return read;
}

const readerReads = new WeakMap<EnvDocument, Map<ReaderId, ReaderRead>>();

/**
 * The assignment as the reader loads it, for the rules that judge a line alone: its value is what the
 * reader gets from the line's own text (its comments, quotes and escapes). A line that refers to other
 * variables (`$`, `{{`) keeps the text after `=` as its value, unexpanded: such values get no value
 * checks. A line the reader loads nothing from keeps Node's value.
 */
export function asReaderReads(reader: ReaderId, assignment: Assignment, text: string): Assignment {
  if (READERS[reader].nodeSyntax) return assignment;
  const after = text.slice(assignment.separatorSpan.end, assignment.span.end);
  if (after.includes('$') || after.includes('{{')) return after.trim() === assignment.value ? assignment : { ...assignment, value: after.trim() };
  const binding = READERS[reader].read(text.slice(assignment.span.start, assignment.span.end)).values.get(assignment.key);
  if (binding === undefined || binding.value === null || binding.value === assignment.value) return assignment;
  return { ...assignment, value: binding.value };
}
