import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../server/out/service/parser';
import { MemoryWorkspace, withTemplateValues } from './templateWorkspace';

/** "Create secrets.py.template from secrets.py": valid Python, with code other than `NAME = literal` kept and its secrets emptied. */
const PATH = '/workspace/app/secrets.py';
const TEMPLATE = '/workspace/app/secrets.py.template';

function created(python: string, settings?: ReturnType<typeof withTemplateValues>): string {
  const workspace = new MemoryWorkspace({ [PATH]: python }, settings);
  const actions = workspace.sourceActions(PATH);
  assert.deepEqual(actions.map((a) => a.title), ['Create secrets.py.template from secrets.py']);
  workspace.apply(actions[0]!.edit);
  return workspace.files[TEMPLATE]!;
}

const DATABASES = [
  'DATABASES = {',
  "    'default': {",
  "        'ENGINE': 'django.db.backends.postgresql',",
  "        'NAME': 'shop',",
  "        'USER': 'shop',",
  "        'PASSWORD': 'Vq8rT2mZk4Lp9xWs',  # from the vault",
  "        'PORT': 5432,",
  '    }',
  '}',
  '',
].join('\n');

test('a dict keeps its code and public values; the value under a secret key is emptied', () => {
  assert.equal(created(DATABASES), DATABASES.replace("'Vq8rT2mZk4Lp9xWs'", "''"));
});

test('statements and blocks: a secret literal labelled by its name is emptied, a comment holding a token dropped, imports kept', () => {
  const python = [
    'import os',
    'if os.environ.get("CI"):',
    "    SECRET_KEY = 'Hk8s2Lq9Vx4mZ7pR3tW6yB1nQ0e'",
    '    ADMINS = [("Ops", "ops@example.com")]',
    'API_TOKENS = {"github": "ghp_R8mK2vQ9tL4xW7zB1nC5dF3gH6jP0sY2aE4u"}  # ghp_R8mK2vQ9tL4xW7zB1nC5dF3gH6jP0sY2aE4u',
    '',
  ].join('\n');
  assert.equal(
    created(python),
    ['import os', 'if os.environ.get("CI"):', "    SECRET_KEY = ''", '    ADMINS = [("Ops", "ops@example.com")]', 'API_TOKENS = {"github": ""}  ', ''].join('\n'),
  );
});

test('literal assignments: prefixes, triple quotes and numbers stay valid Python; None and empty strings stay as they are', () => {
  const python = ["API_KEY = b'Zq8vN3kP0wR7tY2uX5aB'", 'DB_PASSWORD = """Xv9rTq2L\nm8pZ4wKe"""', 'PIN_SECRET = 48213977', 'TOKEN = None', "PASSWORD = ''", ''].join('\n');
  const template = created(python);
  assert.equal(template, ["API_KEY = b''", 'DB_PASSWORD = ""', "PIN_SECRET = ''", 'TOKEN = None', "PASSWORD = ''", ''].join('\n'));
  assert.deepEqual(parse(template, 'python').assignments.map((a) => a.key), ['API_KEY', 'DB_PASSWORD', 'PIN_SECRET', 'TOKEN', 'PASSWORD']);
});

test('placeholders in Python are strings EnvSense reads as placeholders; empty mode empties every value', () => {
  const python = "SECRET_KEY = 'Hk8s2Lq9Vx4mZ7pR3tW6yB1nQ0e'\nDEBUG = True\n";
  assert.equal(created(python, withTemplateValues('placeholders')), "SECRET_KEY = '<your-secret-key>'\nDEBUG = True\n");
  assert.equal(created(python, withTemplateValues('empty')), "SECRET_KEY = ''\nDEBUG = ''\n");
  assert.equal(created(DATABASES, withTemplateValues('placeholders')), DATABASES.replace("'Vq8rT2mZk4Lp9xWs'", "'<your-password>'"));
});

test('commented-out Python assignments keep their line, their secret emptied', () => {
  assert.equal(created("# SECRET_KEY = 'Hk8s2Lq9Vx4mZ7pR3tW6yB1nQ0e'  # old\n# DEBUG = False\nDEBUG = True\n"), "# SECRET_KEY = ''\n# DEBUG = False\nDEBUG = True\n");
});
