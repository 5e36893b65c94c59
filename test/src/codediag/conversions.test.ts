import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { conversionProblem } from '../../../server/out/service/code/conversions';
import type { Conversion, ReadForm } from '../../../server/out/service/code/readSites';

/** The values of `values` the conversion reports, in order. */
const reported = (form: ReadForm, conversion: Conversion, values: string[]) => values.filter((value) => conversionProblem(form, conversion, value) !== undefined);

test("Python's int() and float() grammar: what converts is never reported", () => {
  assert.deepEqual(reported('os.environ', 'int', ['42', ' -7 ', '+1_000', '007', '', 'True', '3.0', '1__0', '0x1F', '12px', '٣']), ['', 'True', '3.0', '1__0', '0x1F', '12px']);
  assert.deepEqual(reported('os.getenv', 'float', ['1.5', '.5', '5.', '1e3', '1_0.2_5', 'inf', '-Infinity', 'NaN', '', 'abc', '1..2', '1e', '0x1']), ['', 'abc', '1..2', '1e', '0x1']);
});

test("bool(): only words meant as false are reported (Python's bool() of any non-empty string is True)", () => {
  assert.deepEqual(reported('os.environ.get', 'bool', ['False', 'false', '0', 'no', 'off', 'True', 'yes', '', 'maybe']), ['False', 'false', '0', 'no', 'off']);
});

test("django-environ: env.bool() reads unknown words as False, numbers by their value; env.int() is int(); a `$` value names another variable", () => {
  assert.deepEqual(reported('django-environ', 'bool', ['true', 'On', 'ok', 'y', 'YES', '1', '2', '0', 'false', 'off', '', 'enabled', 'si']), ['enabled', 'si']);
  assert.deepEqual(reported('django-environ', 'int', ['8', 'eight', '$OTHER']), ['eight']);
  assert.deepEqual(reported('django-environ', 'float', ['1,5', 'x']), []);
  assert.deepEqual(reported('django-environ', 'url', ['not a url']), []);
});

test("JavaScript: NaN from both Number() and parseInt(), parseFloat()'s NaN, JSON.parse and new URL throwing", () => {
  assert.deepEqual(reported('process.env', 'int', ['3000', '', ' ', '12px', '0x1F', 'abc', 'px12']), ['abc', 'px12']);
  assert.deepEqual(reported('import.meta.env', 'float', ['1.5', '.5x', 'x.5', '']), ['x.5', '']);
  assert.deepEqual(reported('Bun.env', 'json', ['{"a":1}', '[1,2]', '"s"', 'null', '{a:1}', '', "{'a':1}"]), ['{a:1}', '', "{'a':1}"]);
  assert.deepEqual(reported('process.env', 'url', ['https://example.com', 'postgres://u@h/db', 'example.com', '/relative', '']), ['example.com', '/relative', '']);
  assert.deepEqual(reported('process.env', 'bool', ['false', 'True']), []);
});

test("Python's json also takes NaN and Infinity; a JSON text too long to parse on a keystroke is not judged", () => {
  assert.deepEqual(reported('os.environ', 'json', ['{"a": NaN}', '[Infinity]', '{bad']), ['{bad']);
  assert.deepEqual(reported('process.env', 'json', [`{${'x'.repeat(70_000)}`]), []);
});
