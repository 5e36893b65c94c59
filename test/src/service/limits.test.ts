import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSettings } from '../../../server/out/service';
import { completionsAt, documentOf, ENV_URI, problemsOf, schemaService } from '../support/service';

/** Files no person writes, which must still get a short, bounded answer that says what was left out. */

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n') + '\n';

test('a 20,000-key reference cycle: at most 1,000 problems, each message short, and a last one that says how many more', () => {
  const text = lines(20_000, (i) => `K${i}=\${K${(i + 1) % 20_000}}`);
  const problems = problemsOf(text);
  assert.equal(problems.length, 1001);
  const cycles = problems.filter((p) => p.code === 'reference-cycle');
  assert.ok(cycles.length > 0);
  for (const problem of problems) assert.ok(problem.message.length < 300, `short message: ${problem.message.slice(0, 80)}…`);
  assert.match(cycles[0]!.message, /^K\d+ → K\d+ → K\d+ → … 19995 more … → K\d+ → K\d+ → K\d+: these references refer to each other and never resolve\.$/);
  const last = problems[problems.length - 1]!;
  assert.equal(last.code, 'analysis-limit');
  assert.match(last.message, /^EnvSense shows the first 1,000 problems of this file; [\d,]+ more after this one are not shown\.$/);
});

test('125,000 duplicate keys: the first 1,000 duplicates and one finding with the count of the rest', () => {
  const problems = problemsOf(lines(125_000, (i) => `KEY=value${i}`));
  assert.equal(problems.length, 1001);
  assert.deepEqual(problems.slice(0, 2).map((p) => [p.code, p.at]), [
    ['duplicate-key', '1:1-1:4'],
    ['duplicate-key', '2:1-2:4'],
  ]);
  assert.deepEqual(problems[1000], {
    code: 'analysis-limit',
    at: '1000:1-1000:4',
    message: 'EnvSense shows the first 1,000 problems of this file; 123,999 more after this one are not shown.',
    severity: 3,
  });
});

test('a file of more than 200,000 lines gets one finding and no other answer', () => {
  const service = schemaService();
  const document = documentOf('# envsense: schema=django\n' + lines(200_000, (i) => `KEY_${i}=v`));
  assert.deepEqual(
    service.doValidation(document).map((d) => [d.code, d.message]),
    [['analysis-limit', 'This file has 200,002 lines; EnvSense analyses files of up to 200,000 lines, so it shows no problems, outline, completion or hover here.']],
  );
  assert.deepEqual(service.findDocumentSymbols(document), []);
  assert.deepEqual(service.doComplete(document, { line: 5, character: 0 }).items, []);
  assert.equal(service.doHover(document, { line: 5, character: 1 }), null);
  // Not even the status bar's question parses it.
  assert.deepEqual(service.getDocumentSchemas(document).applied, []);
});

test('the outline lists the first 10,000 keys and then says how many more there are', () => {
  const symbols = schemaService().findDocumentSymbols(documentOf(lines(12_000, (i) => `KEY_${i}=v`)));
  assert.equal(symbols.length, 10_001);
  assert.equal(symbols[9_999]!.name, 'KEY_9999');
  assert.deepEqual([symbols[10_000]!.name, symbols[10_000]!.detail, symbols[10_000]!.range.start.line], ['Outline limited to the first 10,000 keys', '2,000 more not shown', 10_000]);
});

test('after ${ in a large file: the 1,000 nearest variables above, marked incomplete', () => {
  const service = schemaService();
  const text = lines(5_000, (i) => `KEY_${i}=v`) + 'URL=${|}\n';
  const items = completionsAt(service, text);
  assert.equal(items.length, 1000);
  assert.deepEqual(items.slice(0, 2).map((i) => [i.label, i.detail, i.documentation]), [
    ['KEY_4999', 'line 5000', 'KEY_4999 loads `v`.'],
    ['KEY_4998', 'line 4999', 'KEY_4998 loads `v`.'],
  ]);
});

test('a number field of 80,000 digits and a letter is judged at once (no backtracking)', () => {
  const problems = problemsOf(`# envsense: schema=sentry\nSENTRY_TRACES_SAMPLE_RATE=${'9'.repeat(80_000)}x\n`, ENV_URI, schemaService());
  assert.deepEqual(problems.map((p) => p.code), ['invalid-value']);
});

test('a 120 KB value of U+2028 (a line separator to JavaScript, not to dotenv) gets ordinary answers', () => {
  const service = schemaService();
  const document = documentOf(`API_TOKEN="${'\u2028'.repeat(120_000)}"\nNEXT=1\n`);
  assert.deepEqual(service.doValidation(document).map((d) => [d.code, d.message]), [['weak-secret', 'API_TOKEN is a weak secret: it uses only 1 different characters. Generate a strong one.']]);
  assert.match(JSON.stringify(service.doHover(document, { line: 0, character: 2 })?.contents), /API_TOKEN loads a 120000-character value/);
  assert.deepEqual(service.findDocumentSymbols(document).map((s) => [s.name, s.detail]), [['API_TOKEN', 'a 120000-character value'], ['NEXT', '`1`']]);
});

test('codes switched off do not count toward the 1,000: the problems that are shown are never crowded out', () => {
  const { settings } = readSettings({ rules: { 'spaces-around-equals': 'off' } });
  const text = lines(1500, (i) => `K${i} = v`) + 'OPEN="never closed\nK1=again\n';
  const problems = problemsOf(text, ENV_URI, schemaService({}, settings));
  assert.deepEqual(problems.map((p) => [p.code, p.at]), [
    ['duplicate-key', '2:1-2:3'],
    ['unclosed-quote', '1501:6-1501:19'],
    ['unquoted-whitespace', '1501:6-1501:19'],
  ]);
});
