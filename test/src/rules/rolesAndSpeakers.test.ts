import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { rolesOf } from '../../../server/out/service/diagnostics/fileRoles';
import { problemsOf, schemaService } from '../support/service';

/** What a file is for decides how loud each rule is; for each key the most specific schema speaks. */
const roles = (path: string | undefined, header = false) => [...rolesOf(path, header)].sort();
const codes = (text: string, uri: string, service = schemaService()) => problemsOf(text, uri, service).map((p) => `${p.code} ${p.severity}`);

test('roles come from the name, the folders near it and the header', () => {
  assert.deepEqual(roles('.env'), ['loaded']);
  assert.deepEqual(roles('.env.example'), ['template']);
  assert.deepEqual(roles('.envs/.production/.django'), ['production']);
  assert.deepEqual(roles('docker/.env.production'), ['docker', 'production']);
  assert.deepEqual(roles('.env.local'), ['development']);
  // CI files often hold real deploy keys: `ci/` is no test folder.
  assert.deepEqual(roles('ci/base.env'), ['loaded']);
  assert.deepEqual(roles('{{cookiecutter.slug}}/.env'), ['rendered', 'template']);
  assert.deepEqual(roles('.env', true), ['template']);
  // Only the path inside the workspace counts: a workspace under /home/me/test/ is not a test fixture.
  assert.deepEqual(roles(undefined), ['loaded']);
});

test('a weak password: information in a development file, nothing in a test file or a template, a warning in production', () => {
  const text = 'DB_PASSWORD=secret\n';
  assert.deepEqual(codes(text, 'file:///workspace/.env.development'), ['weak-secret 3']);
  assert.deepEqual(codes(text, 'file:///workspace/.env.test'), []);
  assert.deepEqual(codes(text, 'file:///workspace/.env.example'), []);
  assert.deepEqual(codes(text, 'file:///workspace/.env.production'), ['weak-secret 2']);
  // Under docker/ but for production: production's limit, not docker's.
  assert.deepEqual(codes(text, 'file:///workspace/docker/.env.production'), ['weak-secret 2']);
});

test('a placeholder is the point of a template, information in a plain .env, a warning in production', () => {
  const text = 'SECRET_KEY=changeme\n';
  assert.deepEqual(codes(text, 'file:///workspace/.env.example'), []);
  assert.deepEqual(codes(text, 'file:///workspace/.env'), ['placeholder-value 3']);
  assert.deepEqual(codes(text, 'file:///workspace/.env.production'), ['placeholder-value 2']);
  const cookiecutter = codes('DJANGO_SECRET_KEY=!!!SET DJANGO_SECRET_KEY!!!\nKEY=__REPLACE_ME__\n', 'file:///workspace/.env.production');
  assert.deepEqual(cookiecutter.filter((c) => c.startsWith('placeholder')), ['placeholder-value 2', 'placeholder-value 2']);
});

test('the application speaks for a key over its framework, a framework over a generic service', () => {
  const service = schemaService({ '/workspace/requirements.txt': 'django==5.0\nredis\n' });
  // redis (a service) and the directive's schema know nothing in common here; Django (framework, by its dependency) decides DEBUG.
  assert.deepEqual(codes('DEBUG=maybe\n', 'file:///workspace/.env', service), ['invalid-value 2']);
  // A generic service's form rule is only information: the app may talk to another server with the same variable.
  const aws = schemaService({ '/workspace/requirements.txt': 'boto3\n' });
  assert.deepEqual(codes('AWS_ACCESS_KEY_ID=minio-dev-key\n', 'file:///workspace/.env', aws), ['invalid-value 3']);
});

test('required only from the application or a schema the user named, never from a framework or service found in the project', () => {
  const service = schemaService({ '/workspace/requirements.txt': 'django==5.0\npsycopg2\n' });
  assert.deepEqual(codes('DEBUG=False\n', 'file:///workspace/.env.production', service), []);
  assert.deepEqual(codes('# envsense: schema=django\nDEBUG=False\n', 'file:///workspace/.env.production', service).map((c) => c.split(' ')[0]), ['missing-required']);
});

test('a deprecation applies from the version that made it: Flask 1.1 still reads FLASK_ENV, Flask 2.3 does not', () => {
  const old = schemaService({ '/workspace/requirements.txt': 'Flask==1.1.1\n' });
  const current = schemaService({ '/workspace/requirements.txt': 'Flask==2.3.0\n' });
  const unpinned = schemaService({ '/workspace/requirements.txt': 'flask\n' });
  assert.deepEqual(codes('FLASK_ENV=development\n', 'file:///workspace/.flaskenv', old), []);
  assert.deepEqual(codes('FLASK_ENV=development\n', 'file:///workspace/.flaskenv', current).map((c) => c.split(' ')[0]), ['deprecated-key']);
  assert.deepEqual(codes('FLASK_ENV=development\n', 'file:///workspace/.flaskenv', unpinned).map((c) => c.split(' ')[0]), ['deprecated-key']);
});

test('a folder says production or development only by its whole name; docker also as a word', () => {
  assert.deepEqual(roles('apps/live-chat/.env'), ['loaded']);
  assert.deepEqual(roles('services/local-auth/.env'), ['loaded']);
  assert.deepEqual(roles('deploy/production/.env'), ['production']);
  assert.deepEqual(roles('docker-caddy/.env'), ['docker']);
  assert.deepEqual(roles('.env.ci'), ['loaded']);
});
