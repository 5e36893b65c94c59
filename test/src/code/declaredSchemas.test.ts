import * as assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../../server/out/node/codeParsers';
import { findDeclaredSchemas } from '../../../server/out/service/code/declaredSchemas';
import type { CodeLanguage, CodeParser } from '../../../server/out/service/code/syntaxNode';

let parse: CodeParser;
before(async () => {
  parse = await loadCodeParsers();
});

/** Each schema as `library: NAME type[ values][ = default][ required][ secret]`, checking each name's span. */
function declared(text: string, language: CodeLanguage): string[] {
  const root = parse(text, language);
  assert.ok(root);
  return findDeclaredSchemas(root, language).flatMap((schema) =>
    schema.variables.map(({ name, start, end, spec }) => {
      // The span is the declared name (the field's name for a pydantic alias): what go to definition shows.
      assert.match(text.slice(start, end), /^\w+$/, `the span of ${name}`);
      assert.ok(name.toUpperCase().endsWith(text.slice(start, end).toUpperCase()) || name === 'SERVICE_KEY', `the span of ${name}: ${text.slice(start, end)}`);
      const values = spec.values ? ` ${spec.values.map((v) => v.value).join('|')}` : '';
      return `${schema.library}: ${name} ${spec.type ?? '?'}${values}${spec.default === undefined ? '' : ` = ${spec.default}`}${spec.required ? ' required' : ''}${spec.secret ? ' secret' : ''}`;
    }),
  );
}

test('t3-env createEnv: server, client and shared groups, zod chains read for type, choices, default and required', () => {
  const source = `
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    PORT: z.coerce.number().int().default(3000),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    SECRET: z.string().min(32),
    COMPUTED: z.string().default(randomDefault()),
    CUSTOM: myValidator(),
  },
  client: { NEXT_PUBLIC_API: z.string().url().optional() },
  runtimeEnv: process.env,
});`;
  assert.deepEqual(declared(source, 'typescript'), [
    't3-env: DATABASE_URL url required',
    't3-env: PORT integer = 3000',
    't3-env: NODE_ENV enum development|test|production = development',
    't3-env: SECRET string required',
    't3-env: COMPUTED string',
    't3-env: NEXT_PUBLIC_API url',
  ]);
});

test('zod z.object(...).parse(process.env), in place or through a name; envalid cleanEnv', () => {
  const zod = `const schema = z.object({ API_KEY: z.string(), DEBUG: z.stringbool().default(false) });\nexport const env = schema.parse(process.env);`;
  assert.deepEqual(declared(zod, 'javascript'), ['zod: API_KEY string required', 'zod: DEBUG boolean = false']);
  assert.deepEqual(declared(`z.object({ A: z.string() }).parse(other);`, 'javascript'), []);
  const envalid = `const env = cleanEnv(process.env, {
  API_KEY: str({ desc: 'The API key', example: 'abc' }),
  PORT: port({ default: 3000 }),
  NODE_ENV: str({ choices: ['development', 'production'] }),
  SENTRY_DSN: url({ devDefault: '' }),
});`;
  assert.deepEqual(declared(envalid, 'javascript'), [
    'envalid: API_KEY string required',
    'envalid: PORT port = 3000',
    'envalid: NODE_ENV enum development|production required',
    'envalid: SENTRY_DSN url',
  ]);
});

test('pydantic-settings fields: env_prefix, alias, Optional, Literal, SecretStr, defaults; django-environ Env(...)', () => {
  const pydantic = `
from pydantic_settings import BaseSettings, SettingsConfigDict
class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix='APP_')
    database_url: PostgresDsn
    debug: bool = False
    port: int = 8000
    api_key: SecretStr = Field(alias='SERVICE_KEY')
    mode: Literal['a', 'b'] = 'a'
    timeout: Optional[int] = None
    _private: str = 'x'
class NotSettings(BaseModel):
    other: str
`;
  assert.deepEqual(declared(pydantic, 'python'), [
    'pydantic-settings: APP_DATABASE_URL url required',
    'pydantic-settings: APP_DEBUG boolean = false',
    'pydantic-settings: APP_PORT integer = 8000',
    'pydantic-settings: SERVICE_KEY string required secret',
    'pydantic-settings: APP_MODE enum a|b = a',
    'pydantic-settings: APP_TIMEOUT integer',
  ]);
  const environ = `import environ\nenv = environ.Env(DEBUG=(bool, False), ALLOWED_HOSTS=(list, []), SECRET_KEY=(str,), WEIRD=(object, 1))`;
  assert.deepEqual(declared(environ, 'python'), ['django-environ: DEBUG boolean = False', 'django-environ: ALLOWED_HOSTS list', 'django-environ: SECRET_KEY string required']);
});

test('hostile declarations: a schema of 20,000 keys, a 5,000-link chain, garbage', () => {
  const keys = Array.from({ length: 20_000 }, (_, i) => `K${i}: z.string()`).join(', ');
  assert.equal(declared(`createEnv({ server: { ${keys} } })`, 'typescript').length, 20_000);
  assert.deepEqual(declared(`createEnv({ server: { LONG: z.string()${'.trim()'.repeat(5_000)} } })`, 'typescript'), ['t3-env: LONG string required']);
  assert.deepEqual(declared('createEnv({ server: { ]] }', 'typescript'), []);
  assert.deepEqual(declared('class S(BaseSettings):\n    x: = \n', 'python'), []);
});
