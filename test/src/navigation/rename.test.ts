import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { NavigationWorkspace } from './navigationWorkspace';

const NEXT = {
  '/workspace/.env': '# Database\nDB_HOST=localhost\nDATABASE_URL=postgres://app@${DB_HOST}:5432/app\n',
  '/workspace/.env.local': 'DB_HOST=127.0.0.1\nREPLICA=$DB_HOST\n',
  '/workspace/.env.production': 'DB_HOST=db.internal\nREADER_URL=postgres://ro@${DB_HOST:-db}/app\nDB_HOSTNAME=keep\n',
  '/workspace/.env.example': '# DB_HOST=localhost\nDB_HOST=\n',
  '/workspace/sub/.env': 'DB_HOST=not this family\n',
};

function edited(answer: { edit: WorkspaceEdit } | { refused: string }): WorkspaceEdit {
  if ('refused' in answer) assert.fail(`refused: ${answer.refused}`);
  return answer.edit;
}

test('rename updates every file of the family and every ${KEY} / $KEY: the exact texts after the edit', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const { document, position } = ws.at('/workspace/.env.local', 'DB_HOST', 3);
  const after = ws.applied(edited(ws.service.rename(document, position, 'POSTGRES_HOST', { documentChanges: false })));
  assert.deepEqual(after, {
    '/workspace/.env': '# Database\nPOSTGRES_HOST=localhost\nDATABASE_URL=postgres://app@${POSTGRES_HOST}:5432/app\n',
    '/workspace/.env.local': 'POSTGRES_HOST=127.0.0.1\nREPLICA=$POSTGRES_HOST\n',
    '/workspace/.env.production': 'POSTGRES_HOST=db.internal\nREADER_URL=postgres://ro@${POSTGRES_HOST:-db}/app\nDB_HOSTNAME=keep\n',
    '/workspace/.env.example': '# POSTGRES_HOST=localhost\nPOSTGRES_HOST=\n',
    '/workspace/sub/.env': 'DB_HOST=not this family\n',
  });
});

test('from a ${KEY} reference, as from the key', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const { document, position } = ws.at('/workspace/.env', '${DB_HOST}', 4);
  const after = ws.applied(edited(ws.service.rename(document, position, 'PGHOST', { documentChanges: false })));
  assert.equal(after['/workspace/.env.production'], 'PGHOST=db.internal\nREADER_URL=postgres://ro@${PGHOST:-db}/app\nDB_HOSTNAME=keep\n');
});

test("open documents are edited as the editor has them, with their version; files on the disk with version null", () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  // Unsaved in the editor: a line inserted above, which the disk copy does not have yet.
  ws.openDocument('/workspace/.env.production', 'EXTRA=1\nDB_HOST=db.internal\n', 12);
  const document = ws.openDocument('/workspace/.env.local', undefined, 3);
  const { position } = ws.at('/workspace/.env.local', 'DB_HOST');
  const edit = edited(ws.service.rename(document, position, 'PGHOST', { documentChanges: true }));
  assert.equal(edit.changes, undefined);
  const versions = Object.fromEntries((edit.documentChanges ?? []).map((c) => ('textDocument' in c ? [c.textDocument.uri.replace('file:///workspace/', ''), c.textDocument.version] : [])));
  assert.deepEqual(versions, { '.env.local': 3, '.env': null, '.env.example': null, '.env.production': 12 });
  assert.equal(ws.applied(edit)['/workspace/.env.production'], 'EXTRA=1\nPGHOST=db.internal\n');
});

test('a file changed on the disk since it was last read is renamed as it is now (a rename reads the family afresh)', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const { document, position } = ws.at('/workspace/.env.local', 'DB_HOST');
  assert.equal(ws.service.findReferences(document, position, true).length, 8);
  ws.files['/workspace/.env.production'] = '\n\nDB_HOST=moved\n';
  const after = ws.applied(edited(ws.service.rename(document, position, 'PGHOST', { documentChanges: false })));
  assert.equal(after['/workspace/.env.production'], '\n\nPGHOST=moved\n');
});

test('secrets.py and its template, as Python names', () => {
  const ws = new NavigationWorkspace({
    '/workspace/app/secrets.py': "SECRET_KEY = 'x'  # the key\nDEBUG = True\n",
    '/workspace/app/secrets.py.template': "# SECRET_KEY = 'change me'\nSECRET_KEY = ''\n",
  });
  const document = ws.openDocument('/workspace/app/secrets.py');
  const { position } = ws.at('/workspace/app/secrets.py', 'SECRET_KEY');
  const after = ws.applied(edited(ws.service.rename(document, position, 'DJANGO_SECRET_KEY', { documentChanges: false })));
  assert.deepEqual(after, {
    '/workspace/app/secrets.py': "DJANGO_SECRET_KEY = 'x'  # the key\nDEBUG = True\n",
    '/workspace/app/secrets.py.template': "# DJANGO_SECRET_KEY = 'change me'\nDJANGO_SECRET_KEY = ''\n",
  });
  for (const [name, why] of [
    ['class', '"class" is a Python keyword.'],
    ['2FA', '"2FA" is not a Python name: use letters, digits and _, not starting with a digit.'],
    ['API-KEY', '"API-KEY" is not a Python name: use letters, digits and _, not starting with a digit.'],
  ]) {
    assert.deepEqual(ws.service.rename(document, position, name!, { documentChanges: false }), { refused: `Cannot rename SECRET_KEY: ${why}` });
  }
});

test('refused with the reason: not a key the reader reads, not nameable in ${…} while referenced, already set, off a key', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const { document, position } = ws.at('/workspace/.env.local', 'DB_HOST');
  const refusal = (name: string) => {
    const answer = ws.service.rename(document, position, name, { documentChanges: false });
    return 'refused' in answer ? answer.refused : 'renamed';
  };
  assert.equal(refusal(''), 'Cannot rename DB_HOST: A key cannot be empty.');
  assert.equal(refusal('DB HOST'), `Cannot rename DB_HOST: "DB HOST" is not a key Node's dotenv reads: a key is made of letters, digits, _, . and -.`);
  assert.equal(refusal('A=B'), `Cannot rename DB_HOST: "A=B" is not a key Node's dotenv reads: a key is made of letters, digits, _, . and -.`);
  assert.equal(refusal('DB\nHOST'), `Cannot rename DB_HOST: "DB\\nHOST" is not a key Node's dotenv reads: a key is made of letters, digits, _, . and -.`);
  assert.equal(refusal('db.host'), 'Cannot rename DB_HOST: "db.host" cannot be written in a ${…} reference (letters, digits and _, not starting with a digit), and this key is referenced.');
  assert.equal(refusal('DATABASE_URL'), 'Cannot rename DB_HOST to DATABASE_URL: DATABASE_URL is already set in .env, and one value would replace the other.');
  assert.equal(refusal('x'.repeat(100_000)), 'renamed');
  const unreferenced = new NavigationWorkspace({ '/workspace/.env': 'A=1\n' });
  const a = unreferenced.at('/workspace/.env', 'A');
  assert.ok('edit' in unreferenced.service.rename(a.document, a.position, 'a.b-c', { documentChanges: false }), 'a dotted key is fine when nothing refers to it');
  const offKey = ws.at('/workspace/.env.local', '127');
  assert.deepEqual(ws.service.prepareRename(offKey.document, offKey.position), { refused: 'Put the cursor on a key or on a ${KEY} reference to rename it.' });
});

test("a reader's own key rules decide: phpdotenv refuses a name with a dash, which Node's dotenv reads", () => {
  const ws = new NavigationWorkspace({ '/workspace/.env': '# envsense: reader=phpdotenv\nA=1\n' });
  const { document, position } = ws.at('/workspace/.env', 'A=', 0);
  const answer = ws.service.rename(document, position, 'A-B', { documentChanges: false });
  assert.deepEqual(answer, { refused: 'Cannot rename A: "A-B" is not a key phpdotenv reads, and it reads this file.' });
});

test('prepareRename: the name under the cursor and its range (inside ${…} for a reference); the same name renames nothing', () => {
  const ws = new NavigationWorkspace({ ...NEXT });
  const { document, position } = ws.at('/workspace/.env', '${DB_HOST}', 2);
  assert.deepEqual(ws.service.prepareRename(document, position), {
    range: { start: { line: 2, character: 30 }, end: { line: 2, character: 37 } },
    placeholder: 'DB_HOST',
  });
  assert.deepEqual(ws.service.rename(document, position, 'DB_HOST', { documentChanges: false }), { edit: { changes: {} } });
});
