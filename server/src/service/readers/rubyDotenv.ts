import type { ReaderBinding, ReaderEnvironment } from './binding';
import { substituteCommands, substituteVariables } from './rubyDotenvSubstitutions';

/**
 * What Ruby's dotenv 2.4 (Debian's `ruby-dotenv`; Rails apps through dotenv-rails, which calls
 * `Dotenv.load`) loads from a file: a port of `Dotenv::Environment#read` (a leading BOM is dropped),
 * `Dotenv::Parser` and its two substitutions, checked against the real gem in tests. Each line (the
 * text is split at every run of `\n`/`\r`, so a quoted value never spans lines) is matched alone
 * against its `LINE` regex; `$VAR`, `${VAR}` are replaced outside single quotes, from the environment
 * first (as `Dotenv.load` merges ENV over the file's earlier keys) then from earlier keys; and
 * `$(command)` is replaced by what the command prints. EnvSense never runs it: the output is
 * RUBY_COMMAND_OUTPUT and the binding lists the command.
 */
export { RUBY_COMMAND_OUTPUT } from './rubyDotenvSubstitutions';

export interface RubyDotenvBinding extends ReaderBinding {
  readonly value: string;
  /** The commands Ruby dotenv runs for this value (`$(…)` after variable substitution), in order. */
  readonly commands: readonly string[];
  /** The value holds a command's output, its own or a referenced key's: its text is unknown. */
  readonly fromCommand: boolean;
  /**
   * A variable was left empty (here or in a key it references) because the file's expansions passed
   * EXPANSION_BUDGET characters (each `B=$A$A` line doubles the value: 40 lines would make a string no
   * engine holds); Ruby would expand it.
   */
  readonly expansionCut: boolean;
}

/** How many characters the variables of one file may expand to in all. */
export const EXPANSION_BUDGET = 1 << 22;

export interface RubyDotenvRead {
  /** Every binding in file order, keys loaded twice included (their commands run too). */
  readonly bindings: readonly RubyDotenvBinding[];
  /**
   * A line `export A B` naming a key not defined above it: the gem raises Dotenv::FormatError there and
   * the app loads nothing from the file. `bindings` then holds the lines read before it.
   */
  readonly formatError?: { readonly line: string; readonly start: number };
}

/** Ruby's `\s`: ASCII whitespace only, `[ \t\n\v\f\r]`. */
const isRubySpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** `[\w\.]`: Ruby's `\w` is ASCII only. */
const isKeyChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e;
/** `String#strip`: ASCII whitespace and NUL. */
const isStripped = (c: number) => c === 0 || isRubySpace(c);

/**
 * `LINE`'s captures on one line, or undefined when it does not match:
 *   \A \s* (?:export\s+)? ([\w\.]+) (?:\s*=\s*|:\s+?) ('(?:\'|[^'])*'|"(?:\"|[^"])*"|[^#\n]+)? \s* (?:\#.*)? \z
 * Its backtracking is resolved here: only the `export ` prefix can fail late (then `export` is the key);
 * the value starts after all the blanks that follow `=`, but after exactly one blank after `:`; a
 * quoted value closes at the last quote that only blanks and a comment follow, else it is read unquoted
 * up to the first `#`.
 */
function matchLine(line: string): { key: string; value: string } | undefined {
  let at = 0;
  while (at < line.length && isRubySpace(line.charCodeAt(at))) at++;
  if (line.startsWith('export', at) && isRubySpace(line.charCodeAt(at + 6))) {
    let keyAt = at + 6;
    while (isRubySpace(line.charCodeAt(keyAt))) keyAt++;
    const match = matchFrom(line, keyAt);
    if (match) return match;
  }
  return matchFrom(line, at);
}

function matchFrom(line: string, keyAt: number): { key: string; value: string } | undefined {
  let keyEnd = keyAt;
  while (keyEnd < line.length && isKeyChar(line.charCodeAt(keyEnd))) keyEnd++;
  if (keyEnd === keyAt) return undefined;
  let at = keyEnd;
  while (isRubySpace(line.charCodeAt(at))) at++;
  if (line[at] === '=') {
    at++;
    while (isRubySpace(line.charCodeAt(at))) at++;
  } else if (line[keyEnd] === ':' && isRubySpace(line.charCodeAt(keyEnd + 1))) at = keyEnd + 2;
  else return undefined;
  return { key: line.slice(keyAt, keyEnd), value: valueAt(line, at) };
}

function valueAt(line: string, at: number): string {
  const quote = line[at];
  if (quote === "'" || quote === '"') {
    // Right to left: `rest` says whether only `\s*(?:#.*)?` follows the current position.
    let rest = true;
    for (let close = line.length - 1; close > at; close--) {
      if (line[close] === quote && rest) return line.slice(at, close + 1);
      rest = line[close] === '#' || (rest && isRubySpace(line.charCodeAt(close)));
    }
  }
  const hash = line.indexOf('#', at);
  return line.slice(at, hash < 0 ? line.length : hash);
}

function strip(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isStripped(value.charCodeAt(start))) start++;
  while (end > start && isStripped(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}

/** `Parser#parse_value` before the substitutions: strip, unquote, and in double quotes `\n`, `\r`, `\x`. */
function unquote(raw: string): { value: string; quote: string | undefined } {
  const value = strip(raw);
  const quote = value[0];
  if (value.length < 2 || (quote !== "'" && quote !== '"') || value[value.length - 1] !== quote) return { value, quote: undefined };
  const inner = value.slice(1, -1);
  if (quote === "'") return { value: inner, quote };
  return { value: inner.replaceAll('\\n', '\n').replaceAll('\\r', '\r').replace(/\\([^$])/g, '$1'), quote };
}

/** `line.split.first == "export"` and a name after it that no earlier line defined. */
function isUnsetExport(line: string, defined: ReadonlyMap<string, RubyDotenvBinding>): boolean {
  const words = line.split(/[ \t\n\v\f\r]+/).filter((word) => word !== '');
  return words[0] === 'export' && !words.slice(1).every((word) => defined.has(word));
}

export function readRubyDotenv(text: string, environment: ReaderEnvironment = {}): RubyDotenvRead {
  const bindings: RubyDotenvBinding[] = [];
  const loaded = new Map<string, RubyDotenvBinding>();
  const budget = { left: EXPANSION_BUDGET };
  const lineBreak = /[\n\r]+/g;
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  while (start <= text.length) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    const match = matchLine(line);
    if (match) {
      const binding = substitute(match.key, unquote(match.value), start, { environment, loaded, budget });
      bindings.push(binding);
      loaded.set(binding.key, binding);
    } else if (isUnsetExport(line, loaded)) return { bindings, formatError: { line, start } };
    if (!found) break;
    start = lineBreak.lastIndex;
  }
  return { bindings };
}

interface Scope {
  readonly environment: ReaderEnvironment;
  readonly loaded: ReadonlyMap<string, RubyDotenvBinding>;
  readonly budget: { left: number };
}

function substitute(key: string, { value, quote }: { value: string; quote: string | undefined }, start: number, { environment, loaded, budget }: Scope): RubyDotenvBinding {
  if (quote === "'") return { key, value, start, commands: [], fromCommand: false, expansionCut: false };
  let fromCommand = false;
  let expansionCut = false;
  const expanded = substituteVariables(value, (name) => {
    const fromEnvironment = Object.prototype.hasOwnProperty.call(environment, name);
    const earlier = fromEnvironment ? undefined : loaded.get(name);
    const known = fromEnvironment ? environment[name]! : (earlier?.value ?? '');
    if (known.length > budget.left) {
      expansionCut = true;
      return '';
    }
    budget.left -= known.length;
    if (earlier?.fromCommand) fromCommand = true;
    if (earlier?.expansionCut) expansionCut = true;
    return known;
  });
  const ran = substituteCommands(expanded);
  return { key, value: ran.value, start, commands: ran.commands, fromCommand: fromCommand || ran.commands.length > 0, expansionCut };
}

/** What `Dotenv.load` reads from a file: each key's last binding (a key already in ENV keeps ENV's value). */
export function rubyDotenvValues(text: string, environment: ReaderEnvironment = {}): Map<string, RubyDotenvBinding> {
  return new Map(readRubyDotenv(text, environment).bindings.map((binding) => [binding.key, binding]));
}
