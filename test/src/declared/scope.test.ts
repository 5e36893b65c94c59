import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeService } from '../support/codeService';
import { documentOf, toProblem } from '../support/service';

const WEB_ENV = `export const env = createEnv({ server: { PORT: z.coerce.number(), WEB_SECRET_NAME: z.string() }, runtimeEnv: process.env });\n`;
const API_ENV = `export const env = cleanEnv(process.env, { API_PORT: port(), API_MODE: str({ choices: ['a', 'b'] }) });\n`;

/** The applied schemas' ids of each file, as the status bar lists them. */
async function appliedIds(files: Record<string, string>, paths: readonly string[]): Promise<Record<string, string[]>> {
  const { service } = await codeService(files);
  return Object.fromEntries(paths.map((path) => [path, service.getDocumentSchemas(documentOf(files[path] ?? '', `file://${path}`)).applied.map((a) => a.id).filter((id) => id.startsWith('code:'))]));
}

test('monorepo: each app is described by its own code, the root and the other app are not', async () => {
  const files = {
    '/workspace/apps/web/src/env.ts': WEB_ENV,
    '/workspace/apps/web/.env': 'PORT=3000\n',
    '/workspace/apps/web/.env.local': 'PORT=3001\n',
    '/workspace/apps/api/src/env.js': API_ENV,
    '/workspace/apps/api/.env': 'API_PORT=4000\n',
    '/workspace/.env': 'TURBO_TOKEN=x\n',
  };
  assert.deepEqual(await appliedIds(files, ['/workspace/apps/web/.env', '/workspace/apps/web/.env.local', '/workspace/apps/api/.env', '/workspace/.env']), {
    '/workspace/apps/web/.env': ['code:apps/web/src/env.ts'],
    '/workspace/apps/web/.env.local': ['code:apps/web/src/env.ts'],
    '/workspace/apps/api/.env': ['code:apps/api/src/env.js'],
    '/workspace/.env': [],
  });
  const { service } = await codeService(files);
  const api = 'API_PORT=70000\nAPI_MODE=c\nPORT=abc\n';
  assert.deepEqual(
    service.doValidation(documentOf(api, 'file:///workspace/apps/api/.env')).map(toProblem).map((p) => p.message),
    [
      'API_PORT expects a port number from 0 to 65535 (apps/api/src/env.js (envalid)), found `70000`.',
      'API_MODE expects one of a, b (apps/api/src/env.js (envalid)), found `c`.',
    ],
    "web's PORT is not checked in apps/api",
  );
});

test('without env files of its own, an app is described up to the nearest folder that has them: the root', async () => {
  const files = { '/workspace/apps/web/src/env.ts': WEB_ENV, '/workspace/.env': 'PORT=3000\n' };
  assert.deepEqual(await appliedIds(files, ['/workspace/.env']), { '/workspace/.env': ['code:apps/web/src/env.ts'] });
});

test('an env file in a folder below the code, or beside it in another folder, is not described', async () => {
  const files = { '/workspace/src/env.ts': WEB_ENV, '/workspace/.env': '', '/workspace/docker/.env': 'PORT=x\n', '/workspace/other/.env': 'PORT=x\n' };
  assert.deepEqual(await appliedIds(files, ['/workspace/.env', '/workspace/docker/.env', '/workspace/other/.env']), {
    '/workspace/.env': ['code:src/env.ts'],
    '/workspace/docker/.env': [],
    '/workspace/other/.env': [],
  });
});

test('a file declaring two schemas gives two ids; a Python secrets file is never described', async () => {
  const two = `class Settings(BaseSettings):\n    debug: bool = False\n\nclass Other(BaseSettings):\n    port: int = 1\n`;
  const files = { '/workspace/config.py': two, '/workspace/.env': '', '/workspace/secrets.py': 'DEBUG = True\n' };
  assert.deepEqual(await appliedIds(files, ['/workspace/.env', '/workspace/secrets.py']), {
    '/workspace/.env': ['code:config.py#Settings', 'code:config.py#Other'],
    '/workspace/secrets.py': [],
  });
});

test('a schema the user names still speaks first; the code outranks a framework schema', async () => {
  const code = `export const env = createEnv({ server: { NODE_ENV: z.enum(["dev", "prod"]) }, runtimeEnv: process.env });\n`;
  const files = { '/workspace/src/env.ts': code, '/workspace/package.json': '{"dependencies":{"next":"14.0.0"}}' };
  const { service } = await codeService(files);
  const messages = (text: string) => service.doValidation(documentOf(text)).map(toProblem).filter((p) => p.code === 'invalid-value').map((p) => p.message);
  assert.deepEqual(messages('NODE_ENV=production\n'), ['NODE_ENV expects one of dev, prod (src/env.ts (t3-env)), found `production`.']);
  assert.deepEqual(messages('# envsense: schema=node\nNODE_ENV=production\n'), [], "the user's schema (Node.js: any string) decides");
});

test('the code index not built yet (or the CLI): nothing is declared, nothing changes', async () => {
  const { service } = await codeService({ '/workspace/src/env.ts': WEB_ENV, '/workspace/.env': 'PORT=abc\n' });
  service.setCodeIndex(undefined);
  assert.deepEqual(service.getDocumentSchemas(documentOf('PORT=abc\n')).applied.map((a) => a.id).filter((id) => id.startsWith('code:')), []);
  assert.deepEqual(service.doValidation(documentOf('PORT=abc\n')).map(toProblem).filter((p) => p.code === 'invalid-value'), []);
});
