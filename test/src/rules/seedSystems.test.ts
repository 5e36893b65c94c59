import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentOf, applyWorkspaceEdit, schemaService, SECRETS_URI, toProblem } from '../support/service';

const service = schemaService();

function check(text: string, uri = 'file:///workspace/.env') {
  const document = documentOf(text, uri);
  const diagnostics = service.doValidation(document);
  const problems = diagnostics.map(toProblem);
  const fixes = (code: string) =>
    service
      .getCodeActions(document, { diagnostics: diagnostics.filter((d) => d.code === code) })
      .map((action) => ({ title: action.title, result: applyWorkspaceEdit(document, action.edit) }));
  return { problems, fixes, codes: problems.map((p) => `${p.code} ${p.at}`) };
}

/** The deterministic "random" secret the test service generates. */
const GENERATED = /[A-Za-z0-9]{48}/;

test('mentorship-backend: wrong enum and email, placeholders, documented example secrets', () => {
  const { problems, fixes, codes } = check(
    [
      '# envsense: schema=mentorship-backend',
      'FLASK_ENVIRONMENT_CONFIG=staging',
      "SECRET_KEY='some random key'",
      'SECURITY_PASSWORD_SALT=<your-security-password-salt>',
      'MAIL_DEFAULT_SENDER=nobody',
      'MAIL_SERVER=smtp.gmail.com',
      'APP_MAIL_USERNAME=some_username',
      'APP_MAIL_PASSWORD=some_password',
      '',
    ].join('\n'),
  );
  assert.deepEqual(codes, [
    'invalid-value 2:26-2:33',
    'example-secret 3:12-3:29',
    'placeholder-value 4:24-4:53',
    'invalid-value 5:21-5:27',
    'example-secret 8:19-8:32',
  ]);
  assert.equal(problems[0]!.message, 'FLASK_ENVIRONMENT_CONFIG expects one of dev, test, prod, local (Mentorship System backend), found `staging`.');
  assert.equal(problems[1]!.message, "SECRET_KEY is set to the example in Mentorship System backend's documentation: anyone who read it knows this secret. Generate a new one.");
  assert.ok(problems.every((p) => !p.message.includes('some random key') && !p.message.includes('some_password')));
  const [replace] = fixes('example-secret');
  assert.equal(replace!.title, 'Replace with a generated strong secret');
  assert.match(replace!.result.split('\n')[2]!, new RegExp(`^SECRET_KEY='${GENERATED.source}'$`));
});

test('backant: a boolean in another style, CLEAR_DB=True, a weak default password, a placeholder', () => {
  const yes = check('# envsense: schema=backant\nCLEAR_DB=yes\nPOSTGRES_PASSWORD=test\nCOGNITO_APP_CLIENT_SECRET=<secret>\n');
  assert.deepEqual(yes.codes, ['invalid-value 2:10-2:13', 'weak-secret 3:19-3:23', 'placeholder-value 4:27-4:35']);
  assert.equal(yes.problems[0]!.message, 'CLEAR_DB expects a boolean (`True` or `False`) (BackAnt (Flask API template)), found `yes`.');
  assert.equal(yes.problems[1]!.message, 'POSTGRES_PASSWORD is a weak secret: it is a common password or word. Generate a strong one.');
  assert.deepEqual(yes.fixes('invalid-value').map((f) => f.result), ['# envsense: schema=backant\nCLEAR_DB=True\nPOSTGRES_PASSWORD=test\nCOGNITO_APP_CLIENT_SECRET=<secret>\n']);
  const dangerous = check('# envsense: schema=backant\nCLEAR_DB=True\n');
  assert.deepEqual(dangerous.problems.map((p) => [p.code, p.message]), [
    ['dangerous-value', 'CLEAR_DB=True: Set CLEAR_DB=True only during development. It drops all tables on every restart.'],
  ]);
});

test('flagsmith: enum, URL scheme, deprecated ALLOW_SIGNUPS (no rename), placeholder secret', () => {
  const { problems, fixes, codes } = check(
    '# envsense: schema=flagsmith\nLOG_LEVEL=verbose\nDATABASE_URL=mysql://u@db/app\nALLOW_SIGNUPS=1\nDJANGO_SECRET_KEY=changeme\n',
  );
  assert.deepEqual(codes, ['invalid-value 2:11-2:18', 'invalid-value 3:14-3:30', 'deprecated-key 4:1-4:14', 'placeholder-value 5:19-5:27']);
  assert.equal(problems[0]!.message, 'LOG_LEVEL expects one of DEBUG, INFO, WARNING, ERROR, CRITICAL (Flagsmith), found `verbose`.');
  assert.equal(problems[1]!.message, 'DATABASE_URL expects a URL starting with `postgres://` or `postgresql://` (Flagsmith), found a `mysql://` URL.');
  assert.match(problems[2]!.message, /^ALLOW_SIGNUPS is deprecated \(Flagsmith\): .*PREVENT_SIGNUP/);
  assert.deepEqual(fixes('deprecated-key'), []);
  assert.match(fixes('placeholder-value')[0]!.result, new RegExp(`DJANGO_SECRET_KEY=${GENERATED.source}\\n$`));
});

test('nextauth: NEXTAUTH_SECRET is what next-auth v4 reads and v5 still accepts: not deprecated', () => {
  assert.deepEqual(check('# envsense: schema=nextauth\nNEXTAUTH_SECRET=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n').codes, []);
});

test('a deprecated key with a same-meaning replacement (a team schema) is renamed', () => {
  const team = { id: 'billing', name: 'Billing', variables: { BILLING_MODE: {}, BILLING_LEGACY: { deprecated: { message: 'Replaced by BILLING_MODE.', replacement: 'BILLING_MODE' } } } };
  const teamService = schemaService({ '/workspace/.envsense/billing.json': JSON.stringify(team) });
  const document = documentOf('BILLING_LEGACY=monthly\n');
  const diagnostics = teamService.doValidation(document);
  assert.deepEqual(diagnostics.map(toProblem).map((p) => `${p.code} ${p.at}`), ['deprecated-key 1:1-1:15']);
  const actions = teamService.getCodeActions(document, { diagnostics });
  assert.deepEqual(actions.map((a) => [a.title, applyWorkspaceEdit(document, a.edit)]), [['Rename to BILLING_MODE', 'BILLING_MODE=monthly\n']]);
});

test('django secrets.py: the example password, a port that is not a number', () => {
  const { codes, problems } = check("# envsense: schema=django\nEMAIL_HOST_USER = 'user@my_mail.server'\nEMAIL_HOST_PASSWORD = 'my_password'\nEMAIL_PORT = 'abc'\n", SECRETS_URI);
  assert.deepEqual(codes, ['example-secret 3:23-3:36', 'invalid-value 4:14-4:19']);
  assert.equal(problems[1]!.message, 'EMAIL_PORT expects a port number from 0 to 65535 (Django), found `abc`.');
});

test('django and illumidesk: DEBUG=True and ALLOWED_HOSTS=* are dangerous only in a production file', () => {
  const text = '# envsense: schema=django\nDEBUG=True\nALLOWED_HOSTS=*\n';
  const dangerous = (uri?: string) => check(text, uri).codes.filter((c) => c.startsWith('dangerous-value'));
  assert.deepEqual(dangerous(), []);
  assert.deepEqual(dangerous('file:///workspace/.env.production'), ['dangerous-value 2:7-2:11', 'dangerous-value 3:15-3:16']);
  assert.deepEqual(check('# envsense: schema=illumidesk\nDEBUG=True\n', 'file:///workspace/.env.production').codes, ['dangerous-value 2:7-2:11']);
});

test('illumidesk: port, uuid and a placeholder secret', () => {
  assert.deepEqual(check('# envsense: schema=illumidesk\nEMAIL_PORT=abc\nSITE_ID=site-1\nSECRET_KEY=xxx\n').codes, [
    'invalid-value 2:12-2:15',
    'invalid-value 3:9-3:15',
    'placeholder-value 4:12-4:15',
  ]);
});

test('missing required keys are listed on the first line, and the fix appends them', () => {
  const { problems, fixes } = check('# envsense: schema=mentorship-backend\nFLASK_ENVIRONMENT_CONFIG=dev');
  assert.deepEqual(problems.map((p) => [p.code, p.at]), [['missing-required', '1:1-1:2']]);
  assert.equal(
    problems[0]!.message,
    'Required and not set: SECRET_KEY, SECURITY_PASSWORD_SALT, MAIL_DEFAULT_SENDER, MAIL_SERVER, APP_MAIL_USERNAME, APP_MAIL_PASSWORD (Mentorship System backend).',
  );
  assert.equal(
    fixes('missing-required')[0]!.result,
    '# envsense: schema=mentorship-backend\nFLASK_ENVIRONMENT_CONFIG=dev\nSECRET_KEY=\nSECURITY_PASSWORD_SALT=\nMAIL_DEFAULT_SENDER=\nMAIL_SERVER=\nAPP_MAIL_USERNAME=\nAPP_MAIL_PASSWORD=\n',
  );
});

test('empty values are unset, not wrong', () => {
  assert.deepEqual(check('# envsense: schema=illumidesk\nEMAIL_PORT=\nSITE_ID=\nAPI_PORT=443\n').codes, []);
});

test('names by convention, public secrets, references', () => {
  assert.deepEqual(check('MY_APP_PORT=six\nCALLBACK_URL=not a url\nNEXT_PUBLIC_STRIPE_SECRET_KEY=abc\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk\n').codes, [
    'convention-type 1:13-1:16',
    'unquoted-whitespace 2:14-2:23',
    'convention-type 2:14-2:23',
    'public-secret 3:1-3:30',
    'weak-secret 3:31-3:34',
  ]);
  assert.deepEqual(check('A=${B}\nB=${A}\nC=${MISSING}/${HOME}\nD=${E:-x}\n').codes, [
    'reference-not-expanded 1:3-1:7',
    'reference-cycle 1:3-1:7',
    'reference-not-expanded 2:3-2:7',
    'reference-cycle 2:3-2:7',
    'reference-not-expanded 3:3-3:13',
    'undefined-reference 3:3-3:13',
    'reference-not-expanded 3:14-3:21',
    'reference-not-expanded 4:3-4:10',
  ]);
});

test('a template gets no placeholder noise, but a real-looking credential in it is an error', () => {
  const { codes, problems } = check('SECRET_KEY=<your-secret-key>\nAWS_ACCESS_KEY_ID=AKIAQ7ZK3M9XV2PLR4TN\n', 'file:///workspace/.env.example');
  assert.deepEqual(codes, ['leaked-credential 2:19-2:39']);
  assert.equal(problems[0]!.message, 'AWS_ACCESS_KEY_ID looks like an AWS access key id, in a template that is meant to be shared. Revoke it, and keep the real value in an ignored file or a secret manager.');
});

test("unknown keys are reported only where a schema says its list is closed", () => {
  const closed = JSON.stringify({ id: 'ours', name: 'Our service', closed: true, variables: { OUR_URL: { type: 'url' } } });
  const service = schemaService({ '/workspace/.envsense/ours.json': closed });
  const document = documentOf('OUR_URL=https://x\nOUR_ULR=https://y\n', 'file:///workspace/.env');
  assert.deepEqual(service.doValidation(document).map(toProblem).map((p) => [p.code, p.at, p.message]), [
    ['unknown-key', '2:1-2:8', 'OUR_ULR is not a variable of Our service, which lists every variable it reads.'],
  ]);
  assert.deepEqual(check('OUR_ULR=https://y\n').codes, []);
});

test('a value outside an enum: each allowed value offered, the closest first; a URL where a host is expected: its host', () => {
  const { fixes } = check('# envsense: schema=mentorship-backend\nFLASK_ENVIRONMENT_CONFIG=development\n');
  const offered = fixes('invalid-value');
  assert.equal(offered[0]!.title, 'Write "dev"');
  assert.equal(offered[0]!.result, '# envsense: schema=mentorship-backend\nFLASK_ENVIRONMENT_CONFIG=dev\n');
  assert.ok(offered.length >= 3);
  const host = check('# envsense: schema=django\nEMAIL_HOST=smtp://mailer@localhost:25/x\n').fixes('invalid-value');
  assert.deepEqual(host.map((f) => f.title), ["Write the URL's host, \"localhost\""]);
  assert.equal(host[0]!.result, '# envsense: schema=django\nEMAIL_HOST=localhost\n');
});
