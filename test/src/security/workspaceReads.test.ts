import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFs } from '../../../server/out/node/nodeFs';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { createLanguageService, DEFAULT_SETTINGS, type EnvSenseSettings } from '../../../server/out/service';
import { diskWorkspace, type DiskEntry } from '../support/diskWorkspace';
import { toProblem } from '../support/service';

/**
 * Files the workspace names or holds that never end (`/dev/zero`, a FIFO) or lie outside it. Each
 * vector alone; before the fix each of them hung the server or read a file from outside. The
 * timeout turns a hang back into a failure instead of a stuck test run.
 */
const GUARD = { timeout: 20_000 };
const BUNDLED = loadBundledSchemas(resolve(__dirname, '../../..'));

/** A schema whose key names must never appear in what EnvSense shows. */
const OUTSIDE_SCHEMA = JSON.stringify({
  id: 'outside',
  name: 'Outside',
  closed: true,
  variables: { PRIVATE_OUTSIDE_NAME: { description: 'Only readable outside.', required: true } },
});

function serviceOver(root: string, settings?: EnvSenseSettings) {
  return createLanguageService({ schemas: BUNDLED.schemas, validateSchema: BUNDLED.validateSchema, fs: nodeFs, workspaceFolders: [root], ...(settings ? { settings } : {}) });
}

/** Everything a user sees of a file: diagnostics, schemas (and why), hover and completion. */
function everythingShown(service: ReturnType<typeof serviceOver>, path: string, text: string) {
  const document = TextDocument.create(pathToFileURL(path).href, 'dotenv', 1, text);
  const problems = service.doValidation(document).map(toProblem);
  const schemas = service.getDocumentSchemas(document);
  const completion = service.doComplete(document, document.positionAt(text.length)).items.map((i) => i.label);
  return { problems, schemas, shown: JSON.stringify({ problems, schemas, completion }) };
}

function directiveCase(workspace: Record<string, DiskEntry>, outside: Record<string, DiskEntry>, entry: (dirs: { root: string; outside: string }) => string) {
  const dirs = diskWorkspace(workspace, outside);
  const name = entry(dirs);
  const text = `# envsense: schema=${name}\nA=1\n`;
  return { dirs, name, ...everythingShown(serviceOver(dirs.root), join(dirs.root, 'app', '.env'), text) };
}

test('a directive naming /dev/zero is refused at once, without reading it', GUARD, () => {
  const { problems, schemas } = directiveCase({ 'app/.env': '' }, {}, () => '/dev/zero');
  assert.deepEqual(problems.map((p) => [p.code, p.at, p.message]), [
    ['unknown-schema', '1:20-1:29', 'The schema file /dev/zero cannot be used: it is outside the workspace, and only a bundled schema id or a file inside the workspace can be named.'],
  ]);
  assert.deepEqual(schemas.applied, []);
});

test('a directive naming a JSON schema outside the workspace by absolute path: not read, none of its keys named', GUARD, () => {
  const { problems, schemas, shown } = directiveCase({ 'app/.env': '' }, { 'schema.json': OUTSIDE_SCHEMA }, (d) => join(d.outside, 'schema.json'));
  assert.deepEqual(problems.map((p) => p.code), ['unknown-schema']);
  assert.match(problems[0]!.message, /it is outside the workspace/);
  assert.deepEqual(schemas.applied, []);
  assert.doesNotMatch(shown, /PRIVATE_OUTSIDE_NAME|Only readable outside/);
});

test('a directive climbing out with ../../outside/schema.json is refused the same way', GUARD, () => {
  const { problems, schemas, shown } = directiveCase({ 'app/.env': '' }, { 'schema.json': OUTSIDE_SCHEMA }, () => '../../outside/schema.json');
  assert.deepEqual(problems.map((p) => [p.code, p.message]), [
    ['unknown-schema', 'The schema file ../../outside/schema.json cannot be used: it is outside the workspace, and only a bundled schema id or a file inside the workspace can be named.'],
  ]);
  assert.deepEqual(schemas.applied, []);
  assert.doesNotMatch(shown, /PRIVATE_OUTSIDE_NAME/);
});

test('a directive naming a symbolic link inside the workspace that points outside is refused', GUARD, () => {
  const { problems, schemas, shown } = directiveCase({ 'app/.env': '', 'schemas/team.json': { link: '../../outside/schema.json' } }, { 'schema.json': OUTSIDE_SCHEMA }, () => '../schemas/team.json');
  assert.deepEqual(problems.map((p) => [p.code, p.message]), [
    ['unknown-schema', 'The schema file ../schemas/team.json cannot be used: it leads out of the workspace through a symbolic link, which EnvSense does not follow.'],
  ]);
  assert.deepEqual(schemas.applied, []);
  assert.doesNotMatch(shown, /PRIVATE_OUTSIDE_NAME/);
});

test('a directive naming a schema file inside the workspace still applies it (also through a link that stays inside)', GUARD, () => {
  const inside = OUTSIDE_SCHEMA.replace('"outside"', '"inside"');
  const { schemas, problems } = directiveCase({ 'app/.env': '', 'schemas/real.json': inside, 'schemas/alias.json': { link: 'real.json' } }, {}, () => '../schemas/alias.json');
  assert.deepEqual(schemas.applied.map((a) => a.id), ['inside']);
  assert.match(problems.find((p) => p.code === 'missing-required')!.message, /PRIVATE_OUTSIDE_NAME/);
});

test('a directive naming a FIFO inside the workspace is refused without waiting for a writer', GUARD, () => {
  const { problems } = directiveCase({ 'app/.env': '', 'app/pipe.json': { fifo: true } }, {}, () => './pipe.json');
  assert.deepEqual(problems.map((p) => [p.code, p.message]), [['unknown-schema', 'The schema file ./pipe.json cannot be used: it is not a regular file.']]);
});

test('a schema path from the envsense.schemas setting outside the workspace is not applied', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '' }, { 'schema.json': OUTSIDE_SCHEMA });
  const settings = { ...DEFAULT_SETTINGS, schemas: [{ fileMatch: ['.env'], schemas: [join(dirs.outside, 'schema.json'), '/dev/zero'] }] };
  const { schemas, shown } = everythingShown(serviceOver(dirs.root, settings), join(dirs.root, '.env'), 'A=1\n');
  assert.deepEqual(schemas.applied, []);
  assert.doesNotMatch(shown, /PRIVATE_OUTSIDE_NAME/);
});

test('a committed .env.example -> /dev/zero is not read as a template', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '', '.env.example': { link: '/dev/zero' } });
  const { schemas, problems } = everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n');
  assert.deepEqual(schemas.applied, []);
  assert.deepEqual(problems, []);
});

test('a committed .env.example that is a FIFO is not read as a template', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '', '.env.example': { fifo: true } });
  assert.deepEqual(everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n').schemas.applied, []);
});

test('a committed .env.example linking to a template outside the workspace is not followed', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '', '.env.example': { link: '../outside/template' } }, { template: 'PRIVATE_OUTSIDE_NAME=\n' });
  const { schemas, shown } = everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n');
  assert.deepEqual(schemas.applied, []);
  assert.doesNotMatch(shown, /PRIVATE_OUTSIDE_NAME/);
});

test('a committed .envsense/team.json -> /dev/zero is not loaded, and the status bar says why', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '', '.envsense/team.json': { link: '/dev/zero' } });
  const { schemas } = everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n');
  assert.deepEqual(schemas.applied, []);
  assert.deepEqual(schemas.problems, [
    { path: join(dirs.root, '.envsense/team.json'), problems: ['it leads out of the workspace through a symbolic link, which EnvSense does not follow'] },
  ]);
});

test('a committed .envsense/team.json linking to a schema outside the workspace is not loaded', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '', '.envsense/team.json': { link: '../../outside/schema.json' } }, { 'schema.json': OUTSIDE_SCHEMA });
  const { schemas, shown } = everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n');
  assert.deepEqual(schemas.applied, []);
  assert.doesNotMatch(shown, /PRIVATE_OUTSIDE_NAME/);
});

test('a .envsense/team.json that is a FIFO is not loaded', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '', '.envsense/team.json': { fifo: true } });
  const { schemas } = everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n');
  assert.deepEqual(schemas.problems.map((p) => p.problems), [['it is not a regular file']]);
});

test('a committed .env -> /dev/zero is not read as what loads before .env.local', GUARD, () => {
  const dirs = diskWorkspace({ '.env': { link: '/dev/zero' }, '.env.local': '' });
  const settings = { ...DEFAULT_SETTINGS, schemas: [{ fileMatch: ['.env.local'], schemas: ['flagsmith'] }] };
  const { problems } = everythingShown(serviceOver(dirs.root, settings), join(dirs.root, '.env.local'), 'A=1\n');
  assert.deepEqual(problems.map((p) => p.code), []);
});

test('a .env linking outside the workspace is not read for .env.local either', GUARD, () => {
  const dirs = diskWorkspace({ '.env': { link: '../outside/env' }, '.env.local': '' }, { env: 'PRIVATE_OUTSIDE_NAME=1\n' });
  const service = serviceOver(dirs.root);
  const document = TextDocument.create(pathToFileURL(join(dirs.root, '.env.local')).href, 'dotenv', 1, 'A=${PRIVATE_OUTSIDE_NAME}\n');
  // Read, the outside .env would define the variable; not followed, the reference stays undefined.
  assert.deepEqual(service.doValidation(document).filter((d) => d.code === 'undefined-reference').length, 1);
});

test('a file opened outside every workspace folder has its own folder as its root', GUARD, () => {
  const dirs = diskWorkspace({ 'app/.env': '', '.envsense/team.json': OUTSIDE_SCHEMA.replace('"outside"', '"team"') });
  const service = createLanguageService({ schemas: BUNDLED.schemas, validateSchema: BUNDLED.validateSchema, fs: nodeFs });
  const { schemas, problems } = everythingShown(service, join(dirs.root, 'app', '.env'), '# envsense: schema=../.envsense/team.json\nA=1\n');
  assert.deepEqual(schemas.applied, []);
  assert.match(problems[0]!.message, /it is outside the workspace/);
  assert.equal(readFileSync(join(dirs.root, '.envsense/team.json'), 'utf8').includes('PRIVATE_OUTSIDE_NAME'), true);
});

test('a committed .envsense folder linking outside the workspace is neither listed nor read', GUARD, () => {
  const dirs = diskWorkspace({ '.env': '', '.envsense': { link: '../outside/schemas' } }, { 'schemas/private.json': OUTSIDE_SCHEMA });
  const { schemas, shown } = everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n');
  assert.deepEqual(schemas.applied, []);
  assert.deepEqual(schemas.problems, []);
  assert.doesNotMatch(shown, /PRIVATE_OUTSIDE_NAME|private\.json/);
});

test('manifests that are devices, FIFOs or links out of the workspace are not read for detection', GUARD, () => {
  const dirs = diskWorkspace(
    { '.env': '', 'package.json': { link: '../outside/package.json' }, 'requirements.txt': { link: '/dev/zero' }, 'Pipfile': { fifo: true } },
    { 'package.json': JSON.stringify({ dependencies: { 'next-auth': '^4' } }) },
  );
  // The file names still count as markers (package.json means Node.js); what the files hold does not.
  assert.deepEqual(everythingShown(serviceOver(dirs.root), join(dirs.root, '.env'), 'A=1\n').schemas.applied.map((a) => a.id), ['node']);
  const inside = diskWorkspace({ '.env': '', 'package.json': JSON.stringify({ dependencies: { 'next-auth': '^4' } }) });
  assert.deepEqual(everythingShown(serviceOver(inside.root), join(inside.root, '.env'), 'A=1\n').schemas.applied.map((a) => a.id), ['nextauth', 'node']);
});
