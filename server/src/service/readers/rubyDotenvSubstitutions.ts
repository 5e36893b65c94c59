/**
 * Ruby dotenv 2.4's two substitutions on an unquoted or double-quoted value, in its order: variables
 * (`substitutions/variable.rb`), then commands (`substitutions/command.rb`). Both are ports of one
 * `gsub` each, scanned left to right in one pass. Commands are never run: each `$(command)` is replaced
 * by RUBY_COMMAND_OUTPUT and the command is returned, for the caller to report.
 */

/** What stands for a command's output in a value: U+FFFC, the object replacement character. */
export const RUBY_COMMAND_OUTPUT = '\uFFFC';

/** `[A-Z0-9_]` under `/i`: Onigmo case-folds ſ (U+017F) to s and the Kelvin sign (U+212A) to k. */
function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x17f || c === 0x212a;
}

/**
 * `(\\)?(\$)(?!\()\{?([A-Z0-9_]+)?\}?` (case-insensitive): `$NAME`, `${NAME}`, and also `${NAME` or
 * `$NAME}`, replaced by `lookup(NAME)`; a backslash before the `$` keeps the match without the
 * backslash; a `$` without a name stays as it is.
 */
export function substituteVariables(value: string, lookup: (name: string) => string): string {
  const n = value.length;
  let out = '';
  let copied = 0;
  for (let i = 0; i < n; i++) {
    const escaped = value.charCodeAt(i) === 0x5c && value.charCodeAt(i + 1) === 0x24;
    const dollar = escaped ? i + 1 : i;
    if (value.charCodeAt(dollar) !== 0x24 || value.charCodeAt(dollar + 1) === 0x28) continue;
    let end = dollar + 1;
    if (value.charCodeAt(end) === 0x7b) end++;
    const nameStart = end;
    while (end < n && isNameChar(value.charCodeAt(end))) end++;
    const name = value.slice(nameStart, end);
    if (value.charCodeAt(end) === 0x7d) end++;
    const replacement = escaped ? value.slice(dollar, end) : name !== '' ? lookup(name) : value.slice(i, end);
    out += value.slice(copied, i) + replacement;
    copied = end;
    i = end - 1;
  }
  return out + value.slice(copied);
}

/**
 * For each `(` of `value`, the index of the `)` that closes it as the recursive `\((?:[^()]|\g<cmd>)+\)`
 * reads it, or -1: the parentheses must balance and none of the pairs inside (nor this one) is empty.
 * One pass with a stack, where the regex tried at every `$(` would rescan the rest of the value.
 */
function commandCloses(value: string): Int32Array {
  const closes = new Int32Array(value.length).fill(-1);
  const open: { at: number; innerValid: boolean }[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x28) open.push({ at: i, innerValid: true });
    else if (c === 0x29 && open.length > 0) {
      const pair = open.pop()!;
      const valid = pair.innerValid && i > pair.at + 1;
      if (valid) closes[pair.at] = i;
      else if (open.length > 0) open[open.length - 1]!.innerValid = false;
    }
  }
  return closes;
}

/**
 * `(\\)?\$(\((?:[^()]|\g<cmd>)+\))`: `$(command)` with balanced parentheses is replaced by the command's
 * output (here RUBY_COMMAND_OUTPUT), `\$(command)` by `$(command)`. Returns the commands Ruby would run.
 */
export function substituteCommands(value: string): { value: string; commands: string[] } {
  if (!value.includes('$(')) return { value, commands: [] };
  const closes = commandCloses(value);
  const commands: string[] = [];
  let out = '';
  let copied = 0;
  for (let i = 0; i < value.length; i++) {
    const escaped = value.charCodeAt(i) === 0x5c && value.charCodeAt(i + 1) === 0x24;
    const dollar = escaped ? i + 1 : i;
    if (value.charCodeAt(dollar) !== 0x24 || value.charCodeAt(dollar + 1) !== 0x28) continue;
    const close = closes[dollar + 1]!;
    if (close < 0) continue;
    let replacement: string;
    if (escaped) replacement = value.slice(dollar, close + 1);
    else {
      commands.push(value.slice(dollar + 2, close));
      replacement = RUBY_COMMAND_OUTPUT;
    }
    out += value.slice(copied, i) + replacement;
    copied = close + 1;
    i = close;
  }
  return { value: out + value.slice(copied), commands };
}
