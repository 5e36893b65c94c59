import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeService } from '../support/codeService';
import { documentOf, hoverAt, toProblem, type Problem } from '../support/service';

const SETTINGS = `from pydantic import PostgresDsn
from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    debug: bool = False
    database_url: PostgresDsn
    workers: int = 4
`;

const ENV = 'file:///workspace/.env';

async function problems(files: Record<string, string>, text: string, uri = ENV): Promise<Problem[]> {
  const { service } = await codeService({ ...files, [uri.slice('file://'.length)]: text });
  return service.doValidation(documentOf(text, uri)).map(toProblem);
}

test('a pydantic-settings class drives type checks in .env: DEBUG=maybe is not a boolean pydantic reads', async () => {
  const found = await problems({ '/workspace/app/config.py': SETTINGS }, 'DEBUG=maybe\nDATABASE_URL=postgres://db/app\nWORKERS=four\n');
  assert.deepEqual(
    found.map(({ code, at, message }) => ({ code, at, message })),
    [
      { code: 'invalid-value', at: '1:7-1:12', message: 'DEBUG expects a boolean (`true` or `false`) (app/config.py Settings (pydantic-settings)), found `maybe`.' },
      { code: 'invalid-value', at: '3:9-3:13', message: 'WORKERS expects an integer (app/config.py Settings (pydantic-settings)), found `four`.' },
    ],
  );
});

test('pydantic reads booleans in any case and a name in any case: True, off, debug=yes are fine, debug=maybe is not', async () => {
  for (const value of ['True', 'FALSE', 'off', 'Yes', '1', 'f']) {
    assert.deepEqual(await problems({ '/workspace/app/config.py': SETTINGS }, `DEBUG=${value}\nDATABASE_URL=postgres://db/app\n`), [], value);
  }
  const lower = await problems({ '/workspace/app/config.py': SETTINGS }, 'debug=maybe\ndatabase_url=postgres://db/app\n');
  assert.deepEqual(
    lower.map(({ code, message }) => ({ code, message })),
    [{ code: 'invalid-value', message: 'debug expects a boolean (`true` or `false`) (app/config.py Settings (pydantic-settings)), found `maybe`.' }],
    'database_url is DATABASE_URL: set, so not missing',
  );
});

test('a required pydantic field unset in .env is a warning; hover on a lower-case key shows the field', async () => {
  const found = await problems({ '/workspace/app/config.py': SETTINGS }, 'DEBUG=true\n');
  assert.deepEqual(
    found.map(({ code, message, severity }) => ({ code, message, severity })),
    [{ code: 'missing-required', message: 'Required and not set: DATABASE_URL (app/config.py Settings (pydantic-settings)).', severity: 2 }],
  );
  const { service } = await codeService({ '/workspace/app/config.py': SETTINGS, '/workspace/.env': 'workers=2\n' });
  const hover = hoverAt(service, 'work|ers=2\n');
  assert.ok(hover);
  assert.match(hover, /\*\*WORKERS\*\* — app\/config\.py Settings \(pydantic-settings\)/);
  assert.match(hover, /which reads the name in any case/);
  assert.match(hover, /Type: integer · Default: `4`/);
});

test('django-environ Env(DEBUG=(bool, False)) in settings.py: its booleans are checked, its default shown', async () => {
  const settings = `import environ\nenv = environ.Env(\n    DEBUG=(bool, False),\n    ALLOWED_HOSTS=(list, []),\n    CONN_MAX_AGE=(int, 60),\n)\nenviron.Env.read_env()\n`;
  const files = { '/workspace/mysite/settings.py': settings, '/workspace/manage.py': '' };
  assert.deepEqual(await problems(files, 'DEBUG=True\nCONN_MAX_AGE=0\n'), []);
  assert.deepEqual(await problems(files, 'DEBUG=on\n'), []);
  const found = await problems(files, 'DEBUG=maybe\nCONN_MAX_AGE=1m\n');
  assert.deepEqual(
    found.map(({ code, message }) => ({ code, message })),
    [
      { code: 'invalid-value', message: 'DEBUG expects a boolean (`True` or `False`) (mysite/settings.py (django-environ)), found `maybe`.' },
      { code: 'invalid-value', message: 'CONN_MAX_AGE expects an integer (mysite/settings.py (django-environ)), found `1m`.' },
    ],
  );
  const { service } = await codeService({ ...files, '/workspace/.env': 'DEBUG=True\n' });
  const hover = hoverAt(service, 'DE|BUG=True\n');
  assert.ok(hover);
  assert.match(hover, /\*\*DEBUG\*\* — mysite\/settings\.py \(django-environ\)/);
  assert.match(hover, /Default: `False`/);
});

test('django-environ names are case-sensitive: debug=maybe is not its DEBUG', async () => {
  const files = { '/workspace/mysite/settings.py': 'import environ\nenv = environ.Env(DEBUG=(bool, False))\n' };
  assert.deepEqual(await problems(files, 'debug=maybe\n'), []);
});

test('typing a lower-case spelling of a required field in .env settles it at once', async () => {
  const { service } = await codeService({ '/workspace/app/config.py': SETTINGS, '/workspace/.env': 'DEBUG=true\n' });
  const codes = (text: string, version: number) => service.doValidation(TextDocument.create(ENV, 'dotenv', version, text)).map(toProblem).map((p) => p.code);
  assert.deepEqual(codes('DEBUG=true\n', 1), ['missing-required']);
  assert.deepEqual(codes('DEBUG=true\ndatabase_url=postgres://db/app\n', 2), []);
  assert.deepEqual(codes('DEBUG=true\n', 3), ['missing-required'], 'and removing it asks again');
});
