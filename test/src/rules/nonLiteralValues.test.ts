import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentOf, ENV_URI, problemsOf, schemaService } from '../support/service';

/**
 * Values that are not written out — `$VAR`, `${VAR}`, `${VAR:-x}`, `$VAR:-x`, `{{ x }}` — take their
 * value from elsewhere (the environment, compose, a template engine): no type, secret, placeholder or
 * URL check judges them, and `KEY=${KEY}` is not a cycle.
 */
const VALUE_CHECKS = ['invalid-value', 'convention-type', 'weak-secret', 'placeholder-value', 'example-secret', 'leaked-credential', 'reference-cycle'];
const codes = (text: string, uri = ENV_URI) => problemsOf(text, uri, schemaService()).map((p) => p.code);
const valueChecks = (text: string) => codes(text).filter((code) => VALUE_CHECKS.includes(code));

test('a reference or a template tag is not type-checked; the same key written out is', () => {
  assert.deepEqual(valueChecks('# envsense: schema=django\nDEBUG=$DEBUG\nEMAIL_PORT=${EMAIL_PORT:-587}\nEMAIL_TIMEOUT={{timeout}}\n'), []);
  assert.deepEqual(valueChecks('API_PORT={{cookiecutter.port}}\nSITE_URL=$SITE_URL:-http\n'), []);
  assert.deepEqual(valueChecks('# envsense: schema=django\nDEBUG=maybe\nEMAIL_PORT=port\n'), ['invalid-value', 'invalid-value']);
});

test('a secret taken from elsewhere is neither weak, nor a placeholder, nor a leaked credential', () => {
  assert.deepEqual(valueChecks('SECRET_KEY=${SECRET_KEY}\nAPI_TOKEN={{api_token}}\nDB_PASSWORD=$DB_PASSWORD\n'), []);
  assert.deepEqual(valueChecks('SECRET_KEY=changeme\nDB_PASSWORD=secret\n'), ['placeholder-value', 'weak-secret']);
  const service = schemaService({ '/workspace/.git/HEAD': 'ref: refs/heads/main\n' });
  assert.deepEqual(
    problemsOf(
      'MONGO_URL=mongodb://$USER:$PASS@db.example.com/app\nLIVE_URL=mongodb://app:Zq8vN3kP0wR7@db.acme-prod.net/app\nCACHE=redis://:Zq8vN3kP0wR7@cache.acme-prod.net:6379/0\nLOCAL=redis://:pw@localhost\n',
      'file:///workspace/.env.example',
      service,
    )
      .map((p) => p.code)
      .filter((code) => VALUE_CHECKS.includes(code)),
    // A password with no user (`redis://:pw@host`) is read as the mask reads it; a local host is no leak.
    ['leaked-credential', 'leaked-credential'],
  );
});

test('KEY=${KEY} takes KEY from the environment and is no cycle; two keys that refer to each other are', () => {
  assert.deepEqual(codes('HOME_DIR=${HOME_DIR}\n'), ['reference-not-expanded']);
  assert.deepEqual(codes('A=${B}\nB=${A}\n'), ['reference-not-expanded', 'reference-cycle', 'reference-not-expanded', 'reference-cycle']);
});

test('a copy of a file that is not the file (a git: quick-diff copy) gets no diagnostics; the file itself does', () => {
  const service = schemaService();
  const text = 'A=1\nA=2\n';
  assert.deepEqual(service.doValidation(documentOf(text, 'git:/workspace/.env.template?%7B%22ref%22%3A%22~%22%7D')), []);
  assert.deepEqual(service.doValidation(documentOf(text, 'untitled:Untitled-1')).map((d) => d.code), ['duplicate-key']);
  assert.deepEqual(service.doValidation(documentOf(text, ENV_URI)).map((d) => d.code), ['duplicate-key']);
});
