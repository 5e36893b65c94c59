import { parseArgs } from 'node:util';
import { findPackageRoot, packageVersion } from '../node/packageInfo';
import { loadCliSettings } from './config';
import { checkFiles, formatJson, formatText, hasErrors, hasFailures, unexpected } from './check';
import { lineWriter } from './escape';
import { collectFiles, InputError } from './files';
import { formatSarif } from './sarif';
import { formatVariables, loadVariables } from './print';
import { isReaderId, READERS } from '../service/readers/readerTable';

const USAGE = `usage:
  envsense check [--format text|json|sarif] [--fix] [paths…]
                                                 report problems in env and secrets files (default: .);
                                                 --fix first applies the fixes marked safe
  envsense print [--json] [--override] [--reader NAME] FILE…
                                                 print the variables the files load, as the reader NAME reads them
                                                 (${Object.keys(READERS).join(', ')}; dotenv by default)

settings: .envsense.json in the working directory, else the envsense.* keys of .vscode/settings.json

exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input
`;

/** Runs a command line and returns the exit code; output goes through the given writers. */
export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const [command, ...rest] = argv;
  // Messages quote paths and file contents: each is written as one line with its control characters escaped.
  const warn = lineWriter(err);
  try {
    if (command === 'check') return check(rest, out, warn);
    if (command === 'print') return print(rest, out, warn);
    if (command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return 0;
    }
    if (command !== undefined) warn(`envsense: unknown command '${command}'`);
    err(USAGE);
    return 2;
  } catch (error) {
    if (error instanceof InputError || isUsageError(error)) {
      warn(`envsense: ${(error as Error).message}`);
      return 2;
    }
    warn(`envsense: unexpected failure (${unexpected(error)}); please report this`);
    return 2;
  }
}

function check(args: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, fix: { type: 'boolean', default: false } },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new InputError(`--format must be text, json or sarif, not '${format}'`);
  const settings = loadCliSettings(process.cwd(), err);
  const files = collectFiles(positionals.length > 0 ? positionals : ['.'], settings.secretsFiles);
  const results = checkFiles(files, settings, values.fix === true, err);
  for (const { path, fixed, failure } of results) {
    if (fixed > 0) err(`envsense: fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${path}`);
    if (failure !== undefined) err(`envsense: ${failure}`);
  }
  out(format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, process.cwd(), packageVersion(findPackageRoot(__dirname))) : formatText(results));
  return hasFailures(results) ? 2 : hasErrors(results) ? 1 : 0;
}

function print(args: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, override: { type: 'boolean', default: false }, reader: { type: 'string', default: 'dotenv' } },
  });
  if (positionals.length === 0) throw new InputError('print needs at least one FILE');
  const reader = values.reader;
  if (!isReaderId(reader)) throw new InputError(`--reader must be one of ${Object.keys(READERS).join(', ')}, not '${reader}'`);
  const settings = loadCliSettings(process.cwd(), err);
  out(formatVariables(loadVariables(positionals, values.override === true, settings, reader), values.json === true));
  return 0;
}

function isUsageError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS');
}

if (require.main === module) {
  process.exitCode = run(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
