import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { dialectOf } from '../../../server/out/service/dialect';
import { DEFAULT_SECRETS_FILES } from '../../../server/out/service/settings';
import { DEFAULT_TEMPLATE_VALUES, TEMPLATE_VALUES } from '../../../server/out/service/templates/templateValues';
import { CREATE_TEMPLATE_COMMAND } from '../../../server/out/service/templates/createTemplateCommand';

/** `*.py.template` and `*.py.example` open as Python with EnvSense attached; the command and the setting are contributed. */
const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: {
    languages: { id: string; filenamePatterns?: string[] }[];
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> };
  };
};

test('Python templates open as Python, and EnvSense reads them as Python secrets files', () => {
  const python = manifest.contributes.languages.find((language) => language.id === 'python');
  assert.deepEqual(python?.filenamePatterns, ['*.py.template', '*.py.example']);
  // The client attaches to the secrets-file patterns whatever the language, and starts for them.
  for (const pattern of python!.filenamePatterns!) {
    assert.ok(DEFAULT_SECRETS_FILES.includes(pattern), pattern);
    assert.ok(manifest.activationEvents.includes(`workspaceContains:**/${pattern}`), pattern);
  }
  assert.equal(dialectOf('file:///p/app/secrets.py.template', DEFAULT_SECRETS_FILES), 'python');
  assert.equal(dialectOf('file:///p/local_settings.py.example', DEFAULT_SECRETS_FILES), 'python');
});

test('the command and the setting are contributed as the server knows them', () => {
  assert.ok(manifest.contributes.commands.some((c) => c.command === CREATE_TEMPLATE_COMMAND && c.title === 'Create template'));
  const setting = manifest.contributes.configuration.properties['envsense.templateValues']!;
  assert.deepEqual(setting.enum, TEMPLATE_VALUES);
  assert.equal(setting.default, DEFAULT_TEMPLATE_VALUES);
});
