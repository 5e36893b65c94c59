import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryWorkspace, withTemplateValues } from './templateWorkspace';

/** Drift between a family's files and its template, both ways, with the text each fix leaves. */
const DRIFT = ['missing-from-template', 'template-key-not-set'];
const drift = (workspace: MemoryWorkspace, path: string) => workspace.problems(path).filter((p) => DRIFT.includes(p.code)).map((p) => `${p.code} ${p.at} ${p.message}`);

test('the issue\'s .env flow: Create template, add a key to .env, the fix adds it to .env.example', () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env': 'PORT=3000\nDB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\nLOG_LEVEL=debug\n' });
  workspace.apply(workspace.sourceActions('/workspace/.env')[0]!.edit);
  assert.equal(workspace.files['/workspace/.env.example'], 'PORT=3000\nDB_PASSWORD=\nLOG_LEVEL=debug\n');
  workspace.files['/workspace/.env'] = 'PORT=3000\nDB_PASSWORD=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\nREDIS_URL=redis://cache:6379\nLOG_LEVEL=debug\n';
  assert.deepEqual(drift(workspace, '/workspace/.env'), [
    'missing-from-template 3:1-3:10 REDIS_URL is not in .env.example: whoever sets up the project from .env.example will not know to set it.',
  ]);
  const fixes = workspace.fixes('/workspace/.env', 'missing-from-template');
  assert.deepEqual(fixes.map((f) => f.title), ['Add REDIS_URL to .env.example']);
  workspace.apply(fixes[0]!.edit);
  // Next to its neighbour, without its value.
  assert.equal(workspace.files['/workspace/.env.example'], 'PORT=3000\nDB_PASSWORD=\nREDIS_URL=\nLOG_LEVEL=debug\n');
  assert.deepEqual(drift(workspace, '/workspace/.env'), []);
});

test('several env files share one template; each reports its own keys and the fix writes to .env.example', () => {
  const workspace = new MemoryWorkspace({
    '/workspace/.env': 'A=1\nB=2\n',
    '/workspace/.env.local': 'B=3\nPERSONAL=me\n',
    '/workspace/.env.production': 'A=9\nSENTRY_DSN=https://key@sentry.example.com/1\n',
    '/workspace/.env.example': 'A=\nB=\n',
  });
  assert.deepEqual(drift(workspace, '/workspace/.env'), []);
  assert.deepEqual(drift(workspace, '/workspace/.env.local').map((d) => d.slice(0, 33)), ['missing-from-template 2:1-2:9 PER']);
  assert.deepEqual(drift(workspace, '/workspace/.env.production').map((d) => d.slice(0, 35)), ['missing-from-template 2:1-2:11 SENT']);
  workspace.apply(workspace.fixes('/workspace/.env.production', 'missing-from-template')[0]!.edit);
  assert.equal(workspace.files['/workspace/.env.example'], 'A=\nSENTRY_DSN=\nB=\n');
});

test('a template key set in any member counts: set only in .env.local, it is not missing from .env', () => {
  const files = { '/workspace/.env': 'A=1\n', '/workspace/.env.local': 'SECRET_TOKEN=x\n', '/workspace/.env.example': 'A=\nSECRET_TOKEN=\nSENTRY_DSN=\n' };
  const workspace = new MemoryWorkspace({ ...files });
  assert.deepEqual(drift(workspace, '/workspace/.env'), ['template-key-not-set 1:1-1:2 Listed in .env.example but set in no file of the family (.env, .env.local): SENTRY_DSN.']);
  // Reported in .env only, not again in each member.
  assert.deepEqual(drift(workspace, '/workspace/.env.local'), []);
  // A key commented out in a member is one its author knows about.
  workspace.files['/workspace/.env.local'] = 'SECRET_TOKEN=x\n# SENTRY_DSN=\n';
  assert.deepEqual(drift(new MemoryWorkspace(workspace.files), '/workspace/.env'), []);
  // …in this file too.
  assert.deepEqual(drift(new MemoryWorkspace({ ...files, '/workspace/.env': 'A=1\n#SENTRY_DSN=https://k@sentry.example.com/2\n' }), '/workspace/.env'), []);
});

test('without .env, each member but test files reports the template keys no file sets', () => {
  const workspace = new MemoryWorkspace({
    '/workspace/.env.development': 'A=1\n',
    '/workspace/.env.production': 'A=2\n',
    '/workspace/.env.test': 'A=3\n',
    '/workspace/.env.example': 'A=\nB=\n',
  });
  assert.deepEqual(drift(workspace, '/workspace/.env.development').map((d) => d.split(' ')[0]), ['template-key-not-set']);
  assert.deepEqual(drift(workspace, '/workspace/.env.production').map((d) => d.split(' ')[0]), ['template-key-not-set']);
  assert.deepEqual(drift(workspace, '/workspace/.env.test'), []);
});

test('keys the template lists only in a comment are documented; a test file\'s own keys are only a hint', () => {
  const workspace = new MemoryWorkspace({ '/workspace/.env': 'A=1\nDEBUG_SQL=1\n', '/workspace/.env.test': 'TEST_ONLY=1\n', '/workspace/.env.example': 'A=\n# DEBUG_SQL=1\n' });
  assert.deepEqual(drift(workspace, '/workspace/.env'), []);
  assert.deepEqual(workspace.problems('/workspace/.env.test').filter((p) => p.code === 'missing-from-template').map((p) => p.severity), [4]);
});

test('a key an applied schema requires is reported by missing-required alone, not twice', () => {
  const team = JSON.stringify({ id: 'ours', name: 'Ours', variables: { API_URL: { required: true }, OPTIONAL: {} } });
  const workspace = new MemoryWorkspace({ '/workspace/.envsense/ours.json': team, '/workspace/.env': 'A=1\n', '/workspace/.env.example': 'A=\nAPI_URL=\nOPTIONAL=\n' });
  const problems = workspace.problems('/workspace/.env');
  assert.deepEqual(problems.map((p) => `${p.code} ${p.message}`), [
    'missing-required Required and not set: API_URL (Ours).',
    'template-key-not-set Listed in .env.example but not set in this file: OPTIONAL.',
  ]);
});

test('Add KEY (from .env.example): a schema default, else the template\'s plain value, else empty; next to its neighbour', () => {
  const team = JSON.stringify({ id: 'ours', name: 'Ours', variables: { LOG_LEVEL: { default: 'info' } } });
  const example = ['A=', 'LOG_LEVEL=debug', 'PORT=3000', 'API_KEY=<your-api-key>', 'DB_PASSWORD=changeme', 'WORKERS="2 per core"', 'Z=', ''].join('\n');
  const workspace = new MemoryWorkspace({ '/workspace/.envsense/ours.json': team, '/workspace/.env': 'A=1\nZ=2\n', '/workspace/.env.example': example });
  const fixes = workspace.fixes('/workspace/.env', 'template-key-not-set');
  assert.deepEqual(fixes.map((f) => f.title), [
    'Add LOG_LEVEL (from .env.example)',
    'Add PORT (from .env.example)',
    'Add API_KEY (from .env.example)',
    'Add DB_PASSWORD (from .env.example)',
    'Add WORKERS (from .env.example)',
    'Add the 5 keys from .env.example',
  ]);
  const all = new MemoryWorkspace({ ...workspace.files });
  all.apply(fixes[5]!.edit);
  assert.equal(all.files['/workspace/.env'], 'A=1\nLOG_LEVEL=info\nPORT=3000\nAPI_KEY=\nDB_PASSWORD=\nWORKERS="2 per core"\nZ=2\n');
  workspace.apply(fixes[1]!.edit);
  assert.equal(workspace.files['/workspace/.env'], 'A=1\nPORT=3000\nZ=2\n');
});

test('Add KEY to the template keeps its line endings, its missing final newline and its `export` style', () => {
  const crlf = new MemoryWorkspace({ '/workspace/.env': 'NEW=1\nA=1\n', '/workspace/.env.example': 'A=\r\nB=' });
  crlf.apply(crlf.fixes('/workspace/.env', 'missing-from-template')[0]!.edit);
  // No key before NEW in .env: at the end, and still without a final newline.
  assert.equal(crlf.files['/workspace/.env.example'], 'A=\r\nB=\r\nNEW=');
  const exported = new MemoryWorkspace({ '/workspace/.env': 'A=1\nNEW=1\n', '/workspace/.env.example': 'export A=\nexport B=\n' });
  exported.apply(exported.fixes('/workspace/.env', 'missing-from-template')[0]!.edit);
  assert.equal(exported.files['/workspace/.env.example'], 'export A=\nexport NEW=\nexport B=\n');
});

test('Add the N keys missing from .env.example; a schema default only with keepDefaults and never for a secret', () => {
  const team = JSON.stringify({ id: 'ours', name: 'Ours', variables: { LOG_LEVEL: { default: 'info' }, API_SECRET: { default: 'dev-secret-value' } } });
  const files = { '/workspace/.envsense/ours.json': team, '/workspace/.env': 'A=1\nLOG_LEVEL=warn\nAPI_SECRET=Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK\nB=2\n', '/workspace/.env.example': 'A=\nB=\n' };
  const keep = new MemoryWorkspace({ ...files });
  const fixes = keep.fixes('/workspace/.env', 'missing-from-template');
  assert.deepEqual(fixes.map((f) => f.title), ['Add LOG_LEVEL to .env.example', 'Add the 2 keys missing from .env.example', 'Add API_SECRET to .env.example', 'Add the 2 keys missing from .env.example']);
  keep.apply(fixes[1]!.edit);
  assert.equal(keep.files['/workspace/.env.example'], 'A=\nLOG_LEVEL=info\nAPI_SECRET=\nB=\n');
  const empty = new MemoryWorkspace({ ...files }, withTemplateValues('empty'));
  empty.apply(empty.fixes('/workspace/.env', 'missing-from-template')[1]!.edit);
  assert.equal(empty.files['/workspace/.env.example'], 'A=\nLOG_LEVEL=\nAPI_SECRET=\nB=\n');
});

test('Python: secrets.py against secrets.py.template, both ways, in the same words', () => {
  const workspace = new MemoryWorkspace({ '/workspace/app/secrets.py': "A = 1\nNEW_KEY = 'x'\n", '/workspace/app/secrets.py.template': 'A = 0\nB = 2\n' });
  assert.deepEqual(drift(workspace, '/workspace/app/secrets.py'), [
    'template-key-not-set 1:1-1:2 Listed in secrets.py.template but not set in this file: B.',
    'missing-from-template 2:1-2:8 NEW_KEY is not in secrets.py.template: whoever sets up the project from secrets.py.template will not know to set it.',
  ]);
  assert.deepEqual(drift(workspace, '/workspace/app/secrets.py.template'), []);
});
