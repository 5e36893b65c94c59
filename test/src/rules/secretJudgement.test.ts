import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { credentialKind, isTypedPassword, looksGenerated } from '../../../server/out/service/secrets/valueSmells';
import { problemsOf, schemaService } from '../support/service';

/** Which values are credentials that work somewhere, and which are defaults, samples or public by design. */
const committed = () => schemaService({ '/workspace/.git/HEAD': 'ref: refs/heads/main\n' });
const codes = (text: string, uri = 'file:///workspace/.env') => problemsOf(text, uri, committed()).map((p) => p.code);

test('a URL password is a leak only off this machine and when it is not a default or a sample', () => {
  assert.equal(credentialKind('mongodb+srv://app:Zq8vN3kP0wR7@cluster0.ab1cd.mongodb.net/db'), 'a connection URL with a password');
  for (const local of ['postgres://postgres:Zq8vN3kP0wR7@db:5432/app', 'redis://:Zq8vN3kP0wR7@localhost', 'mysql://u:Zq8vN3kP0wR7@10.0.0.4/x', 'smtp://u:Zq8vN3kP0wR7@smtp.example.com']) assert.equal(credentialKind(local), undefined, local);
  for (const sample of ['mongodb+srv://admin:MongoSecretPass123@cluster0.mongodb.net/x', 'amqp://guest:guest@mq.acme.io/', 'postgres://u:changeme@db.acme.io/x']) assert.equal(credentialKind(sample), undefined, sample);
});

test('vendor formats: real-looking ones are credentials, documented samples and counting runs are not', () => {
  assert.equal(credentialKind('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'), 'a Google OAuth client secret');
  assert.equal(credentialKind('sk_test_Tq7Lm2Vx9Kd4Rb8Nw3Yz6Hc1'), "a secret key in Stripe's format (`sk_live_`/`sk_test_`, also Clerk's)");
  assert.equal(credentialKind('AKIAQ7ZK3M9XV2PLR4TN'), 'an AWS access key id');
  assert.equal(credentialKind('AKIAIOSFODNN7EXAMPLE'), undefined);
  assert.equal(credentialKind('sk_live_51HqXYZ1234567890abcdefgh'), undefined);
  assert.equal(credentialKind('qwer asdf zxcv uiop'), 'a Google app password');
});

test('generated and typed secrets, told from phrases, self-naming samples, JWT headers and addresses', () => {
  assert.equal(looksGenerated('9fT2kLp0Qz8wXv3Nc7Rb'), true);
  for (const value of ['insecure-default-key-2024', 'my-super-secret-application-key-123', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', `0x${'ab12'.repeat(10)}`, 'django-insecure-9fT2kLp0Qz8wXv3Nc7Rb']) {
    assert.equal(looksGenerated(value), false, value);
  }
  assert.equal(isTypedPassword('Tr0ub4dor&3'), true);
  for (const value of ['postgres123', 'systemtest_password', 'EmailPassword123!', 'short', 'alllowercaseletters']) assert.equal(isTypedPassword(value), false, value);
});

test('a committed file holds secrets only when one of them works: local defaults and placeholders do not count', () => {
  // (A plain .env's weak password and placeholder are information; the file is not called a secrets file.)
  assert.deepEqual(codes('POSTGRES_PASSWORD=postgres\nSECRET_KEY=changeme\nJWT_SECRET=${JWT_SECRET}\n'), ['weak-secret', 'placeholder-value']);
  // A generated-looking secret with no vendor format: the file holds secrets, and the line is said as information.
  const generated = problemsOf('JWT_SECRET=9fT2kLp0Qz8wXv3Nc7Rb\n', 'file:///workspace/.env', committed());
  assert.deepEqual(generated.map((p) => [p.code, p.severity]), [['secret-file-not-ignored', 2], ['leaked-credential', 3]]);
  assert.equal(generated[1]!.message, 'JWT_SECRET holds a generated-looking secret (a 20-character value), in a file that git would commit. If it is not a default that every copy of the project shares, revoke it and keep it in an ignored file or a secret manager.');
  // A credential by its form counts whatever the key is called.
  assert.deepEqual(codes('MONGO_URL=mongodb+srv://app:Zq8vN3kP0wR7@cluster0.ab1cd.mongodb.net/db\n'), ['secret-file-not-ignored', 'leaked-credential']);
  // Keys the browser is meant to get are not a file's secrets.
  assert.deepEqual(codes('NUXT_PUBLIC_FINGERPRINT_PUBLIC_API_KEY=Xy7pQ2wE9rT4uI1oPa5s\n'), []);
});

test('public-secret: not for empty values, placeholders, URLs, or keys public by design', () => {
  assert.deepEqual(codes('VITE_STRIPE_SECRET_KEY=\nVITE_API_KEY=https://api.acme.io/v1\nNEXT_PUBLIC_FIREBASE_API_KEY=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv\nVITE_JWT_SECRET=<your-secret>\n', 'file:///workspace/.env.example'), []);
  assert.deepEqual(codes('VITE_JWT_SECRET=9fT2kLp0Qz8wXv3Nc7Rb\n', 'file:///workspace/.env.example').filter((c) => c === 'public-secret'), ['public-secret']);
});

test('names that only talk about a token are no secrets: no weak-secret on TOKEN_EXPIRE_IN=7d', () => {
  assert.deepEqual(codes('REFRESH_TOKEN_EXPIRE_IN=7d\nAPI_KEY_RATE_LIMIT=60/minute\nCORS_CREDENTIALS=true\n', 'file:///workspace/.env.production'), []);
});

test('placeholders, in every shape people write them, before any secret rule', () => {
  const production = (value: string) => problemsOf(`API_SECRET=${value}\n`, 'file:///workspace/.env.production', committed()).map((p) => p.code);
  for (const value of ['changeme1234', '__REPLACE_ME__', 'sk-XXXXXXXXXXXX', 'xoxb-000000000000000000000000000', 'replace-with-your-key', 'dummy', 'Optional', 'XXX-XXX', '[redacted]', '<token>', 'rzp_live_XXXXXXXXXXXXXXXX']) {
    assert.deepEqual(production(value), ['placeholder-value'], value);
  }
  // Words that only start like one are values.
  for (const value of ['replacement', 'insert']) assert.ok(!production(value).includes('placeholder-value'), value);
});

test('each recognised format: a synthetic real-looking value is found, a look-alike is not', () => {
  const cases: [string, string, string][] = [
    // [kind, real-looking (synthetic), look-alike]
    ['an AWS access key id', 'AKIAQ7ZK3M9XV2PLR4TN', 'AKIAIOSFODNN7EXAMPLE'],
    ['a GitHub token', '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', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ["a secret key in Stripe's format (`sk_live_`/`sk_test_`, also Clerk's)", 'sk_live_Tq7Lm2Vx9Kd4Rb8Nw3Yz6Hc1', 'sk_live_1234567890abcdefghijklmn'],
    ['a Slack token', 'xoxb-3817265940-8kQ2mZ7pL4vX9nR1tY6w', 'xoxb-000000000000000000000000000'],
    ['an Anthropic API key', 'sk-ant-api03-Zq8vN3kP0wR7mX2bL5tY9cH4', 'sk-ant-your-key-here'],
    ['an OpenAI API key', 'sk-proj-Q7mZ2kL9vX4nR1tY6wB3cH8dJ', 'sk-replace-with-your-key'],
    ['a Google OAuth client secret', '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', 'GOCSPX-your-client-secret'],
    ['a Xendit secret key', `xnd_development_${'Q7mZ2kL9vX4nR1tY6wB3cH8dJ5pF0sG'.repeat(2)}`, 'xnd_development_xxxxxxxx'],
    ['a Discord bot token', 'MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs', 'MTk4NjIyNDgzNDcx.short.x'],
    ['a Supabase service-role key', jwt({ role: 'service_role', iss: 'supabase' }), jwt({ role: 'anon', iss: 'supabase' })],
    ['a Laravel application key', 'base64:Q7mZ2kL9vX4nR1tY6wB3cH8dJ5pF0sGaE2uI7oK4lM1=', 'base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='],
    ['a private key', `-----BEGIN RSA PRIVATE KEY-----\\n${'MIIEpQIBAAKCAQEAq7Zk3M9xV2pLr4TnW8sYb1Hc6Jd0Fe5Gu'.split('').reverse().join('')}${'Q7mZ2kL9vX4nR1tY6wB3cH8dJ5pF0sGaE2uI7oK4lM1NbVcXz'}${'hT3rW6yU9iO2pA5sD8fG1jK4lZ7xC0vB3nM6qE9wR2tY5u'}\\n-----END RSA PRIVATE KEY-----`, '-----BEGIN RSA PRIVATE KEY-----\\n[redacted]\\n-----END RSA PRIVATE KEY-----'],
    ['a Google app password', 'qwer asdf zxcv uiop', 'abcd abcd abcd abcd'],
    ['a GitLab token', 'glpat-Q7mZ2kL9vX4nR1tY6wB3', 'glpat-xxxxxxxxxxxxxxxxxxxx'],
    ['an npm token', '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', 'npm_000000000000000000000000000000000000'],
    ['a PyPI token', `pypi-AgEIcHlwaS5vcmc${'Q7mZ2kL9vX4nR1tY6wB3cH8dJ5pF0sGaE2uI7oK4lM1NbVcXz'.repeat(2)}`, 'pypi-your-token'],
    ['a Mailgun API key', 'key-3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c8e', 'key-00000000000000000000000000000000'],
    ['a SendGrid API key', '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', 'SG.xxxxxxxx.yyyyyyyy'],
    ['a Telegram bot token', '5837261940:AAQ7mZ2kL9vX4nR1tY6wB3cH8dJ5pF0sGaE', '123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['an Azure storage account key', `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${'Q7mZ2kL9vX4nR1tY6wB3cH8dJ5pF0sGaE2uI7oK4lM1NbVcXz'.repeat(2).slice(0, 86)}==;EndpointSuffix=core.windows.net`, 'DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<key>'],
    ['a connection URL with a password', 'postgres://app:Zq8vN3kP0wR7@db.acme-prod.net/app', 'postgres://app:Zq8vN3kP0wR7@db:5432/app'],
  ];
  for (const [kind, real, lookAlike] of cases) {
    assert.equal(credentialKind(real), kind, real);
    assert.equal(credentialKind(lookAlike), undefined, lookAlike);
  }
});

test('public-secret: a vendor secret behind a browser prefix whatever its name; bare PUBLIC_ only with SvelteKit or Astro', () => {
  assert.deepEqual(codes('NEXT_PUBLIC_STRIPE=sk_live_Tq7Lm2Vx9Kd4Rb8Nw3Yz6Hc1\n', 'file:///workspace/.env.example').filter((c) => c === 'public-secret'), ['public-secret']);
  assert.deepEqual(codes('PUBLIC_API_SECRET=9fT2kLp0Qz8wXv3Nc7Rb\n', 'file:///workspace/.env.example').filter((c) => c === 'public-secret'), []);
  const svelte = schemaService({ '/workspace/package.json': '{"devDependencies":{"@sveltejs/kit":"^2"}}' });
  assert.deepEqual(problemsOf('PUBLIC_API_SECRET=9fT2kLp0Qz8wXv3Nc7Rb\n', 'file:///workspace/.env.example', svelte).map((p) => p.code), ['public-secret']);
  assert.deepEqual(codes(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${jwt({ role: 'anon' })}\n`, 'file:///workspace/.env.example'), []);
});

test("a credential in a comment line is committed all the same; Django's development key is weak in production", () => {
  assert.deepEqual(codes('# STRIPE_KEY=sk_live_Tq7Lm2Vx9Kd4Rb8Nw3Yz6Hc1\nA=1\n').filter((c) => c === 'leaked-credential'), ['leaked-credential']);
  assert.deepEqual(codes('SECRET_KEY=django-insecure-9fT2kLp0Qz8wXv3Nc7Rb1yHsQe\n', 'file:///workspace/.env.production'), ['weak-secret']);
});

/** A JWT with these claims and a synthetic signature. */
function jwt(claims: Record<string, string>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.Q7mZ2kL9vX4nR1tY6wB3cH8dJ5pF0sGaE2uI7oK4lM1`;
}

test('default credentials in a connection URL: a warning in production, information on a laptop, a placeholder when written as names', () => {
  const url = 'DATABASE_URL=postgres://postgres:postgres@db:5432/app\n';
  assert.deepEqual(problemsOf(url, 'file:///workspace/.env.production', committed()).map((p) => [p.code, p.severity]), [['weak-secret', 2]]);
  assert.deepEqual(problemsOf(url, 'file:///workspace/.env.development', committed()).map((p) => [p.code, p.severity]), [['weak-secret', 3]]);
  assert.deepEqual(problemsOf('REDIS_URL=redis://:password@host:6379\n', 'file:///workspace/.env.production', committed()).map((p) => p.code), ['placeholder-value']);
  assert.deepEqual(problemsOf('AMQP_URL=amqp://app:Zq8vN3kP0wR7@mq:5672\n', 'file:///workspace/.env.production', committed()).map((p) => p.code), []);
});

test('hostile values end quickly in every secret judgement (no regex backtracks on them)', { timeout: 20_000 }, () => {
  const N = 100_000;
  const hostile = [`ab_${'x'.repeat(N)}!`, `${'xX'.repeat(N / 2)}!`, `${'1'.repeat(N)}a`, `postgres://u:${'@'.repeat(N)}x`, `${' '.repeat(N)}x`, `sk${'a'.repeat(N)}!`, `-----BEGIN PRIVATE KEY-----${'A'.repeat(N)}`, '\ud800'.repeat(N)];
  for (const value of hostile) {
    const line = `API_PASSWORD=${value}\n`;
    assert.ok(Array.isArray(problemsOf(line, 'file:///workspace/.env.production', committed())), value.slice(0, 12));
    assert.equal(typeof isTypedPassword(value), 'boolean');
  }
});

test('sixteen or more random lower-case letters are generated; a phrase of words is not', () => {
  for (const value of ['dxvegasdvotgfhlyxcvxxzigt', 'qbpjhrzlvqgjmtkx']) assert.equal(looksGenerated(value), true, value);
  for (const value of ['sometimespasswordsarelonger', 'correcthorsebatterystaple', 'mailgunsmtppassword', 'qwertyuiopasdfghjkl']) assert.equal(looksGenerated(value), false, value);
});

test("GitHub's and npm's tokens carry a checksum: a synthetic token with it passes, the same token altered by one character does not", () => {
  // ghp_ + 30 random + the CRC32 of those 30 in base62, made with Python's zlib.crc32 (not this code).
  assert.equal(credentialKind('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'), 'a GitHub token');
  assert.equal(credentialKind('ghp_e71lHFE8l6hlvY5bR215DEWc1ZCjfi1ZcD48'), undefined);
  assert.equal(credentialKind('npm_YQESbHpt0mpAiRLH9DzmL65O6MsMcG1jawjN'), undefined);
});
