import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt, schemaService, SECRETS_URI } from '../support/service';

test('backant: hovering CLEAR_DB explains that it drops all tables on every restart', () => {
  const hover = hoverAt(schemaService(), '# envsense: schema=backant\nCLEAR|_DB=False\n')!;
  assert.match(hover, /\*\*CLEAR_DB\*\* — BackAnt \(Flask API template\)/);
  assert.match(hover, /It drops all tables on every restart\./);
  assert.match(hover, /Default: `False`/);
  assert.match(hover, /CLEAR_DB loads `False`, as Node's dotenv \(the default\) reads it\./);
});

test('flagsmith: deprecated ALLOW_SIGNUPS names PREVENT_SIGNUP without offering a rename', () => {
  const hover = hoverAt(schemaService(), '# envsense: schema=flagsmith\nALLOW_SIGN|UPS=1\n')!;
  assert.match(hover, /\*\*Deprecated:\*\*.*PREVENT_SIGNUP/);
  assert.doesNotMatch(hover, /Use `PREVENT_SIGNUP`/);
});

test('a value is documented when the schema describes it', () => {
  const hover = hoverAt(schemaService(), '# envsense: schema=mentorship-backend\nFLASK_ENVIRONMENT_CONFIG=pr|od\n')!;
  assert.match(hover, /^`prod` — Production environment used when a server is deployed/);
});

test('several schemas know DATABASE_URL: the applied one speaks; with none applied, all of them do', () => {
  const applied = hoverAt(schemaService(), '# envsense: schema=illumidesk\nDATABASE|_URL=postgres://db/x\n')!.split('\n\n---\n\n');
  assert.equal(applied.length, 2);
  assert.match(applied[0]!, /IllumiDesk/);
  assert.equal(applied[1], "DATABASE_URL loads a 15-character value, as Node's dotenv (the default) reads it.");
  const all = hoverAt(schemaService(), 'DATABASE|_URL=postgres://db/x\n')!.split('\n\n---\n\n');
  assert.ok(all.length >= 4, 'Flagsmith, Django, IllumiDesk, PostgreSQL …');
  assert.ok(all.some((section) => /Flagsmith/.test(section)) && all.some((section) => /IllumiDesk/.test(section)));
});

test('secrets.py: EMAIL_HOST_PASSWORD documented by the django schema, its value masked', () => {
  const hover = hoverAt(schemaService(), "# envsense: schema=django\nEMAIL_HOST_PASS|WORD = 'my_password'\n", SECRETS_URI)!;
  assert.match(hover, /\*\*EMAIL_HOST_PASSWORD\*\* — Django/);
  assert.match(hover, /EMAIL_HOST_PASSWORD loads an 11-character value\./);
  assert.doesNotMatch(hover, /loads `my_password`/);
});

test('${VAR}: where it is set and its value, masked when secret', () => {
  const service = schemaService();
  assert.equal(hoverAt(service, 'HOST=db\nURL=http://${HO|ST}/x\n'), '`HOST` is set on line 1 of this file and loads `db`.');
  assert.equal(hoverAt(service, 'DB_PASSWORD=hunter2\nURL=postgres://u:${DB_PASS|WORD}@db\n'), '`DB_PASSWORD` is set on line 1 of this file and loads a 7-character value.');
  assert.equal(hoverAt(service, 'URL=${NOW|HERE}\n'), '`NOWHERE` is not set in this file or in the files loaded before it.');
});

test('seed systems: every seed has hover documentation for its variables', () => {
  const service = schemaService();
  const cases: [string, string, RegExp][] = [
    ['mentorship-backend', 'SECURITY_PASSWORD_SALT', /email confirmation token generation/],
    ['flagsmith', 'DJANGO_ALLOWED_HOSTS', /Comma-separated list of domains/],
    ['django', 'EMAIL_HOST_USER', /EMAIL_HOST_USER/],
    ['illumidesk', 'JUPYTER_IMAGE', /Jupyter Notebook docker image name and tag/],
    ['backant', 'DB_URL', /localhost/],
  ];
  for (const [schema, key, expected] of cases) {
    const hover = hoverAt(service, `# envsense: schema=${schema}\n${key.slice(0, 2)}|${key.slice(2)}=x\n`);
    assert.match(hover ?? '', expected, `${schema} ${key}`);
  }
});

test('hover puts the schema that speaks for the key first (application, framework, service), says a deprecation once, and names real sources', () => {
  const service = schemaService({ '/workspace/requirements.txt': 'flagsmith\ndjango==5.0\npsycopg2\n' });
  const hover = hoverAt(service, 'DATABASE|_URL=postgres://db/app\n')!;
  const headings = [...hover.matchAll(/^\*\*DATABASE_URL\*\* — (.+)$/gm)].map((m) => m[1]);
  assert.equal(headings[0], 'Flagsmith');
  assert.ok(headings.length >= 2);
  const flask = hoverAt(schemaService({ '/workspace/requirements.txt': 'Flask==3.0\n' }), 'FLASK_E|NV=development\n')!;
  assert.equal(flask.match(/\*\*Deprecated:\*\*/g)?.length, 1);
  for (const text of [hover, flask, hoverAt(schemaService(), '# envsense: schema=backant\nCLEAR|_DB=False\n')!]) assert.doesNotMatch(text, /EnvSense seed/);
});
