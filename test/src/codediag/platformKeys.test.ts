import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeProblems, projectOf } from './harness';

/** From the code corpus: nickjj/docker-django-example and docker-flask-example show `os.environ['PYTHON_VERSION']` on a page. */
test('the version the official python and node Docker images set is never "read but not set"', async () => {
  const project = await projectOf({
    '/workspace/.env.example': 'SECRET_KEY=\n',
    '/workspace/views.py': "import os\nversion = os.environ['PYTHON_VERSION']\nother = os.environ['APP_VERSION']\n",
    '/workspace/web.js': 'console.log(process.env.NODE_VERSION, process.env.APP_VERSION);\n',
  });
  const unset = (path: string) =>
    codeProblems(project, path)
      .filter((p) => p.code === 'read-but-not-set')
      .map((p) => p.message.slice(0, p.message.indexOf(' ')));
  assert.deepEqual(unset('/workspace/views.py'), ['APP_VERSION']);
  assert.deepEqual(unset('/workspace/web.js'), ['APP_VERSION']);
});
