import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { parse } from '../../../server/out/service/parser';
import { MemoryWorkspace } from './templateWorkspace';

/**
 * The "Done when", Django side: a workspace with `secrets.py`, a `settings.py` that imports
 * it and falls back on the environment, and no template. "Create template" writes
 * `secrets.py.template` with every key and no secret value; a key added to `secrets.py` is drift,
 * whose fix adds it to the template.
 */
const SECRET_KEY = 'k3#v9zq!w2m8x7p4r1t6y0u5e^h*j&nLb(c@d%f$g-s+a=Q7yT';
const EMAIL_PASSWORD = 'Xv9rTq2Lm8pZ4wKe';
const STRIPE_KEY = 'sk_test_7qR2mXv9LpK4tW8zN3bY6cHd';

const SECRETS = [
  '# Imported by settings.py; kept out of git.',
  `SECRET_KEY = '${SECRET_KEY}'`,
  'DEBUG = True',
  '',
  "EMAIL_HOST_USER = 'mailer@example.com'",
  `EMAIL_HOST_PASSWORD = "${EMAIL_PASSWORD}"`,
  '',
].join('\n');

const SETTINGS = [
  'import os',
  '',
  'try:',
  '    from .secrets import *',
  'except ModuleNotFoundError:',
  "    SECRET_KEY = os.environ.get('SECRET_KEY')",
  "    DEBUG = os.environ.get('DEBUG') == 'True'",
  "    EMAIL_HOST_USER = os.environ.get('EMAIL_HOST_USER')",
  "    EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')",
  '',
].join('\n');

const SECRETS_PATH = '/workspace/mysite/secrets.py';
const TEMPLATE_PATH = '/workspace/mysite/secrets.py.template';

function django(): MemoryWorkspace {
  return new MemoryWorkspace({ '/workspace/manage.py': 'import django\n', '/workspace/mysite/settings.py': SETTINGS, [SECRETS_PATH]: SECRETS });
}

test('Create template writes secrets.py.template: every key, comments and blank lines in place, no secret value', () => {
  const workspace = django();
  const actions = workspace.sourceActions(SECRETS_PATH);
  assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Create secrets.py.template from secrets.py', 'source.createTemplate']]);
  workspace.apply(actions[0]!.edit);
  const template = workspace.files[TEMPLATE_PATH]!;
  assert.equal(
    template,
    ['# Imported by settings.py; kept out of git.', "SECRET_KEY = ''", 'DEBUG = True', '', "EMAIL_HOST_USER = 'mailer@example.com'", 'EMAIL_HOST_PASSWORD = ""', ''].join('\n'),
  );
  assert.ok(!template.includes(SECRET_KEY) && !template.includes(EMAIL_PASSWORD));
  // Still Python, with the same keys in the same order.
  assert.deepEqual(parse(template, 'python').assignments.map((a) => a.key), ['SECRET_KEY', 'DEBUG', 'EMAIL_HOST_USER', 'EMAIL_HOST_PASSWORD']);
  assert.ok(parse(template, 'python').nodes.every((node) => node.kind !== 'opaque'));
});

test('the template compiles as Python', { skip: spawnSync('python3', ['--version']).status !== 0 && 'python3 is not installed' }, () => {
  const workspace = django();
  workspace.apply(workspace.sourceActions(SECRETS_PATH)[0]!.edit);
  const compiled = spawnSync('python3', ['-c', 'import sys; compile(sys.stdin.read(), "secrets.py.template", "exec")'], { input: workspace.files[TEMPLATE_PATH], encoding: 'utf8' });
  assert.equal(compiled.status, 0, compiled.stderr);
});

test('once the template exists the action is gone, and secrets.py is in step with it: no drift', () => {
  const workspace = django();
  workspace.apply(workspace.sourceActions(SECRETS_PATH)[0]!.edit);
  assert.deepEqual(workspace.sourceActions(SECRETS_PATH), []);
  assert.deepEqual(workspace.problems(SECRETS_PATH).filter((p) => p.code === 'missing-from-template' || p.code === 'template-key-not-set'), []);
});

test('a key added to secrets.py is drift, and its fix adds it to the template next to its neighbour, without the value', () => {
  const workspace = django();
  workspace.apply(workspace.sourceActions(SECRETS_PATH)[0]!.edit);
  workspace.files[SECRETS_PATH] = SECRETS.replace('DEBUG = True\n', `DEBUG = True\nSTRIPE_API_KEY = '${STRIPE_KEY}'\n`);
  const drift = workspace.problems(SECRETS_PATH).filter((p) => p.code === 'missing-from-template');
  assert.deepEqual(drift, [
    {
      code: 'missing-from-template',
      at: '4:1-4:15',
      message: 'STRIPE_API_KEY is not in secrets.py.template: whoever sets up the project from secrets.py.template will not know to set it.',
      severity: 3,
    },
  ]);
  const fixes = workspace.fixes(SECRETS_PATH, 'missing-from-template');
  assert.deepEqual(fixes.map((f) => f.title), ['Add STRIPE_API_KEY to secrets.py.template']);
  workspace.apply(fixes[0]!.edit);
  assert.equal(
    workspace.files[TEMPLATE_PATH],
    ['# Imported by settings.py; kept out of git.', "SECRET_KEY = ''", 'DEBUG = True', "STRIPE_API_KEY = ''", '', "EMAIL_HOST_USER = 'mailer@example.com'", 'EMAIL_HOST_PASSWORD = ""', ''].join('\n'),
  );
  assert.ok(!workspace.files[TEMPLATE_PATH]!.includes(STRIPE_KEY));
  assert.deepEqual(workspace.problems(SECRETS_PATH).filter((p) => p.code === 'missing-from-template'), []);
});

test('a key the template lists and secrets.py lacks: reported once, and added with Django\'s default', () => {
  const workspace = django();
  workspace.files[TEMPLATE_PATH] = "SECRET_KEY = ''\nDEBUG = False\nEMAIL_PORT = 587\nEMAIL_HOST_USER = ''\nEMAIL_HOST_PASSWORD = ''\n";
  const problems = workspace.problems(SECRETS_PATH).filter((p) => p.code === 'template-key-not-set');
  assert.deepEqual(problems.map((p) => [p.at, p.message, p.severity]), [['1:1-1:2', 'Listed in secrets.py.template but not set in this file: EMAIL_PORT.', 3]]);
  const fixes = workspace.fixes(SECRETS_PATH, 'template-key-not-set');
  assert.deepEqual(fixes.map((f) => f.title), ['Add EMAIL_PORT (from secrets.py.template)']);
  workspace.apply(fixes[0]!.edit);
  // After DEBUG, the key before it in the template; Django's default port, not the template's 587.
  assert.equal(workspace.files[SECRETS_PATH], SECRETS.replace('DEBUG = True\n', 'DEBUG = True\nEMAIL_PORT = 25\n'));
});
