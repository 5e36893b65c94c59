import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSecretName } from '../../../server/out/service/secrets/secretNames';
import { problemsOf, schemaService } from '../support/service';

test('names that hold credentials are secrets', () => {
  for (const name of ['JWT_SECRET', 'DB_PASSWORD', 'GITHUB_TOKEN', 'OPENAI_API_KEY', 'SSH_PRIVATE_KEY', 'SECRET_KEY', 'APP_KEY', 'PASSWORD_RESET_SECRET', 'smtp.pass', 'CLIENT_SECRET']) {
    assert.equal(isSecretName(name), true, name);
  }
});

test('names that only talk about a secret are not', () => {
  for (const name of ['PASSWORD_MIN_LENGTH', 'TOKEN_EXPIRY', 'SESSION_TOKEN_TTL', 'POSTGRES_PASSWORD_FILE', 'PREVENT_EMAIL_PASSWORD', 'AWS_ACCESS_KEY_ID', 'GOOGLE_CLIENT_ID', 'TOKEN_URL', 'PORT', 'SECRETARY', 'PASSPORT_ROOT', 'REFRESH_TOKEN_EXPIRE_IN', 'ACCESS_TOKEN_EXPIRE_MINUTES', 'TOKEN_TIME', 'API_KEY_RATE_LIMIT', 'CORS_CREDENTIALS', 'JWT_TOKEN_EXPIRATION']) {
    assert.equal(isSecretName(name), false, name);
  }
});

test("a schema's word wins over the name: Flagsmith's PREVENT_EMAIL_PASSWORD is a boolean, not a weak secret", () => {
  assert.deepEqual(problemsOf('# envsense: schema=flagsmith\nPREVENT_EMAIL_PASSWORD=true\n', undefined, schemaService()), []);
  assert.deepEqual(problemsOf('PASSWORD_MIN_LENGTH=8\nTOKEN_EXPIRY=3600\n', undefined, schemaService()), []);
});
