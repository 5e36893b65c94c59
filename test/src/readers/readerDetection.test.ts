import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentOf, ENV_URI, hoverAt, problemsOf, schemaService } from '../support/service';

/** Which reader the project shows, from its manifests and compose files, and what that changes. */
const readersOf = (files: Record<string, string>, uri = ENV_URI) => schemaService(files).getDocumentSchemas(documentOf('A=1\n', uri)).readers?.map((r) => [r.id, r.because]);

test('each project fact names its reader, with why', () => {
  assert.deepEqual(readersOf({ '/workspace/package.json': '{"devDependencies":{"vite":"^5"},"dependencies":{"dotenv":"^16"}}' }), [['dotenv-expand', 'the dependency vite']]);
  assert.deepEqual(readersOf({ '/workspace/package.json': '{"dependencies":{"dotenv":"^16"}}' }), [['dotenv', 'the dependency dotenv']]);
  assert.deepEqual(readersOf({ '/workspace/composer.json': '{"require":{"laravel/framework":"^11"}}' }), [['phpdotenv', 'the dependency laravel/framework']]);
  assert.deepEqual(readersOf({ '/workspace/Gemfile': "gem 'dotenv-rails'\n" }), [['ruby-dotenv', 'the dependency gem:dotenv-rails']]);
  assert.deepEqual(readersOf({ '/workspace/go.mod': 'module x\nrequire github.com/joho/godotenv v1.5.1\n' }), [['godotenv', 'the dependency github.com/joho/godotenv']]);
  assert.deepEqual(readersOf({}), [['dotenv', 'the default']]);
});

test('compose: a file named in env_file is compose\'s first; the .env beside a compose file is its project .env', () => {
  const compose = 'services:\n  web:\n    env_file:\n      - ./docker/web.env\n';
  assert.deepEqual(readersOf({ '/workspace/docker-compose.yml': compose, '/workspace/requirements.txt': 'flask\n' }, 'file:///workspace/docker/web.env'), [
    ['compose', '`env_file:` in docker-compose.yml'],
    ['python-dotenv', 'the dependency flask'],
  ]);
  assert.deepEqual(readersOf({ '/workspace/compose.yaml': 'services: {}\n', '/workspace/requirements.txt': 'flask\n' }), [
    ['python-dotenv', 'the dependency flask'],
    ['compose', 'the project .env of compose.yaml'],
  ]);
});

test('a Flask app whose compose file names .env: keys that the two load alike say nothing, a differing one is said once with both values', () => {
  const service = schemaService({ '/workspace/docker-compose.yml': 'services:\n  web:\n    env_file: .env\n', '/workspace/requirements.txt': 'flask\n' });
  const text = 'A=plain\nB=a#b\nC=$A\nSECRET_KEY=$A-x9\n';
  assert.deepEqual(problemsOf(text, ENV_URI, service).map((p) => [p.code, p.at, p.message]), [
    ['readers-disagree', '3:1-3:2', 'The readers of this file load C differently: docker compose (`env_file:` in docker-compose.yml) loads `plain`; python-dotenv (the dependency flask) loads `$A`.'],
    ['readers-disagree', '4:1-4:11', 'The readers of this file load SECRET_KEY differently: docker compose (`env_file:` in docker-compose.yml) loads an 8-character value; python-dotenv (the dependency flask) loads a 5-character value.'],
  ]);
});

test('a reader that refuses the file says where, never quoting the line, and loads nothing', () => {
  const go = schemaService({ '/workspace/go.mod': 'module x\nrequire github.com/joho/godotenv v1.5.1\n' });
  const text = 'A=1\nAPI-TOKEN=s3cr3t-value\n';
  const problems = problemsOf(text, ENV_URI, go);
  assert.deepEqual(problems.map((p) => [p.code, p.at, p.severity, p.message]), [
    ['reader-refuses', '2:4-2:23', 1, 'godotenv (the dependency github.com/joho/godotenv) stops here on a key it cannot read, and then loads nothing from this file.'],
  ]);
  assert.equal(hoverAt(go, 'A|=1\nAPI-TOKEN=s3cr3t-value\n'), 'A loads nothing (it refuses the file at line 2: a key it cannot read), as godotenv (the dependency github.com/joho/godotenv) reads it.');
  const php = schemaService({ '/workspace/composer.json': '{"require":{"vlucas/phpdotenv":"^5"}}' });
  assert.deepEqual(problemsOf('APP_NAME=My App\n', ENV_URI, php).map((p) => [p.code, p.at]), [['unquoted-whitespace', '1:10-1:16'], ['reader-refuses', '1:13-1:16']]);
});

test('under dotenv-expand `$VAR` is replaced: no reference-not-expanded hint, and an undefined one is still found', () => {
  const vite = schemaService({ '/workspace/package.json': '{"devDependencies":{"vite":"^5"}}' });
  assert.deepEqual(problemsOf('HOST=db\nURL=http://$HOST/${PORT:-80}\n', ENV_URI, vite).map((p) => p.code), []);
  assert.deepEqual(problemsOf('URL=http://$NOPE/\n', ENV_URI, vite).map((p) => p.code), ['undefined-reference']);
  assert.deepEqual(problemsOf('HOST=db\nURL=http://$HOST/\n', ENV_URI).map((p) => p.code), ['reference-not-expanded']);
});

test('a Python module beside the file that calls load_dotenv() makes python-dotenv its reader', () => {
  assert.deepEqual(readersOf({ '/workspace/app.py': 'from dotenv import load_dotenv\nload_dotenv()\n' }), [['python-dotenv', 'load_dotenv() in app.py']]);
  assert.deepEqual(readersOf({ '/workspace/app.py': 'import os\n# load_dotenv is not called here\n' }), [['dotenv', 'the default']]);
});

test('a value that expands a secret is masked wherever a reader\'s value is shown: hover and readers-disagree', () => {
  const text = '# envsense: reader=dotenv, python-dotenv\nDB_PASSWORD=Hx7q-Lm29-Zr81-Pw44\nFOO=${DB_PASSWORD}\n';
  const shown = problemsOf(text, ENV_URI).map((p) => p.message).join('\n') + hoverAt(schemaService(), text.replace('FOO', 'F|OO'));
  assert.doesNotMatch(shown, /Hx7q|Pw44/);
  assert.match(shown, /a 19-character value/);
});

test('godotenv: lines that each double the last stop at a budget, said as a refusal, instead of exhausting memory', { timeout: 20_000 }, () => {
  const go = schemaService({ '/workspace/go.mod': 'module x\nrequire github.com/joho/godotenv v1.5.1\n' });
  let text = 'A0=xxxxxxxxxx\n';
  for (let i = 0; i < 40; i++) text += `A${i + 1}=\${A${i}}\${A${i}}\n`;
  const refusal = problemsOf(text, ENV_URI, go).find((p) => p.code === 'reader-refuses');
  assert.match(refusal?.message ?? '', /values that grow without end/);
});

test('phpdotenv silently drops everything after a " that is never closed: said where it starts', () => {
  const laravel = schemaService({ '/workspace/composer.json': '{"require":{"laravel/framework":"^11"}}' });
  const text = 'APP_ENV=local\nAPP_NAME="My App\nAPP_KEY=base64:x\nDB_HOST=db\n';
  const problems = problemsOf(text, ENV_URI, laravel).filter((p) => p.code === 'reader-refuses');
  assert.deepEqual(problems.map((p) => [p.at, p.severity]), [['2:1-2:17', 1]]);
  assert.match(problems[0]!.message, /never closed, and silently loads nothing from here to the end of the file/);
  // The keys before it load as usual.
  assert.match(hoverAt(laravel, text.replace('APP_ENV', 'APP_E|NV'))!, /APP_ENV loads `local`, as phpdotenv \(the dependency laravel\/framework\) reads it\.$/);
});
