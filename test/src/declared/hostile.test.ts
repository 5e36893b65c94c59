import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DECLARED_LIMITS } from '../../../server/out/service/code/declaredAsSchema';
import { codeService } from '../support/codeService';
import { completionsAt, documentOf, hoverAt, toProblem } from '../support/service';

const t3 = (entries: string) => `export const env = createEnv({ server: { ${entries} }, runtimeEnv: process.env });\n`;

test('a declared schema of 20,000 keys costs a bounded schema: the first 2,000 apply, and typing keeps them', async () => {
  const entries = Array.from({ length: 20_000 }, (_, i) => `K${i}: z.coerce.number()`).join(',\n');
  const text = 'K1=abc\nK19999=abc\n';
  const { service } = await codeService({ '/workspace/src/env.ts': t3(entries), '/workspace/.env': text });
  const problems = service.doValidation(documentOf(text)).map(toProblem);
  assert.deepEqual(
    problems.map((p) => p.code),
    ['missing-required', 'invalid-value'],
    'K1 is checked, K19999 is past the limit',
  );
  assert.equal(problems[1]!.at, '1:4-1:7');
  assert.ok(problems[0]!.message.length < 20 * DECLARED_LIMITS.variables, 'the message lists at most the limit');
  let document = TextDocument.create('file:///workspace/.env', 'dotenv', 1, text);
  service.doValidation(document);
  for (let i = 0; i < 20; i++) {
    document = TextDocument.update(document, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: `K${i + 2}=1\n` }], document.version + 1);
    service.doValidation(document);
  }
  assert.deepEqual(service.doValidation(document).map(toProblem).map((p) => p.code), ['missing-required', 'invalid-value']);
});

test('an enum of 10,000 values is not checked (a cut list would call good values wrong); one within the limit is', async () => {
  const many = Array.from({ length: 10_000 }, (_, i) => `"v${i}"`).join(', ');
  const some = Array.from({ length: 1_000 }, (_, i) => `"v${i}"`).join(', ');
  const { service } = await codeService({ '/workspace/src/env.ts': t3(`MANY: z.enum([${many}]), SOME: z.enum([${some}])`), '/workspace/.env': '' });
  const text = 'MANY=v9999\nSOME=v999\nSOME=nope\n';
  assert.deepEqual(
    service.doValidation(documentOf(text)).map(toProblem).filter((p) => p.code === 'invalid-value').map((p) => p.at),
    ['3:6-3:10'],
  );
  const hover = hoverAt(service, 'MA|NY=v1\n');
  assert.ok(hover && hover.length < 2_000, 'hover lists no 10,000 values');
  assert.match(hover, /Type: string/);
});

test('keys named __proto__ and constructor are keys like any other', async () => {
  const code = t3(`__proto__: z.string().url(), constructor: z.coerce.number(), hasOwnProperty: z.enum(["a"]).optional()`);
  const { service } = await codeService({ '/workspace/src/env.ts': code, '/workspace/.env': '' });
  const text = '__proto__=not-a-url\nhasOwnProperty=b\ntoString=1\n';
  assert.deepEqual(
    service.doValidation(documentOf(text)).map(toProblem).map((p) => `${p.code}: ${p.message}`),
    [
      'missing-required: Required and not set: constructor (src/env.ts (t3-env)).',
      'invalid-value: __proto__ expects a URL (src/env.ts (t3-env)), found `not-a-url`.',
      'invalid-value: hasOwnProperty expects one of a (src/env.ts (t3-env)), found `b`.',
    ],
  );
  assert.match(hoverAt(service, '__pro|to__=x\n') ?? '', /Type: url/);
  assert.ok(completionsAt(service, 'con|').some((item) => item.label === 'constructor'));
});

test('a code file outside the workspace declares nothing for it, nor for env files beside it', async () => {
  const { service, index } = await codeService({ '/workspace/.env': '' });
  index.update('/elsewhere/env.ts', t3('PORT: z.coerce.number()'));
  index.update('/workspace/../elsewhere2/env.ts', t3('PORT: z.coerce.number()'));
  service.setCodeIndex(index);
  assert.equal(index.declaredSchemas().length, 2, 'the index holds them (given as editor text)');
  assert.deepEqual(service.doValidation(documentOf('PORT=abc\n')).map(toProblem), []);
  assert.deepEqual(service.doValidation(documentOf('PORT=abc\n', 'file:///elsewhere/.env')).map(toProblem), []);
});

test('names no env file could hold, and a long description, stay out', async () => {
  const code = `export const env = cleanEnv(process.env, { 'MY KEY': str(), 'A=B': str(), OK: str({ desc: '${'d'.repeat(5_000)}' }) });\n`;
  const { service } = await codeService({ '/workspace/src/env.js': code, '/workspace/.env': 'OK=1\n' });
  const labels = completionsAt(service, '|').map((item) => item.label);
  assert.ok(!labels.includes('MY KEY') && !labels.includes('A=B'));
  const hover = hoverAt(service, 'O|K=1\n') ?? '';
  assert.ok(hover.includes('d'.repeat(DECLARED_LIMITS.description)) && !hover.includes('d'.repeat(DECLARED_LIMITS.description + 1)));
});
