import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { readSettings } from '../../../server/out/service';
import { located, NavigationWorkspace } from './navigationWorkspace';

const FAMILY = {
  '/workspace/.env': 'HOST=localhost\nURL=http://${HOST}:80/\n# HOST=old.example.com\n',
  '/workspace/.env.local': 'HOST=127.0.0.1\nAPI=$HOST/api\nFALLBACK=${HOST:-none}\nHOSTNAME=box\n',
  '/workspace/.env.example': '# The host to bind\nHOST=\n',
  '/workspace/sub/.env': 'HOST=elsewhere\n',
};

test('every assignment (commented-out too) and every ${HOST} / $HOST of the family; not HOSTNAME, not another folder', () => {
  const ws = new NavigationWorkspace({ ...FAMILY });
  const { document, position } = ws.at('/workspace/.env.local', '$HOST', 2);
  assert.deepEqual(located(ws.service.findReferences(document, position, true)), [
    '.env.local 1:1-5',
    '.env.local 2:6-10',
    '.env.local 3:12-16',
    '.env 1:1-5',
    '.env 2:14-18',
    '.env 3:3-7',
    '.env.example 2:1-5',
  ]);
});

test('without declarations: the references in values only', () => {
  const ws = new NavigationWorkspace({ ...FAMILY });
  const { document, position } = ws.at('/workspace/.env', 'HOST');
  assert.deepEqual(located(ws.service.findReferences(document, position, false)), ['.env 2:14-18', '.env.local 2:6-10', '.env.local 3:12-16']);
});

test("a bare $HOST that the file's reader leaves as written is no reference (python-dotenv replaces ${HOST} only)", () => {
  const settings = readSettings({ readers: [{ fileMatch: ['**/.env*'], readers: ['python-dotenv'] }] }).settings;
  const ws = new NavigationWorkspace({ ...FAMILY }, { settings });
  const { document, position } = ws.at('/workspace/.env.local', 'HOST');
  assert.deepEqual(located(ws.service.findReferences(document, position, false)), ['.env.local 3:12-16', '.env 2:14-18']);
});

test('in a secret value a bare $NAME is part of the password, not a reference; ${NAME} still is', () => {
  const ws = new NavigationWorkspace({ '/workspace/.env': 'PASS=1\nDB_PASSWORD=hunter$PASS\nDB_URL=postgres://u:${PASS}@h/db\n' });
  const { document, position } = ws.at('/workspace/.env', 'PASS');
  assert.deepEqual(located(ws.service.findReferences(document, position, true)), ['.env 1:1-5', '.env 3:23-27']);
});

test('document highlights: the key within its own file, assignments written, references read, commented-out keys as text', () => {
  const ws = new NavigationWorkspace({ ...FAMILY });
  const { document, position } = ws.at('/workspace/.env', 'HOST', 2, 2);
  const highlights = ws.service.findDocumentHighlights(document, position);
  assert.deepEqual(
    highlights.map(({ range, kind }) => [range.start.line + 1, range.start.character + 1, range.end.character + 1, kind]),
    [
      [1, 1, 5, DocumentHighlightKind.Write],
      [2, 14, 18, DocumentHighlightKind.Read],
      [3, 3, 7, DocumentHighlightKind.Text],
    ],
  );
  assert.deepEqual(ws.service.findDocumentHighlights(document, { line: 0, character: 8 }), []);
});
