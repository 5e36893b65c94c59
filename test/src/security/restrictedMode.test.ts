import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { createLanguageService } from '../../../server/out/service';
import { memoryFs } from '../support/memoryFs';
import { documentOf, toProblem } from '../support/service';

/** VS Code's restricted mode: an untrusted folder chooses no schema for its files. */
const BUNDLED = loadBundledSchemas(resolve(__dirname, '../../..'));
const TEAM = JSON.stringify({ id: 'team', name: 'Our team', variables: { TEAM_FLAG: { description: 'Turns on the team feature.', type: 'boolean' } } });
const FILES = { '/workspace/.envsense/team.json': TEAM, '/workspace/schemas/billing.json': TEAM.replace('"team"', '"billing"') };

function service(trusted: boolean | undefined) {
  return createLanguageService({
    schemas: BUNDLED.schemas,
    validateSchema: BUNDLED.validateSchema,
    fs: memoryFs(FILES),
    workspaceFolders: ['/workspace'],
    ...(trusted === undefined ? {} : { trusted }),
  });
}

const TEXT = '# envsense: schema=flagsmith, ./schemas/billing.json\nTEAM_FLAG=maybe\n';

test('untrusted: the directive is not followed and says so once, as information, on its list', () => {
  const document = documentOf(TEXT);
  const untrusted = service(false);
  assert.deepEqual(untrusted.doValidation(document).map(toProblem), [
    {
      code: 'unknown-schema',
      at: '1:20-1:53',
      message: 'Restricted mode: this folder is not trusted, so EnvSense ignores this schema line (and the team schemas in .envsense/) until you trust the folder.',
      severity: 3,
    },
  ]);
  assert.deepEqual(untrusted.getDocumentSchemas(document).applied, []);
});

test('untrusted: no team schema from .envsense/, and the status bar request carries the reason', () => {
  const document = documentOf('TEAM_FLAG=maybe\n');
  const schemas = service(false).getDocumentSchemas(document);
  assert.deepEqual(schemas.applied, []);
  assert.equal(schemas.available.some((s) => s.id === 'team'), false);
  assert.match(schemas.restricted ?? '', /^Restricted mode: this folder is not trusted, so EnvSense loads no team schema from \.envsense\/ and follows no `# envsense: schema=` line\./);
});

test('trusted (and by default, as in editors without workspace trust): directive and team schema apply, no restricted flag', () => {
  for (const trusted of [true, undefined]) {
    const withDirective = service(trusted).getDocumentSchemas(documentOf(TEXT));
    assert.deepEqual(withDirective.applied.map((a) => a.id), ['flagsmith', 'billing']);
    assert.equal('restricted' in withDirective, false);
    assert.deepEqual(service(trusted).getDocumentSchemas(documentOf('TEAM_FLAG=maybe\n')).applied.map((a) => a.id), ['team']);
    assert.deepEqual(service(trusted).doValidation(documentOf(TEXT)).map((d) => d.code), ['invalid-value']);
  }
});

test('the manifest declares limited support for untrusted workspaces, ignoring the settings a folder could abuse', () => {
  const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: unknown; description: unknown; restrictedConfigurations: unknown } };
  };
  const { supported, description, restrictedConfigurations } = manifest.capabilities.untrustedWorkspaces;
  assert.equal(supported, 'limited');
  assert.equal(typeof description, 'string');
  assert.deepEqual(restrictedConfigurations, ['envsense.schemas', 'envsense.rules', 'envsense.secretsFiles']);
});
