import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeService } from '../support/codeService';
import { completionsAt, documentOf, hoverAt, toProblem } from '../support/service';

const T3_ENV = `import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    PORT: z.coerce.number().int().default(3000),
    NODE_ENV: z.enum(["development", "test", "production"]),
  },
  runtimeEnv: process.env,
});
`;

test('a t3-env schema drives type checks in .env: each wrong value is an error naming the schema', async () => {
  const text = 'DATABASE_URL=not a url\nPORT=abc\nNODE_ENV=staging\n';
  const { service } = await codeService({ '/workspace/src/env.ts': T3_ENV, '/workspace/.env': text, '/workspace/package.json': '{"dependencies":{"next":"14.0.0"}}' });
  const problems = service.doValidation(documentOf(text)).map(toProblem).filter((p) => p.code === 'invalid-value');
  assert.deepEqual(
    problems.map(({ at, message, severity }) => ({ at, message, severity })),
    [
      { at: '1:14-1:23', message: 'DATABASE_URL expects a URL (src/env.ts (t3-env)), found a 9-character value.', severity: 1 },
      { at: '2:6-2:9', message: 'PORT expects an integer (src/env.ts (t3-env)), found `abc`.', severity: 1 },
      { at: '3:10-3:17', message: 'NODE_ENV expects one of development, test, production (src/env.ts (t3-env)), found `staging`.', severity: 1 },
    ],
  );
});

test('right values give no finding; a required key the family leaves unset is a warning in .env', async () => {
  const text = 'PORT=8080\nNODE_ENV=production\n';
  const { service } = await codeService({ '/workspace/src/env.ts': T3_ENV, '/workspace/.env': text });
  const problems = service.doValidation(documentOf(text)).map(toProblem);
  assert.deepEqual(
    problems.map(({ code, message, severity }) => ({ code, message, severity })),
    [{ code: 'missing-required', message: 'Required and not set: DATABASE_URL (src/env.ts (t3-env)).', severity: 2 }],
  );
});

test('hover on a declared key shows its type and default and names the file', async () => {
  const text = 'PORT=8080\n';
  const { service } = await codeService({ '/workspace/src/env.ts': T3_ENV, '/workspace/.env': text });
  const hover = hoverAt(service, 'PO|RT=8080\n');
  assert.ok(hover);
  assert.match(hover, /\*\*PORT\*\* — src\/env\.ts \(t3-env\)/);
  assert.match(hover, /Type: integer/);
  assert.match(hover, /Default: `3000`/);
  assert.match(hover, /Declared in \[`src\/env\.ts`\]\(file:\/\/\/workspace\/src\/env\.ts\) with t3-env\./);
});

test('completion offers the declared keys, with the schema as detail', async () => {
  const { service } = await codeService({ '/workspace/src/env.ts': T3_ENV, '/workspace/.env': '' });
  const items = completionsAt(service, 'DAT|');
  const item = items.find((i) => i.label === 'DATABASE_URL');
  assert.ok(item, 'DATABASE_URL is offered');
  assert.equal(item.detail, 'src/env.ts (t3-env)');
  assert.equal(item.result, 'DATABASE_URL=');
  assert.ok(items.some((i) => i.label === 'NODE_ENV'));
});
