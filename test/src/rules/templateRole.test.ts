import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemsOf, schemaService } from '../support/service';

/** Placeholders are the point of a template: every common way of naming one, or saying so on top, counts. */
const TEXT = 'SECRET_KEY=changeme\nAPI_TOKEN=<your-token>\n';
const codes = (name: string, text = TEXT) => problemsOf(text, `file:///workspace/${name}`, schemaService()).map((p) => p.code);

test('templates by name: no placeholder or weak-secret warnings', () => {
  for (const name of ['.env.example', '.env.sample', '.env.dist', '.env.template', '.env.tpl', 'example.env', 'app.example.env', '.env_sample', '.env-sample', '.env.production.sample']) {
    assert.deepEqual(codes(name), [], name);
  }
});

test('a file whose top comment says to copy it is a template; the same lines in a plain .env are reported', () => {
  assert.deepEqual(codes('.env', `# Copy this file to .env and fill in the values\n${TEXT}`), []);
  assert.deepEqual(codes('config.env', `# Environment template for the API\n\n${TEXT}`), []);
  assert.deepEqual(codes('.env', TEXT), ['placeholder-value', 'placeholder-value']);
  assert.deepEqual(codes('.env.development', `# copy of production, for development\n${TEXT}`), ['placeholder-value', 'placeholder-value']);
});

test('a file under a cookiecutter path is a template, and a template tag line is a hint, not a warning', () => {
  assert.deepEqual(codes('%7B%7Bcookiecutter.project_slug%7D%7D/.env'), []);
  const tag = problemsOf('{% if use_redis %}\nREDIS_URL=redis://redis:6379/0\n{% endif %}\n', 'file:///workspace/.env', schemaService());
  assert.deepEqual(tag.map((p) => [p.code, p.severity]), [['ignored-line', 4], ['ignored-line', 4]]);
});
