import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeFixes, codeProblems, envProblems, projectOf } from './harness';

/** The mixed approach: settings from secrets.py on a laptop, from the environment where it is missing. */
const SETTINGS = [
  'import os',
  '',
  'try:',
  '    from .secrets import *',
  'except ModuleNotFoundError:',
  "    SECRET_KEY = os.environ['SECRET_KEY']",
  "    EMAIL_HOST_USER = os.environ.get('EMAIL_HOST_USER')",
  "    MAILCHIMP_API_KEY = os.environ.get('MAILCHIMP_API_KEY')",
  "    TIMEOUT = int(os.environ.get('TIMEOUT', '30'))",
  '',
].join('\n');

const FILES = {
  '/workspace/manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\n',
  '/workspace/requirements.txt': 'Django==5.0.6\n',
  '/workspace/mysite/settings.py': SETTINGS,
  '/workspace/mysite/secrets.py': "SECRET_KEY = 'dev-only-not-a-secret'\nEMAIL_HOST_USER = 'me@example.com'\nTIMEOUT = 'soon'\n",
  '/workspace/mysite/secrets.py.template': "SECRET_KEY = ''\nEMAIL_HOST_USER = ''\n",
  '/workspace/.env': 'LEGACY_FLAG=1\nPOSTGRES_DB=mysite\n',
};

test('Django mixed approach: a key settings.py reads that neither secrets.py nor its template sets', async () => {
  const project = await projectOf(FILES);
  assert.deepEqual(codeProblems(project, '/workspace/mysite/settings.py'), [
    {
      code: 'read-but-not-set',
      at: '8:41-8:58',
      message:
        "MAILCHIMP_API_KEY is set in no env file of this project (mysite/secrets.py, mysite/secrets.py.template, .env): unless the environment provides it, os.environ.get('MAILCHIMP_API_KEY') returns None here.",
      severity: 3,
    },
  ]);
});

test('Django mixed approach: the fix writes the key in secrets.py.template, after the key read before it', async () => {
  const project = await projectOf(FILES);
  assert.deepEqual(codeFixes(project, '/workspace/mysite/settings.py'), [
    {
      title: 'Add MAILCHIMP_API_KEY to mysite/secrets.py.template',
      files: { '/workspace/mysite/secrets.py.template': "SECRET_KEY = ''\nEMAIL_HOST_USER = ''\nMAILCHIMP_API_KEY = ''\n" },
    },
  ]);
});

test('Django mixed approach: secrets.py is not judged for unread names (Django reads settings); the root .env is', async () => {
  const project = await projectOf(FILES);
  assert.deepEqual(envProblems(project, '/workspace/mysite/secrets.py').filter((p) => p.code === 'set-but-never-read'), []);
  // POSTGRES_DB: the postgres image reads it (a service schema knows it).
  assert.deepEqual(
    envProblems(project, '/workspace/.env').filter((p) => p.code === 'set-but-never-read').map((p) => `${p.at} ${p.message}`),
    ['1:1-1:12 No code reads LEGACY_FLAG: the one file of this project that reads environment variables does not name it, nor does any other code of the workspace.'],
  );
});

test('Django mixed approach: a value in secrets.py is Python, not the environment: no type mismatch from it', async () => {
  const project = await projectOf(FILES);
  assert.deepEqual(codeProblems(project, '/workspace/mysite/settings.py').filter((p) => p.code === 'read-type-mismatch'), []);
});
