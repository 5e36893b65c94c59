import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { NavigationWorkspace } from './navigationWorkspace';

const FILES = {
  '/workspace/.env': 'DATABASE_URL=postgres://u:Zq8vN3kP0wR7tY2u@db/app\nDEBUG=1\n',
  '/workspace/.env.local': 'DATABASE_URL=postgres://localhost/app\nDATABASE_URL=postgres://second/app\n',
  '/workspace/api/.env.production': 'STRIPE_SECRET_KEY=sk_live_51Hx0000000000000000000000\n',
  '/workspace/api/docker.env': 'DB_USER=app\n',
  '/workspace/web/.flaskenv': 'FLASK_APP=web\n',
  '/workspace/app/secrets.py': "SECRET_KEY = 'django-insecure-k3y'\n",
  '/workspace/app/secrets.py.template': "SECRET_KEY = ''\n",
  '/workspace/app/settings.py': 'SETTINGS_ONLY = 1\n',
  '/workspace/.env.vault': 'VAULTED=1\n',
  '/workspace/node_modules/pkg/.env': 'FROM_A_DEPENDENCY=1\n',
  '/workspace/.git/.env': 'IN_GIT=1\n',
  '/workspace/env/pyvenv.cfg': 'home = /usr/bin\n',
  '/workspace/env/lib/.env': 'IN_A_VIRTUALENV=1\n',
  '/workspace/dist/.env': 'BUILD_COPY=1\n',
  '/workspace/config/env/.env.test': 'TEST_ONLY=1\n',
};

const shown = (symbols: SymbolInformation[]) => symbols.map((s) => `${s.name} ${s.containerName} ${s.location.range.start.line + 1}`);

test('every key of every env file of the workspace, once per file, named with its file; dependencies, virtualenvs, build output and git left out', () => {
  const ws = new NavigationWorkspace({ ...FILES });
  assert.deepEqual(shown(ws.service.findWorkspaceSymbols('')).sort(), [
    'DATABASE_URL .env 1',
    'DATABASE_URL .env.local 2',
    'DB_USER api/docker.env 1',
    'DEBUG .env 2',
    'FLASK_APP web/.flaskenv 1',
    'SECRET_KEY app/secrets.py 1',
    'SECRET_KEY app/secrets.py.template 1',
    'STRIPE_SECRET_KEY api/.env.production 1',
    'TEST_ONLY config/env/.env.test 1',
  ]);
});

test('never a value: not in the name, not in the container, nowhere in the answer', () => {
  const ws = new NavigationWorkspace({ ...FILES });
  const answer = JSON.stringify(ws.service.findWorkspaceSymbols(''));
  for (const secret of ['Zq8vN3kP0wR7tY2u', 'sk_live_', 'django-insecure', 'postgres://']) assert.ok(!answer.includes(secret), secret);
});

test('the query matches case-insensitively as a substring or a subsequence; prefixes first, then shorter names', () => {
  const ws = new NavigationWorkspace({ ...FILES });
  assert.deepEqual(shown(ws.service.findWorkspaceSymbols('secret')), [
    'SECRET_KEY app/secrets.py 1',
    'SECRET_KEY app/secrets.py.template 1',
    'STRIPE_SECRET_KEY api/.env.production 1',
  ]);
  assert.deepEqual(shown(ws.service.findWorkspaceSymbols('dburl')), ['DATABASE_URL .env 1', 'DATABASE_URL .env.local 2']);
  assert.deepEqual(ws.service.findWorkspaceSymbols('zzz'), []);
});

test('read once until the workspace changes; open documents count as the editor has them', () => {
  const ws = new NavigationWorkspace({ ...FILES });
  assert.equal(ws.service.findWorkspaceSymbols('NEW_KEY').length, 0);
  ws.files['/workspace/api/.env'] = 'NEW_KEY=1\n';
  assert.equal(ws.service.findWorkspaceSymbols('NEW_KEY').length, 0, 'the walk is cached');
  ws.service.workspaceChanged();
  assert.deepEqual(shown(ws.service.findWorkspaceSymbols('NEW_KEY')), ['NEW_KEY api/.env 1']);
  ws.openDocument('/workspace/.env', '\nTYPED_NOW=1\n', 2);
  assert.deepEqual(shown(ws.service.findWorkspaceSymbols('typed')), ['TYPED_NOW .env 2']);
  assert.deepEqual(shown(ws.service.findWorkspaceSymbols('debug')), [], 'the open text replaces the disk copy');
});

test('without workspace folders there is nothing to walk', () => {
  const ws = new NavigationWorkspace({ ...FILES }, { folders: [] });
  assert.deepEqual(ws.service.findWorkspaceSymbols(''), []);
});
