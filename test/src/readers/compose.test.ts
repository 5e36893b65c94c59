import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReaderEnvironment } from '../../../server/out/service/readers/binding';
import { composeRead, composeValues } from '../../../server/out/service/readers/compose';

/**
 * EnvSense's docker compose reader on fixtures of compose-go's rules. There is no compose to run in
 * the tests: each expected result was produced by compose-go's own `dotenv` and `template` packages
 * (parsed with `GetEnvFromFile`'s lookup: the environment, then the keys above) and each fixture quotes
 * the line of compose-go's source, or the sentence of Docker's documentation, that it encodes.
 * `null` is a bare `KEY` line whose KEY is not in the environment (compose leaves it unset).
 */
interface Fixture {
  readonly rule: string;
  readonly text: string;
  readonly env?: ReaderEnvironment;
  readonly values: Record<string, string | null>;
  readonly refusal?: { readonly message: string; readonly offset: number };
}

const FIXTURES: readonly Fixture[] = [
  {
    rule: 'parser.go: `value, _, _ = strings.Cut(value, " #")` — docs: "Inline comments for unquoted values must be preceded with a space."',
    text: 'A=a#b\nB=a #b\nC=a\t#b\nD=a  # two',
    values: { A: 'a#b', B: 'a', C: 'a\t#b', D: 'a' },
  },
  {
    rule: 'parser.go: `cutset := strings.TrimLeftFunc(src[offset:], isSpace)` (locateKeyName) runs before `strings.Cut(value, " #")` (extractVarValue), so no space is left before the `#`',
    text: 'KEY=   # note\nK2=\t# tab\nK3=',
    values: { KEY: '# note', K2: '# tab', K3: '' },
  },
  {
    rule: 'docs: "Single-quoted (\') values are used literally." / "Quotes can be escaped with \\." / parser.go: `expandVariables(expandEscapes(value), …)` only `if quote == prefixDoubleQuote`; unquoted values are interpolated but not unescaped',
    text: "S='single $A ${A} \\n \\' \\\\'\nD=\"tab\\there\\nline \\\" \\\\ \\$A $A\"\nU=\\n$A",
    env: { A: 'a' },
    values: { S: "single $A ${A} \\n ' \\\\", D: 'tab\there\nline " \\ $A a', U: '\\na' },
  },
  {
    rule: 'docs: "Inline comments for quoted values must follow the closing quote." — parser.go: `return value, src[i+1:], nil`',
    text: 'Q="a" # comment\nR=\'b\' # comment\nT="x # not a comment"',
    values: { Q: 'a', R: 'b', T: 'x # not a comment' },
  },
  {
    rule: 'parser.go: the quoted loop runs `for i := 1; i < len(src); i++` across line feeds',
    text: 'M="line1\nline2"\nN=after',
    values: { M: 'line1\nline2', N: 'after' },
  },
  {
    rule: 'parser.go: `escapeSeqRegex = regexp.MustCompile(`(\\\\(?:[abcfnrtv$"\\\\]|0\\d{0,3}))`)`, `match = strings.Replace(match, `\\0`, `\\`, 1)`, and on an `strconv.UnquoteChar` error `return match` (the rewritten one)',
    text: 'O="\\0101\\012\\0\\0777\\c\\a"',
    values: { O: 'A\\12\\\\777\\c\x07' },
  },
  {
    rule: 'interpolation docs: "Compose processes any string following a $ sign as long as it makes it a valid variable definition … In other circumstances, it will be preserved"; "You can use a $$ (double-dollar sign) when your configuration needs a literal dollar sign"; parser.go: `\\$` becomes `$$`',
    text: 'A=1\nB=${A}/$A/${A}x\nC=$$A/\\$A/$1/$-/$',
    values: { A: '1', B: '1/1/1x', C: '$A/\\1/$1/$-/$' },
  },
  {
    rule: 'godotenv.go expandVariables: `if v, ok := lookupFn(k); ok { return v, true }` before `envMap[k]` — the environment wins over the file',
    text: 'A=file\nB=$A',
    env: { A: 'env' },
    values: { A: 'file', B: 'env' },
  },
  {
    rule: 'env.go GetEnvFromFile: the lookup sees `envMap`, the keys read so far — not later ones',
    text: 'B=${LATER}\nLATER=1\nSELF=${SELF}',
    values: { B: '', LATER: '1', SELF: '' },
  },
  {
    rule: 'interpolation docs: "${VAR:-default} -> value of VAR if set and non-empty, otherwise default"; "${VAR-default} -> value of VAR if set, otherwise default"',
    text: 'E=${EMPTY:-d}|${EMPTY-d}|${UNSET:-d}|${UNSET-d}',
    env: { EMPTY: '' },
    values: { E: 'd||d|d' },
  },
  {
    rule: 'interpolation docs: "${VAR:+replacement} -> replacement if VAR is set and non-empty, otherwise empty"; "${VAR+replacement} -> replacement if VAR is set, otherwise empty"',
    text: 'P=${SET:+x}|${SET+x}|${EMPTY:+x}|${EMPTY+x}|${UNSET:+x}|${UNSET+x}',
    env: { SET: 's', EMPTY: '' },
    values: { P: 'x|x||x||' },
  },
  {
    rule: 'interpolation docs: "${VAR:?error} -> value of VAR if set and non-empty"; "${VAR?error} -> value of VAR if set"',
    text: 'R=${SET:?must}|${EMPTY?fine}',
    env: { SET: 's', EMPTY: '' },
    values: { R: 's|' },
  },
  {
    rule: 'interpolation docs: "${VAR:?error} -> … otherwise exit with error" — template.go: `fmt.Sprintf("required variable %s is missing a value: %s", e.Variable, e.Reason)`',
    text: 'OK=1\nR=${EMPTY:?must be set}\nAFTER=2',
    env: { EMPTY: '' },
    values: { OK: '1' },
    refusal: { message: 'required variable EMPTY is missing a value: must be set', offset: 7 },
  },
  {
    rule: 'template.go: `if e.Reason != "" {…}; return fmt.Sprintf("required variable %s is missing a value", e.Variable)`',
    text: 'R=${UNSET?}',
    values: {},
    refusal: { message: 'required variable UNSET is missing a value', offset: 2 },
  },
  {
    rule: 'interpolation docs: "Interpolation can also be nested: ${VARIABLE:-${FOO}} … ${VARIABLE:-${FOO:-default}}"; template.go substitutes a default only when it is used',
    text: 'N=${UNSET:-${ALSO:-${SET}}}\nM=${SET:-${UNSET:?never}}',
    env: { SET: 's' },
    values: { N: 's', M: 's' },
  },
  {
    rule: 'template.go: `substitutionBraced = "[_a-z][_a-z0-9]*(?::?[-+?](.*))?"` runs to the last `}`; `getFirstBraceClosingIndex` cuts it, and `rest` is substituted after the value',
    text: 'G=${UNSET:-x}}y\nH=${UNSET:-{}}\nI=${UNSET:-a} ${UNSET:-b}',
    values: { G: 'x}y', H: '{}', I: 'a b' },
  },
  {
    rule: 'template.go: `getFirstBraceClosingIndex` skips the character after each `{` and, finding no balanced `}`, the whole match is the default: its `${B` is an invalid template',
    text: 'X=${UNSET:-${A:-{x} ${B}}',
    values: {},
    refusal: { message: 'Invalid template: "{x} ${B"', offset: 20 },
  },
  {
    rule: 'template.go: the `invalid` group `{(?:…|(?P<invalid>))` and `return "", false, &InvalidTemplateError{}` — a name starts with `[_a-z]`',
    text: 'BAD=${1X}',
    values: {},
    refusal: { message: 'Invalid template: "${1X}"', offset: 4 },
  },
  {
    rule: 'template.go: `(.*)` does not cross a line feed, so a `${` with no `}` after it on its line is invalid',
    text: 'BAD=${UNSET:-x\nX="${UNSET:-a\nb}"',
    values: {},
    refusal: { message: 'Invalid template: "${UNSET:-x"', offset: 4 },
  },
  {
    rule: 'template.go: `${` followed by a name and then neither `}` nor an operator is invalid',
    text: 'BAD=${A B}',
    values: {},
    refusal: { message: 'Invalid template: "${A B}"', offset: 4 },
  },
  {
    rule: 'parser.go: `exportRegex = regexp.MustCompile(`^export\\s+`)`; `case \'=\', \':\', \'\\n\': // library also supports yaml-style value declaration`; keys and values trimmed',
    text: 'export X=1\nexport\tY=2\nexport=3\nZ: yaml\n  W  =  w  ',
    values: { X: '1', Y: '2', export: '3', Z: 'yaml', W: 'w' },
  },
  {
    rule: 'parser.go: `if inherited { value, ok := lookupFn(key); if ok { out[key] = value } … }` — a bare key takes the environment, or is left as it was',
    text: 'HOME\nUNSET\nA=1\nA\nB=2\n',
    env: { HOME: '/home/u' },
    values: { HOME: '/home/u', UNSET: null, A: '1', B: '2' },
  },
  {
    rule: 'parser.go: with no `=`, `:` or line feed before the end of the file, `key` stays "" and the line is the value of the empty key',
    text: 'A=1\nABC',
    values: { A: '1', '': 'ABC' },
  },
  {
    rule: 'parser.go: `case \'_\', \'.\', \'-\', \'[\', \']\':` and `unicode.IsLetter(rune) || unicode.IsNumber(rune)` — a key may start with a digit (only `Read` drops those)',
    text: 'a.b-c[0]=1\nKé=2\n1=3',
    values: { 'a.b-c[0]': '1', 'Ké': '2', '1': '3' },
  },
  {
    rule: 'parser.go: `` `line %d: unexpected character %q in variable name %q` ``',
    text: 'OK=1\nK$Y=1',
    values: { OK: '1' },
    refusal: { message: 'line 2: unexpected character "$" in variable name "K$Y=1"', offset: 6 },
  },
  {
    rule: 'parser.go: `if strings.Contains(key, " ") { return fmt.Errorf("line %d: key cannot contain a space", p.line) }` — a space only: a tab inside a key is kept',
    text: 'K\tX=1\nA B=1',
    values: { 'K\tX': '1' },
    refusal: { message: 'line 2: key cannot contain a space', offset: 6 },
  },
  {
    rule: 'parser.go: `return "", "", fmt.Errorf("line %d: unterminated quoted value %s", p.line, src[:valEndIndex])` (the line counted to the end of the file)',
    text: 'K="open\nNEXT=1',
    values: {},
    refusal: { message: 'line 2: unterminated quoted value "open', offset: 2 },
  },
  {
    rule: 'parser.go: `return value, src[i+1:], nil` — what follows a closing quote is read as more statements',
    text: 'A="x"B=1\nC=\'y\' D=2',
    values: { A: 'x', B: '1', C: 'y', D: '2' },
  },
  {
    rule: 'godotenv.go: `data = bytes.TrimPrefix(data, utf8BOM)`; `strings.TrimRightFunc(value, unicode.IsSpace)` removes the `\\r` of CRLF',
    text: '\ufeffA=1\r\nB="2"\r\nC=3 # c\r\n',
    values: { A: '1', B: '2', C: '3' },
  },
  {
    rule: 'parser.go: `strings.TrimLeftFunc(strings.TrimPrefix(src, "export"), isSpace)` leaves nothing: `errors.New("zero length string")`',
    text: 'export ',
    values: {},
    refusal: { message: 'zero length string', offset: 7 },
  },
  {
    rule: 'template.go: names match `[_a-z]` under `(?i:…)`, whose Go case folding includes U+017F (ſ) and U+212A (Kelvin sign)',
    text: 'K=${\u212a}|$\u212ax|${\u017f}',
    env: { '\u212a': 'kelvin', '\u017f': 'long s' },
    values: { K: 'kelvin||long s' },
  },
  {
    rule: 'parser.go: `isSpace` (trimmed after `=`) has `0xA0` but not U+2003; `unicode.IsSpace` (trimmed at the end) has both',
    text: 'K=\u00a0v\u00a0\nL=\u2003v\u2003',
    values: { K: 'v', L: '\u2003v' },
  },
];

const asRecord = (values: ReturnType<typeof composeValues>) => Object.fromEntries([...values].map(([key, binding]) => [key, binding.value]));

test('compose reader: each fixture gives the values and the refusal compose-go gives', () => {
  for (const fixture of FIXTURES) {
    const read = composeRead(fixture.text, fixture.env);
    assert.deepEqual(asRecord(read.values), fixture.values, `${fixture.rule}\n${JSON.stringify(fixture.text)}`);
    assert.deepEqual(read.refusal, fixture.refusal ? { ...fixture.refusal, cause: 'compose' } : undefined, `${fixture.rule}\n${JSON.stringify(fixture.text)}`);
    assert.deepEqual(composeValues(fixture.text, fixture.env), read.values);
  }
});

test('compose reader: a binding starts where its statement starts (at `export` or the key)', () => {
  const text = '# c\n  export A=1\nB="x"C=2\n';
  const starts = Object.fromEntries([...composeValues(text)].map(([key, binding]) => [key, binding.start]));
  assert.deepEqual(starts, { A: text.indexOf('export'), B: text.indexOf('B'), C: text.indexOf('C=') });
});

test('compose reader: a refusal inside a double-quoted value points at its `${` after escapes', () => {
  const text = 'K="\\t\\\\x${UNSET:?gone}"';
  assert.deepEqual(composeRead(text).refusal, { message: 'required variable UNSET is missing a value: gone', offset: text.indexOf('${'), cause: 'compose' });
});


const N = 20_000;
const HOSTILE: readonly { name: string; text: string; value?: string; refusal?: string }[] = [
  { name: 'unclosed ${', text: `K=${'${'.repeat(N)}\n`, refusal: 'Invalid template: ' },
  { name: 'unclosed defaults', text: `K=${'${A:-'.repeat(N)}\n`, refusal: 'Invalid template: ' },
  { name: 'nested defaults', text: `K=${'${U:-'.repeat(N)}x${'}'.repeat(N)}\n`, value: 'x' },
  { name: 'nested defaults in quotes', text: `K="${'${U:-'.repeat(N)}\${A}${'}'.repeat(N)}"\n`, value: 'a' },
  { name: 'nested replacements', text: `K=${'${A:+'.repeat(N)}y${'}'.repeat(N)}\n`, value: 'y' },
  // Checked against compose-go with N = 2,000: `${U:-{${U:-{${U:-{}}}}}}` gives `{{{}}}`.
  { name: 'defaults with braces', text: `K=${'${U:-{'.repeat(N)}${'}'.repeat(2 * N)}\n`, value: '{'.repeat(N) + '}'.repeat(N) },
  { name: 'a line of defaults', text: `K=${'${U:-x}'.repeat(N)}\n`, value: 'x'.repeat(N) },
  { name: 'many lines', text: 'K=a # c\n'.repeat(5 * N), value: 'a' },
];

for (const { name, text, value, refusal } of HOSTILE) {
  test(`compose reader: bounded time on hostile input (${name})`, () => {
    const read = composeRead(text, { A: 'a' });
    if (value !== undefined) assert.ok(read.values.get('K')?.value === value, `${name}: ${read.values.get('K')?.value?.slice(0, 40)}…`);
    if (refusal !== undefined) assert.ok(read.refusal?.message.startsWith(refusal), read.refusal?.message);
  });
}

test('compose reader: values that grow without bound stop at a limit, reported as EnvSense’s', () => {
  const repeated = composeRead(`A=${'x'.repeat(1000)}\nB=${'$A'.repeat(50_000)}\n`);
  assert.equal(repeated.refusal?.cause, 'limit');
  assert.equal(repeated.values.get('A')?.value, 'x'.repeat(1000));
  const lines = ['A0=0123456789'];
  for (let i = 1; i < 60; i++) lines.push(`A${i}=$A${i - 1}\${A${i - 1}}`);
  const doubling = composeRead(lines.join('\n'));
  assert.equal(doubling.refusal?.cause, 'limit');
  assert.equal(lines.join('\n')[doubling.refusal!.offset], '$');
  assert.equal(doubling.values.get('A10')?.value?.length, 10 * 2 ** 10);
});
