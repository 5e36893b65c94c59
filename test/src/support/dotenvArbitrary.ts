import fc from 'fast-check';

/**
 * Generated dotenv files: realistic lines (keys, export, quotes, comments, references) mixed with
 * the fragments that make dotenv's regex backtrack (escaped quotes, quotes closed lines later,
 * `:` separators, blank and stray lines), in every line-break style, plus unusual Unicode.
 */
const keyName = fc.constantFrom('A', 'KEY', 'DB_URL', 'a.b-c', 'export', 'EXPORT', '_X1', 'Ké', 'K-9', '1');
const fragment = fc.constantFrom(
  'x', 'hello world', ' ', '\t', '#', ' # note', "'", '"', '`', "\\'", '\\"', '\\`', '\\', '\\n', '\\r',
  '=', ':', ': ', '${A}', '$B', '${C:-d}', 'é', '😀', '\u2028', '\u00a0', '\ufeff', '//', '{%', 'export ',
);
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

const valueText = fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join(''));
const quoted = fc
  .tuple(fc.constantFrom("'", '"', '`'), valueText, fc.boolean())
  .map(([q, body, closed]) => q + body + (closed ? q : ''));
const value = fc.oneof(valueText, quoted);

const assignmentLine = fc
  .tuple(
    fc.constantFrom('', ' ', '\t', 'export ', 'export\t'),
    keyName,
    fc.constantFrom('=', ' = ', '= ', ': ', ':', ' =', ':\t'),
    value,
    fc.constantFrom('', ' # comment', '#c', ' '),
  )
  .map((parts) => parts.join(''));
const otherLine = fc.oneof(
  fc.constant(''),
  fc.constant('# comment'),
  fc.constant('  '),
  valueText,
  fc.constantFrom('// note', '{% if x %}', 'EXPORT A=1', 'stray', '=x', 'ÄB=1', 'A:b'),
);

export const dotenvFile = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: assignmentLine }, { weight: 1, arbitrary: otherLine }), { maxLength: 12 }), fc.array(lineBreak, { minLength: 12, maxLength: 12 }), fc.boolean())
  .map(([lines, breaks, bom]) => (bom ? '\ufeff' : '') + lines.map((line, i) => line + (i < lines.length - 1 ? breaks[i] : '')).join(''));

/** Any string at all, to prove the parser never throws and never loses text. */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 });
