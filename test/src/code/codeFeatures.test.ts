import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Location, MarkupContent, WorkspaceEdit } from 'vscode-languageserver-types';
import { codeService } from '../support/codeService';

const NEXT_FILES = {
  '/workspace/package.json': JSON.stringify({ dependencies: { next: '14.2.0' } }),
  '/workspace/.env': 'API_URL=http://localhost:3000\nSESSION_SECRET=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n',
  '/workspace/.env.production': 'API_URL=https://api.example.com\n',
  '/workspace/.env.example': 'API_URL=\nSESSION_SECRET=\nFEATURE_FLAG=\n',
  '/workspace/src/app/page.tsx': 'export default function Page() {\n  return <a href={process.env.API_URL}>{process.env.SESSION_SECRET}</a>;\n}\n',
  '/workspace/src/lib/api.ts': "export const api = process.env['API_URL'] ?? 'http://fallback';\n",
};

const PAGE = 'file:///workspace/src/app/page.tsx';
const at = (text: string, needle: string, uri = PAGE) => {
  const document = TextDocument.create(uri, 'typescriptreact', 1, text);
  return { document, position: document.positionAt(text.indexOf(needle) + 1) };
};
const hoverText = (hover: Hover | null) => (hover ? (hover.contents as MarkupContent).value : '');
const where = (locations: Location[]) => locations.map((l) => `${l.uri.replace('file:///workspace/', '')}:${l.range.start.line + 1}:${l.range.start.character + 1}`);

test('Next.js: completion after process.env. offers the keys the env files set, then template-only keys', async () => {
  const { service } = await codeService(NEXT_FILES);
  const text = 'const x = process.env.\n';
  const document = TextDocument.create('file:///workspace/src/new.ts', 'typescript', 1, text);
  const list = service.doComplete(document, { line: 0, character: text.indexOf('\n') });
  const items = list.items.map((item) => `${item.label} (${item.detail})`).sort();
  assert.deepEqual(items, ['API_URL (.env)', 'FEATURE_FLAG (template .env.example)', 'SESSION_SECRET (.env)']);
  const resolved = service.resolveCompletion(document, list.items.find((item) => item.label === 'API_URL')!);
  assert.match((resolved.documentation as MarkupContent).value, /Set in `\.\.\/\.env`, `\.\.\/\.env\.production`, `\.\.\/\.env\.example`/);
  // Outside an env context nothing is offered: the language's own server answers there.
  assert.deepEqual(service.doComplete(document, { line: 0, character: 6 }).items, []);
});

test('Next.js: hover on a read site says how it is read and which file wins per environment; a secret stays masked', async () => {
  const { service } = await codeService(NEXT_FILES);
  const text = NEXT_FILES['/workspace/src/app/page.tsx'];
  const api = hoverText(service.doHover(...Object.values(at(text, 'API_URL')) as [TextDocument, { line: number; character: number }]));
  assert.match(api, /^\*\*API_URL\*\* — read here with `process\.env`\./);
  assert.match(api, /`production`: `\.env\.production` gives `https:\/\/api\.example\.com`, over `\.env` \(`http:\/\/localhost:3000`\)/);
  const secret = hoverText(service.doHover(...Object.values(at(text, 'SESSION_SECRET')) as [TextDocument, { line: number; character: number }]));
  assert.match(secret, /a 32-character value/);
  assert.ok(!secret.includes('Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK'));
});

test('Next.js: definition from the code into every env file that sets the key; references from .env to every read site', async () => {
  const { service } = await codeService(NEXT_FILES);
  const page = at(NEXT_FILES['/workspace/src/app/page.tsx'], 'API_URL');
  assert.deepEqual(where(service.findDefinition(page.document, page.position)), ['.env:1:1', '.env.production:1:1', '.env.example:1:1']);
  const env = TextDocument.create('file:///workspace/.env', 'dotenv', 1, NEXT_FILES['/workspace/.env']);
  assert.deepEqual(where(service.findReferences(env, { line: 0, character: 2 }, true)), [
    '.env:1:1',
    '.env.example:1:1',
    '.env.production:1:1',
    'src/app/page.tsx:2:31',
    'src/lib/api.ts:1:33',
  ]);
});

/** The texts of every file a workspace edit touches, after it is applied to the in-memory files. */
function applied(files: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) continue;
    const path = change.textDocument.uri.replace('file://', '');
    const document = TextDocument.create(change.textDocument.uri, 'x', 0, files[path]!);
    out[path.replace('/workspace/', '')] = TextDocument.applyEdits(document, change.edits.filter((e): e is { range: never; newText: string } => 'range' in e));
  }
  return out;
}

test('rename from a read site renames the key in every env file and at every read site of the project', async () => {
  const { service } = await codeService(NEXT_FILES);
  const page = at(NEXT_FILES['/workspace/src/app/page.tsx'], 'API_URL');
  const answer = service.rename(page.document, page.position, 'BACKEND_URL', { documentChanges: true });
  assert.ok('edit' in answer, JSON.stringify(answer));
  assert.deepEqual(applied(NEXT_FILES, answer.edit), {
    '.env': 'BACKEND_URL=http://localhost:3000\nSESSION_SECRET=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\n',
    '.env.example': 'BACKEND_URL=\nSESSION_SECRET=\nFEATURE_FLAG=\n',
    '.env.production': 'BACKEND_URL=https://api.example.com\n',
    'src/app/page.tsx': 'export default function Page() {\n  return <a href={process.env.BACKEND_URL}>{process.env.SESSION_SECRET}</a>;\n}\n',
    'src/lib/api.ts': "export const api = process.env['BACKEND_URL'] ?? 'http://fallback';\n",
  });
  const refused = service.rename(page.document, page.position, 'BACKEND-URL', { documentChanges: true });
  assert.ok('refused' in refused);
});

const DJANGO_FILES = {
  '/workspace/manage.py': '#!/usr/bin/env python\n',
  '/workspace/mysite/settings.py':
    "try:\n    from .secrets import *\nexcept ModuleNotFoundError:\n    import os\n    EMAIL_HOST_USER = os.environ.get('EMAIL_HOST_USER')\n    EMAIL_HOST_PASSWORD = os.environ.get('EMAIL_HOST_PASSWORD')\n",
  '/workspace/mysite/secrets.py': "EMAIL_HOST_USER = 'mentorship@acme.org'\nEMAIL_HOST_PASSWORD = 'hunter2hunter2hunter2'\n",
  '/workspace/mysite/secrets.py.template': "EMAIL_HOST_USER = ''\nEMAIL_HOST_PASSWORD = ''\n",
};

test("Django's mixed approach: the settings module's reads lead to secrets.py and back; rename from secrets.py renames the read", async () => {
  const { service } = await codeService(DJANGO_FILES);
  const settings = DJANGO_FILES['/workspace/mysite/settings.py'];
  const read = at(settings, "EMAIL_HOST_USER')", 'file:///workspace/mysite/settings.py');
  const hover = hoverText(service.doHover(read.document, read.position));
  assert.match(hover, /read here with `os\.environ\.get`/);
  assert.match(hover, /Set in `secrets\.py`, `secrets\.py\.template`\./);
  assert.deepEqual(where(service.findDefinition(read.document, read.position)), ['mysite/secrets.py:1:1', 'mysite/secrets.py.template:1:1']);
  const password = at(settings, "EMAIL_HOST_PASSWORD')", 'file:///workspace/mysite/settings.py');
  assert.ok(!hoverText(service.doHover(password.document, password.position)).includes('hunter2'));
  const secrets = TextDocument.create('file:///workspace/mysite/secrets.py', 'python', 1, DJANGO_FILES['/workspace/mysite/secrets.py']);
  const answer = service.rename(secrets, { line: 0, character: 3 }, 'MAIL_USER', { documentChanges: true });
  assert.ok('edit' in answer);
  assert.equal(applied(DJANGO_FILES, answer.edit)['mysite/settings.py'], settings.replace("'EMAIL_HOST_USER'", "'MAIL_USER'"));
});

test('definition from the code puts first the file that wins in the loader’s first environment (Next.js development: .env.local)', async () => {
  const { service } = await codeService({ ...NEXT_FILES, '/workspace/.env.local': 'API_URL=http://local:3000\n' });
  const page = at(NEXT_FILES['/workspace/src/app/page.tsx'], 'API_URL');
  assert.deepEqual(where(service.findDefinition(page.document, page.position)), ['.env.local:1:1', '.env:1:1', '.env.production:1:1', '.env.example:1:1']);
});

test('the server learns once that a code edit changed the names read, to check the open env files again', async () => {
  const { service } = await codeService(NEXT_FILES);
  const text = NEXT_FILES['/workspace/src/lib/api.ts'];
  const v1 = TextDocument.create('file:///workspace/src/lib/api.ts', 'typescript', 1, text);
  service.doValidation(v1);
  assert.equal(service.updateCodeDocument(v1), false, 'the same names as on disk');
  const v2 = TextDocument.update(TextDocument.create(v1.uri, 'typescript', 1, text), [{ text: `${text}process.env.NEW_KEY;\n` }], 2);
  service.doValidation(v2);
  assert.equal(service.updateCodeDocument(v2), true, 'NEW_KEY is read now, even after doValidation read the new version first');
  assert.equal(service.updateCodeDocument(v2), false, 'said once');
});

test('a monorepo: completion offers the keys a schema declares only in its own project', async () => {
  const { service } = await codeService({
    '/workspace/apps/web/.env': 'A=1\n',
    '/workspace/apps/web2/.env': 'B=1\n',
    '/workspace/apps/web2/src/env.ts': 'createEnv({ server: { ONLY_WEB2: z.string() } });\n',
  });
  const text = 'process.env.\n';
  const document = TextDocument.create('file:///workspace/apps/web/src/x.ts', 'typescript', 1, text);
  const labels = service.doComplete(document, { line: 0, character: 12 }).items.map((item) => `${item.label} ${item.detail}`);
  assert.ok(!labels.some((label) => label.includes('declared in')), JSON.stringify(labels));
});
