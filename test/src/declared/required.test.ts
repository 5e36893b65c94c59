import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { requiredHere, type FamilyFacts } from '../../../server/out/service/schema/declaredRequirement';
import { codeService } from '../support/codeService';
import { documentOf, hoverAt, toProblem } from '../support/service';

const CODE = `export const env = createEnv({ server: { DATABASE_URL: z.string().url(), AUTH_SECRET: z.string(), PORT: z.coerce.number().default(3000) }, runtimeEnv: process.env });\n`;

/** `missing-required` of each file, as message and severity. */
async function missing(files: Record<string, string>, paths: readonly string[]): Promise<Record<string, string[]>> {
  const { service } = await codeService({ '/workspace/src/env.ts': CODE, ...files });
  return Object.fromEntries(
    paths.map((path) => [
      path,
      service
        .doValidation(documentOf(files[path] ?? '', `file://${path}`))
        .map(toProblem)
        .filter((p) => p.code === 'missing-required')
        .map((p) => `${p.severity}: ${p.message}`),
    ]),
  );
}

test('a key the code requires is asked of .env only when no file of the family sets it', async () => {
  const files = { '/workspace/.env': 'PORT=3000\n', '/workspace/.env.local': 'DATABASE_URL=postgres://localhost/app\n' };
  assert.deepEqual(await missing(files, ['/workspace/.env', '/workspace/.env.local']), {
    '/workspace/.env': ['2: Required and not set: AUTH_SECRET (src/env.ts (t3-env)).'],
    // .env.local builds on .env, which reports the family's unset keys.
    '/workspace/.env.local': [],
  });
});

test('production and template files are not asked: .env reports for the family, a template lists keys for others', async () => {
  const files = { '/workspace/.env': '', '/workspace/.env.production': 'PORT=80\n', '/workspace/.env.example': 'PORT=\n' };
  assert.deepEqual(await missing(files, ['/workspace/.env', '/workspace/.env.production', '/workspace/.env.example']), {
    '/workspace/.env': ['2: Required and not set: DATABASE_URL, AUTH_SECRET (src/env.ts (t3-env)).'],
    '/workspace/.env.production': [],
    '/workspace/.env.example': [],
  });
});

test('without .env, each member reports what no other sets, at its role\'s severity (.env.local: information)', async () => {
  const files = { '/workspace/.env.local': 'AUTH_SECRET=x\n', '/workspace/.env.example': '' };
  assert.deepEqual(await missing(files, ['/workspace/.env.local']), {
    '/workspace/.env.local': ['3: Required and not set: DATABASE_URL (src/env.ts (t3-env)).'],
  });
});

test('hover still says what the code declares: Required, in a file that is not asked for it', async () => {
  const { service } = await codeService({ '/workspace/src/env.ts': CODE, '/workspace/.env': '', '/workspace/.env.production': 'AUTH_SECRET=x\n' });
  const hover = hoverAt(service, 'AUTH|_SECRET=x\n', 'file:///workspace/.env.production');
  assert.ok(hover);
  assert.match(hover, /Type: string · Required\n/);
});

test('requiredHere: a required key is asked only of the reporting file, when no other file sets it in any spelling the library reads', () => {
  const schema = {
    id: 'code:config.py',
    name: 'config.py Settings (pydantic-settings)',
    namesIgnoreCase: true,
    variables: { DATABASE_URL: { required: true }, DEBUG: { required: false }, API_KEY: { required: true } },
  };
  const asked = (facts: Partial<FamilyFacts>) =>
    Object.entries(requiredHere(schema, { reportsUnset: true, otherKeys: () => new Set(), otherSpellings: () => new Set(), ...facts }).variables)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name);
  assert.deepEqual(asked({}), ['DATABASE_URL', 'API_KEY']);
  assert.deepEqual(asked({ reportsUnset: false }), []);
  assert.deepEqual(asked({ otherKeys: () => undefined }), [], 'the other files could not be read: nothing is asked');
  assert.deepEqual(asked({ otherKeys: () => new Set(['database_url']) }), ['API_KEY']);
  assert.deepEqual(asked({ otherSpellings: () => new Set(['api_key']) }), ['DATABASE_URL']);
  assert.equal(requiredHere(schema, { reportsUnset: true, otherKeys: () => new Set(), otherSpellings: () => new Set() }), schema, 'all asked: the schema itself');
  const exact = { ...schema, namesIgnoreCase: false };
  assert.deepEqual(
    Object.entries(requiredHere(exact, { reportsUnset: true, otherKeys: () => new Set(['database_url']), otherSpellings: () => new Set() }).variables).filter(([, s]) => s.required).map(([n]) => n),
    ['DATABASE_URL', 'API_KEY'],
    'a schema that reads names as written is not satisfied by another spelling',
  );
});
