import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { located, NavigationWorkspace } from './navigationWorkspace';

/** A Next.js-style family: `.env`, `.env.local`, `.env.production` and the committed template. */
const NEXT = {
  '/workspace/.env': 'HOST=localhost\nPORT=3000\nURL=http://${HOST}:${PORT}\n',
  '/workspace/.env.local': 'HOST=127.0.0.1\nHOST=0.0.0.0\nAPI=${HOST}/api\nORIGIN=${PORT}\n',
  '/workspace/.env.production': 'HOST=example.com\n',
  '/workspace/.env.example': 'HOST=\nPORT=\n',
  '/workspace/README.md': 'HOST=not an env file\n',
};

test('on a key: its assignments in the file itself, then .env, then the others by name; in a file the winning (last) one first', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const { document, position } = ws.at('/workspace/.env.local', 'HOST', 1);
  assert.deepEqual(located(ws.service.findDefinition(document, position)), [
    '.env.local 2:1-5',
    '.env.local 1:1-5',
    '.env 1:1-5',
    '.env.example 1:1-5',
    '.env.production 1:1-5',
  ]);
});

test('from the template, the cursor at the end of the key: the template first, then .env and the rest', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const { document, position } = ws.at('/workspace/.env.example', 'PORT', 4);
  assert.deepEqual(located(ws.service.findDefinition(document, position)), ['.env.example 2:1-5', '.env 2:1-5']);
});

test('on ${KEY}: the assignment it expands from — earlier in this file, else in the file loaded before it', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const api = ws.at('/workspace/.env.local', '${HOST}', 3);
  assert.deepEqual(located(ws.service.findDefinition(api.document, api.position)), ['.env.local 2:1-5']);
  const origin = ws.at('/workspace/.env.local', '${PORT}', 1);
  assert.deepEqual(located(ws.service.findDefinition(origin.document, origin.position)), ['.env 2:1-5']);
});

test('on a reference set nowhere before it: every assignment of the family, as for the key', () => {
  const ws = new NavigationWorkspace({ '/workspace/.env': 'URL=${LATER}\nLATER=1\n', '/workspace/.env.example': 'LATER=\n' });
  const { document, position } = ws.at('/workspace/.env', 'LATER', 0);
  assert.deepEqual(located(ws.service.findDefinition(document, position)), ['.env 2:1-6', '.env.example 1:1-6']);
});

test('nothing where there is no key: a value, a comment, a single-quoted ${X} (never expanded), a file outside any family', () => {
  const ws = new NavigationWorkspace({
    '/workspace/.env': "A=plain\n# HOST=old\nB='${A}'\n",
    '/workspace/app.env': 'A=1\n',
  });
  for (const [needle, into] of [['plain', 2], ['HOST', 1], ['${A}', 2]] as const) {
    const { document, position } = ws.at('/workspace/.env', needle, into);
    assert.deepEqual(ws.service.findDefinition(document, position), [], needle);
  }
  const lone = ws.at('/workspace/app.env', 'A');
  assert.deepEqual(located(ws.service.findDefinition(lone.document, lone.position)), ['app.env 1:1-2']);
});

test('a Python secrets file and its template lead to each other', () => {
  const ws = new NavigationWorkspace({
    '/workspace/app/secrets.py': "SECRET_KEY = 'x'\nDEBUG = True\n",
    '/workspace/app/secrets.py.template': "SECRET_KEY = ''\n",
    '/workspace/app/settings.py': 'from .secrets import SECRET_KEY\n',
  });
  const document = ws.openDocument('/workspace/app/secrets.py.template');
  const { position } = ws.at('/workspace/app/secrets.py.template', 'SECRET_KEY', 3);
  assert.deepEqual(located(ws.service.findDefinition(document, position)), ['secrets.py.template 1:1-11', 'secrets.py 1:1-11']);
});

test('an open member counts as the editor has it, not as the disk does', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  ws.openDocument('/workspace/.env', '# moved down\n\nHOST=localhost\n', 7);
  const { document, position } = ws.at('/workspace/.env.production', 'HOST');
  assert.deepEqual(located(ws.service.findDefinition(document, position)), ['.env.production 1:1-5', '.env 3:1-5', '.env.example 1:1-5', '.env.local 2:1-5', '.env.local 1:1-5']);
});
