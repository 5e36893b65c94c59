import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ReaderEnvironment } from '../../../server/out/service/readers/binding';
import { EXPANSION_BUDGET, readRubyDotenv, rubyDotenvValues, RUBY_COMMAND_OUTPUT } from '../../../server/out/service/readers/rubyDotenv';
import { dotenvFile } from '../support/dotenvArbitrary';

/**
 * EnvSense's Ruby dotenv reader against the real gem (Debian's `ruby-dotenv` 2.4), read as `Dotenv.load`
 * reads a file (from a temporary file, BOM dropped, `is_load`): the same keys and values, the same
 * commands, the same FormatError line (and the keys read before it). Where Ruby or the gem is missing the test says so and is skipped,
 * except in CI (ENVSENSE_REQUIRE_READERS=1).
 *
 * No command ever runs: the script replaces Kernel's backticks, system, exec, spawn and fork by methods
 * that raise, gives the gem's Command substitution its own backticks that record the command and
 * return U+FFFC (what the port puts in its place), and checks both before it reads any text.
 */
const RUBY = '/usr/bin/ruby';
const SCRIPT = `
require "json"
require "tempfile"
require "dotenv"
[Kernel, Kernel.singleton_class].each do |m|
  %i[\` system exec spawn fork].each { |name| m.send(:define_method, name) { |*| raise SecurityError, "blocked #{name}" } }
end
COMMANDS = []
Dotenv::Substitutions::Command.define_singleton_method(:\`) { |command| COMMANDS << command; "\\u{FFFC}" }
abort "command stub" unless Dotenv::Substitutions::Command.call("$(exit 3)", {}, true) == "\\u{FFFC}" && COMMANDS == ["exit 3"]
begin
  Kernel.send(:\`, "exit 3")
  abort "backticks not blocked"
rescue SecurityError
end
$stdin.set_encoding("UTF-8")
input = JSON.parse($stdin.read)
ENV.clear
ENV.update(input["env"])
results = input["texts"].map do |text|
  COMMANDS.clear
  Tempfile.create("env") do |file|
    file.binmode
    file.write(text)
    file.close
    # What Dotenv::Environment#load does, keeping the parser to see its keys when it raises.
    text = File.open(file.path, "rb:bom|utf-8", &:read)
    parser = Dotenv::Parser.new(text, true)
    error = begin
      parser.call
      nil
    rescue Dotenv::FormatError => e
      text.split(/[\\n\\r]+/).find { |l| e.message == "Line #{l.inspect} has an unset variable" } || e.message
    end
    { "values" => parser.instance_variable_get(:@hash), "commands" => COMMANDS.dup, "error" => error }
  end
end
$stdout.binmode
$stdout.write(JSON.generate(results))
`;

interface Result {
  /** On FormatError, the keys read before it (the gem then loads none). */
  readonly values: Record<string, string>;
  readonly commands: readonly string[];
  readonly error: string | null;
}

function realRubyDotenv(texts: readonly string[], environment: ReaderEnvironment = {}): Result[] | undefined {
  const cwd = mkdtempSync(join(tmpdir(), 'envsense-ruby-'));
  try {
    const result = spawnSync(RUBY, ['-e', SCRIPT], { cwd, input: JSON.stringify({ env: environment, texts }), encoding: 'utf8', env: { LANG: 'C.UTF-8' }, maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) return undefined;
    return JSON.parse(result.stdout) as Result[];
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

const available = realRubyDotenv(['A=1']) !== undefined;
const skip = available || process.env['ENVSENSE_REQUIRE_READERS'] === '1' ? false : 'Ruby dotenv is not installed (apt-get install ruby ruby-dotenv)';

/** Our reading in the script's shape, entries sorted (a JSON object puts keys like `1` first). */
function ours(text: string, environment: ReaderEnvironment = {}): Result {
  const read = readRubyDotenv(text, environment);
  const values = Object.fromEntries([...rubyDotenvValues(text, environment)].map(([key, binding]) => [key, binding.value]));
  return { values, commands: read.bindings.flatMap((binding) => binding.commands), error: read.formatError?.line ?? null };
}

function canonical(result: Result): string {
  const values = Object.entries(result.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ ...result, values });
}

const FIXTURES = [
  // Unquoted values end at the first `#`, blanks or not; quotes are kept when they do not close the value.
  'A=a#b\nB=a #b\nC="q # kept" # comment\nD=\'open\nE=x "y"\n',
  // A quoted value closes at the last quote that only blanks and a comment follow.
  "A='a' 'b'\nB=\"x\" y\nC='a#b'#c\nD='it's'\nE=\"\"\nF=''\nG='\n",
  // Double quotes: `\n` and `\r` become line breaks, then a backslash keeps the next character (but `\$`).
  'A="a\\nb\\rc"\nB="\\\\n"\nC="\\q\\"\\\\"\nD=\'\\n\'\nE=a\\nb\nF="\\$A"\n',
  // `$VAR`, `${VAR}`, a lone `${` or `$`, `${VAR:-default}` (not a default), `\$VAR`, and `$VAR}`.
  'A=1\nB=$A-${A}-${A-$-${-${}-${A:-d}-\\$A-$A}-$a\nC=\'$A\'\nD="$A"\nE=$UNSET.$B\n',
  // A key is `[\\w.]+` (ASCII), after optional `export `; `:` needs one blank after it.
  'export A=1\nexport=2\nexportB=3\na.b=4\nKé=5\nC: 6\nD:7\nE :8\nF:  \'x#y\'\nG: \'x#y\'\n  H  =  v  \n',
  // Lines split at every `\r`/`\n` run; a quote never spans lines; a key with no value is empty.
  'A=1\r\nB="multi\nline"\rC=\nD=   # note\n\n\n',
  // Ruby's `\s` is ASCII only (with `\v`, `\f`); strip also drops NUL.
  'A=\u00a0x\u00a0\nB=\vy\f\nC=\0z\0\n\u3000D=1\n\fE=2\n',
  // `$(command)` with balanced parentheses is a command's output; `\$(…)` stays; `$()` and unbalanced stay.
  'A=$(echo hi)\nB=x$(a (b) c)y\nC=\\$(echo no)\nD=$()\nE=$(a\nF="$(echo q)"\nG=\'$(echo s)\'\nH=$((1))\nI=$(a())\n',
  // Variables are replaced before commands, so a value can build a command; a key's output is unknown after.
  "CMD='$(echo built)'\nA=$CMD\nB=$(echo $A)\nC=${B}\n",
  // `export A B` names keys: defined above it, nothing happens; else the gem raises FormatError.
  'A=1\nB=2\nexport A B\nexport\nC=3\n',
  'A=$(echo before)\nexport A MISSING\nB=4\n',
  // ſ and the Kelvin sign match `[A-Z]` under `/i`, so they continue a name.
  'A=1\nB=$Aſ\nC=$A\u212a\n\u017f=2\nD=$\u017f\n',
  // Names are looked up as keys only, never as properties of an object.
  '__proto__=1\nB=$__proto__$constructor${toString}\n',
  // A BOM is dropped as `File.open(…, "rb:bom|utf-8")` does.
  '\ufeffA=1\nB=$A\n',
];

test('Ruby dotenv reader equals the real gem on fixtures of its rules', { skip }, () => {
  const real = realRubyDotenv(FIXTURES);
  assert.ok(real, 'ruby-dotenv runs');
  FIXTURES.forEach((text, i) => assert.equal(canonical(ours(text)), canonical(real[i]!), JSON.stringify(text)));
});

test('Ruby dotenv reader takes the environment before the file, as Dotenv.load does', { skip }, () => {
  const environment = { A: 'env', PATH_X: '/bin' };
  const text = 'A=file\nB=$A\nC=${PATH_X}:$(echo $A)\n';
  const real = realRubyDotenv([text], environment);
  assert.ok(real, 'ruby-dotenv runs');
  assert.equal(canonical(ours(text, environment)), canonical(real[0]!));
  assert.equal(rubyDotenvValues(text, environment).get('B')?.value, 'env');
});

/** Lines in Ruby dotenv's own syntax: `:` separators, `export A B`, `$(…)`, `\$`, `ſ`, `\v`, NUL. */
const rubyFragment = fc.constantFrom(
  'x', ' ', '\t', '\v', '\f', '\0', '#', "'", '"', '\\', '\\n', '\\r', '\\$', '$', '${', '}', '$A', '${B}', '$a_1', '$ſ', '$\u212a',
  '$(', '\\$(', '(', ')', '$(echo x)', '$(echo (y))', '$()', ':', '=', 'é', '\u00a0',
);
const rubyValue = fc.array(rubyFragment, { maxLength: 6 }).map((parts) => parts.join(''));
const rubyLine = fc.oneof(
  fc.tuple(fc.constantFrom('', ' ', 'export ', 'export\t', '\v'), fc.constantFrom('A', 'B', 'a_1', 'ſ', 'a.b', 'export', '\u212a'), fc.constantFrom('=', ' = ', ': ', ':  ', ':', ' :'), fc.oneof(rubyValue, rubyValue.map((v) => `"${v}"`), rubyValue.map((v) => `'${v}'`)), fc.constantFrom('', ' # c', '#c'))
    .map((parts) => parts.join('')),
  fc.constantFrom('export A', 'export A B', 'export', 'export B x', '# export A', ' export  A '),
  rubyValue,
);
const rubyFile = fc.tuple(fc.array(rubyLine, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([lines, lineBreak]) => lines.join(lineBreak));

for (const [name, arbitrary] of [['dotenv-style', dotenvFile], ['Ruby-style', rubyFile]] as const) {
  test(`Ruby dotenv reader equals the real gem on 2,000 generated ${name} files`, { skip }, () => {
    const texts = fc.sample(arbitrary, { numRuns: 2000, seed: 20261129 });
    const real = realRubyDotenv(texts);
    assert.ok(real, 'ruby-dotenv runs');
    const disagreements = texts.filter((text, i) => canonical(ours(text)) !== canonical(real[i]!));
    assert.deepEqual(disagreements.slice(0, 3), []);
  });
}

test('Ruby dotenv reader marks command output and never runs the command', () => {
  const read = readRubyDotenv("CMD=$(touch /nonexistent/envsense)\nA=x${CMD}y\nB='$(echo single)'\n");
  const [cmd, a, b] = read.bindings;
  assert.deepEqual([cmd?.value, cmd?.commands, cmd?.fromCommand], [RUBY_COMMAND_OUTPUT, ['touch /nonexistent/envsense'], true]);
  assert.deepEqual([a?.value, a?.commands, a?.fromCommand], [`x${RUBY_COMMAND_OUTPUT}y`, [], true]);
  assert.deepEqual([b?.value, b?.commands, b?.fromCommand], ['$(echo single)', [], false]);
});

test('Ruby dotenv reader reports the export line that makes the gem raise, with its offset', () => {
  const text = 'A=1\nexport A B\nC=2\n';
  assert.deepEqual(readRubyDotenv(text).formatError, { line: 'export A B', start: 4 });
  assert.deepEqual([...rubyDotenvValues(text).keys()], ['A']);
});

test('Ruby dotenv reader ends on hostile input', { timeout: 20_000 }, () => {
  const hostile = [
    `A=${'${'.repeat(20_000)}\n`,
    `A=${'$('.repeat(20_000)}${')'.repeat(19_999)}\n`,
    `A="${'a'.repeat(1_000_000)}\n`,
    `A='${"'#".repeat(200_000)}x\n`,
    `export ${'A '.repeat(200_000)}\n`,
    `A=${'\\$'.repeat(200_000)}\n`,
  ];
  for (const text of hostile) assert.ok(Array.isArray(readRubyDotenv(text).bindings), JSON.stringify(text.slice(0, 20)));
});

test('Ruby dotenv reader stops expanding past its budget, where each line doubles the last', { timeout: 20_000 }, () => {
  let text = 'A0=xxxxxxxxxxxxxxxx\n';
  for (let i = 1; i < 40; i++) text += `A${i}=$A${i - 1}$A${i - 1}\n`;
  const bindings = readRubyDotenv(text).bindings;
  assert.deepEqual([bindings[10]?.value.length, bindings[10]?.expansionCut], [16 << 10, false]);
  assert.equal(bindings[39]?.expansionCut, true);
  assert.ok(bindings.reduce((sum, binding) => sum + binding.value.length, 0) <= EXPANSION_BUDGET + text.length);
});
