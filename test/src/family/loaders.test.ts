import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/out/service';
import { hoverAt, schemaService } from '../support/service';

/** The environment lines of the hover's "Per environment" section, and its first line. */
function perEnvironment(files: Record<string, string>, uri: string, textWithCursor: string, loader = DEFAULT_SETTINGS.loader) {
  const hover = hoverAt(schemaService(files, { ...DEFAULT_SETTINGS, loader }), textWithCursor, uri) ?? '';
  const at = hover.indexOf('**Per environment**');
  if (at < 0) return undefined;
  const [head, lines, ...notes] = hover.slice(at).split('\n\n');
  return { head: head!, lines: lines!.split('\n'), notes };
}

test('Vite: .env, .env.local, .env.[mode], .env.[mode].local, a later file wins; modes from the file names', () => {
  const files = {
    '/workspace/package.json': JSON.stringify({ devDependencies: { vite: '^5.0.0' } }),
    '/workspace/.env': 'VITE_API=base\n',
    '/workspace/.env.local': 'VITE_API=local\n',
    '/workspace/.env.staging': 'VITE_API=staging\n',
    '/workspace/.env.production.local': 'VITE_API=prod-local\n',
    '/workspace/.env.sample': 'VITE_API=\n',
  };
  const got = perEnvironment(files, 'file:///workspace/.env', '|VITE_API=base\n');
  assert.match(got!.head, /as Vite loads these files \(the dependency vite\): a later file overrides an earlier one\./);
  assert.deepEqual(got!.lines, [
    '- `development`: `.env.local` gives `local`, over `.env` (`base`)',
    '- `production`: `.env.production.local` gives `prod-local`, over `.env` (`base`), `.env.local` (`local`)',
    '- `staging`: `.env.staging` gives `staging`, over `.env` (`base`), `.env.local` (`local`)',
  ]);
});

test('Symfony: .env, .env.local (not in test), .env.$APP_ENV, .env.$APP_ENV.local, a later file wins; .env.local.php is said', () => {
  const files = {
    '/workspace/composer.json': JSON.stringify({ require: { 'symfony/dotenv': '^7.0' } }),
    '/workspace/.env': 'APP_NAME=base\n',
    '/workspace/.env.local': 'APP_NAME=local\n',
    '/workspace/.env.test': 'APP_NAME=test\n',
    '/workspace/.env.test.local': 'APP_NAME=test-local\n',
    '/workspace/.env.prod': 'APP_NAME=prod\n',
  };
  const got = perEnvironment(files, 'file:///workspace/.env.local', 'APP_|NAME=local\n');
  assert.match(got!.head, /as Symfony Dotenv loads these files \(the dependency symfony\/dotenv\)/);
  assert.deepEqual(got!.lines, [
    '- `dev`: `.env.local` gives `local`, over `.env` (`base`)',
    '- `prod`: `.env.prod` gives `prod`, over `.env` (`base`), `.env.local` (`local`)',
    '- `test`: `.env.test.local` gives `test-local`, over `.env` (`base`), `.env.test` (`test`) (this file does not load here)',
  ]);
  const php = perEnvironment({ ...files, '/workspace/.env.local.php': '<?php return [];' }, 'file:///workspace/.env', '|APP_NAME=base\n');
  assert.match(php!.notes.join('\n'), /`\.env\.local\.php` exists: Symfony’s `bootEnv` loads it instead/);
});

test('Symfony reads .env.dist when there is no .env', () => {
  const files = {
    '/workspace/composer.json': JSON.stringify({ require: { 'symfony/dotenv': '^7.0' } }),
    '/workspace/.env.dist': 'A=dist\n',
    '/workspace/.env.local': 'A=local\n',
  };
  const got = perEnvironment(files, 'file:///workspace/.env.local', '|A=local\n');
  assert.equal(got!.lines[0], '- `dev`: `.env.local` gives `local`, over `.env.dist` (`dist`)');
  assert.equal(got!.lines[2], '- `test`: `.env.dist` gives `dist` (this file does not load here)');
});

test('Rails (dotenv with rails): .env.$RAILS_ENV.local, .env.local except in test, .env.$RAILS_ENV, .env; the first file wins', () => {
  const files = {
    '/workspace/Gemfile': "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'dotenv', groups: [:development, :test]\n",
    '/workspace/.env': 'HOST=base\n',
    '/workspace/.env.local': 'HOST=local\n',
    '/workspace/.env.development': 'HOST=dev\n',
    '/workspace/.env.test': 'HOST=test\n',
  };
  const got = perEnvironment(files, 'file:///workspace/.env', '|HOST=base\n');
  assert.match(got!.head, /as dotenv \(Rails\) loads these files \(the gems dotenv and rails\): the first file that sets a key wins\./);
  assert.deepEqual(got!.lines, [
    '- `development`: `.env.local` gives `local`, over `.env.development` (`dev`), `.env` (`base`)',
    '- `test`: `.env.test` gives `test`, over `.env` (`base`)',
    '- `production`: `.env.local` gives `local`, over `.env` (`base`)',
  ]);
});

test('compose: each service with an env_file list naming the file is an environment; a later file wins; a bare KEY sets nothing', () => {
  const files = {
    '/workspace/compose.yaml': 'services:\n  web:\n    image: web\n    env_file:\n      - .env\n      - path: .env.local\n        required: false\n  worker:\n    env_file: .env\n  db:\n    image: postgres\n',
    '/workspace/.env': 'HOST=base\nREGION=abc\n',
    '/workspace/.env.local': 'HOST=local\nREGION\n',
  };
  const got = perEnvironment(files, 'file:///workspace/.env', '|HOST=base\nREGION=abc\n');
  assert.match(got!.head, /as docker compose loads these files \(`env_file:` in compose\.yaml\): a later file overrides an earlier one\. The shell's variables do not override `env_file:` values/);
  assert.deepEqual(got!.lines, ['- `web`: `.env.local` gives `local`, over `.env` (`base`)', '- `worker`: `.env` gives `base`']);
  const token = perEnvironment(files, 'file:///workspace/.env', 'HOST=base\n|REGION=abc\n');
  assert.equal(token!.lines[0], "- `web`: `.env` gives `abc`; `.env.local` names it without a value: compose takes the shell's value there, if it has one");
});

test('python-dotenv: the load_dotenv() calls of the module, in order; override=True makes a later file win', () => {
  const files = {
    '/workspace/app.py': "from dotenv import load_dotenv\nload_dotenv('.env.local')\nload_dotenv(BASE_DIR / '.env', override=True)\nload_dotenv(os.environ['ENV_PATH'])\n",
    '/workspace/.env': 'A=base\nB=base\nC\n',
    '/workspace/.env.local': 'A=local\nC=local\n',
  };
  const got = perEnvironment(files, 'file:///workspace/.env.local', '|A=local\nC=local\n');
  assert.match(got!.head, /as python-dotenv loads these files \(load_dotenv\(\) in app\.py\)/);
  assert.deepEqual(got!.lines, ['- `default`: `.env` gives `base`, over `.env.local` (`local`)']);
  assert.deepEqual(got!.notes, ["_`load_dotenv(os.environ['ENV_PATH'])` in app.py: EnvSense cannot tell which file it loads._"]);
  const bare = perEnvironment(files, 'file:///workspace/.env.local', 'A=local\n|C=local\n');
  assert.deepEqual(bare!.lines, ['- `default`: `.env.local` gives `local`; `.env` names it without a value, which sets nothing']);
});

test('the setting envsense.loader wins over what the project shows, and says so; several candidates are said as an assumption', () => {
  const files = {
    '/workspace/package.json': JSON.stringify({ dependencies: { next: '14.0.0', 'dotenv-flow': '4.1.0' } }),
    '/workspace/.env': 'A=base\n',
    '/workspace/.env.local': 'A=local\n',
    '/workspace/.env.test': 'A=test\n',
  };
  const detected = perEnvironment(files, 'file:///workspace/.env', '|A=base\n');
  assert.match(detected!.head, /assuming Next\.js loads these files \(the dependency next; also seen: dotenv-flow \(the dependency dotenv-flow\)\)/);
  const flow = perEnvironment(files, 'file:///workspace/.env', '|A=base\n', 'dotenv-flow');
  assert.match(flow!.head, /as dotenv-flow loads these files \(the setting envsense\.loader\): a later file overrides an earlier one/);
  assert.deepEqual(flow!.lines, [
    '- `development`: `.env.local` gives `local`, over `.env` (`base`)',
    '- `test`: `.env.test` gives `test`, over `.env` (`base`)',
    '- `production`: `.env.local` gives `local`, over `.env` (`base`)',
  ]);
});

test('no loader known: hover says so for a family of two files, and names the setting', () => {
  const files = { '/workspace/.env': 'A=base\n', '/workspace/.env.local': 'A=local\n', '/workspace/.env.example': 'A=\n' };
  const service = schemaService(files);
  const hover = hoverAt(service, '|A=base\n', 'file:///workspace/.env');
  assert.match(hover!, /\*\*Per environment\*\*: which of `\.env`, `\.env\.local` wins depends on the loader, and the project shows none EnvSense knows; set `envsense\.loader` to name it\./);
});

test('a framework in a parent folder does not decide for a sub-folder’s files (it reads its own project folder)', () => {
  const files = {
    '/workspace/package.json': JSON.stringify({ dependencies: { next: '14.0.0' } }),
    '/workspace/config/.env': 'A=base\n',
    '/workspace/config/.env.local': 'A=local\n',
  };
  const service = schemaService(files);
  assert.match(hoverAt(service, '|A=base\n', 'file:///workspace/config/.env')!, /depends on the loader, and the project shows none/);
});

test('compose: a file outside any .env family (web.env) that an env_file list names has its list as its order', () => {
  const files = {
    '/workspace/docker-compose.yml': 'services:\n  web:\n    env_file: [common.env, web.env]\n',
    '/workspace/common.env': 'A=common\n',
    '/workspace/web.env': 'A=web\n',
  };
  const got = perEnvironment(files, 'file:///workspace/web.env', '|A=web\n');
  assert.deepEqual(got!.lines, ['- `web`: `web.env` gives `web`, over `common.env` (`common`)']);
});
