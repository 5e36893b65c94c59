import { parseArgs } from 'node:util';
import { findPackageRoot, packageVersion } from '../node/packageInfo';
import { loadCliSettings } from './config';
import { checkFiles, formatJson, formatText, hasErrors, hasFailures, unexpected } from './check';
import { lineWriter } from './escape';
import { collectFiles, InputError } from './files';
import { formatSarif } from './sarif';
import { formatEnvironment, formatVariables, loadFamilyEnvironment, loadVariables } from './print';
import { isLoaderId, LOADER_IDS } from '../service/family/loaderIds';
import { isReaderId, READERS } from '../service/readers/readerTable';

const USAGE = `usage:
  envsense check [--format text|json|sarif] [--fix] [paths…]
                                                 report problems in env and secrets files (default: .);
                                                 --fix first applies the fixes marked safe
  envsense print [--json] [--override] [--reader NAME] FILE…
                                                 print the variables the files load, as the reader NAME reads them
                                                 (${Object.keys(READERS).join(', ')}; dotenv by default)
  envsense print --env NAME [--loader LOADER] [--reader NAME] [--json] [FILE…|DIR]
                                                 print what the app gets in environment NAME from a family of env files
                                                 (.env, .env.local, …; the current directory by default), merged as LOADER
                                                 does (${LOADER_IDS.join(', ')}; by default envsense.loader, else detected)

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
    options: {
      json: { type: 'boolean', default: false },
      override: { type: 'boolean', default: false },
      reader: { type: 'string' },
      env: { type: 'string' },
      loader: { type: 'string' },
    },
  });
  const reader = values.reader;
  if (values.env === undefined && values.loader !== undefined) throw new InputError('--loader goes with --env');
  if (values.env === undefined && positionals.length === 0) throw new InputError('print needs at least one FILE');
  if (reader !== undefined && !isReaderId(reader)) throw new InputError(`--reader must be one of ${Object.keys(READERS).join(', ')}, not '${reader}'`);
  const settings = loadCliSettings(process.cwd(), err);
  if (values.env !== undefined) {
    const loader = values.loader ?? settings.loader;
    if (loader !== 'auto' && !isLoaderId(loader)) throw new InputError(`--loader must be one of ${LOADER_IDS.join(', ')}, not '${loader}'`);
    if (values.override === true) throw new InputError('--override does not go with --env: the loader decides which file wins');
    const loaded = loadFamilyEnvironment({ environment: values.env, loader, reader, paths: positionals, cwd: process.cwd() });
    if (loaded.plan.choice.alsoSeen.length > 0) err(`envsense: assuming ${loaded.plan.loader.name} (${loaded.plan.choice.because}; also seen: ${loaded.plan.choice.alsoSeen.join(', ')}); --loader names another`);
    out(formatEnvironment(loaded, values.json === true));
    return 0;
  }
  out(formatVariables(loadVariables(positionals, values.override === true, settings, reader ?? 'dotenv'), values.json === true));
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
