import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../../server/out/service';

const ROOT = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  contributes: { commands: { command: string }[]; configuration: { properties: Record<string, { properties?: Record<string, unknown>; default?: unknown }> } };
};
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const client = readFileSync(resolve(ROOT, 'client/src/extension.ts'), 'utf8') + readFileSync(resolve(ROOT, 'client/src/schemaStatus.ts'), 'utf8');

test('every diagnostic code can be configured in envsense.rules and has its README section', () => {
  const configurable = Object.keys(manifest.contributes.configuration.properties['envsense.rules']!.properties!).sort();
  assert.deepEqual(configurable, Object.keys(DIAGNOSTIC_CODES).sort());
  for (const code of Object.keys(DIAGNOSTIC_CODES)) assert.ok(readme.includes(`\n### ${code}\n`), `README section for ${code}`);
});

test('every setting and command is documented in the README, and every command is registered by the client', () => {
  for (const setting of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${setting}\``), setting);
  for (const { command } of manifest.contributes.commands) assert.ok(client.includes(`'${command}'`), command);
});

test('the extension installs in VS Code 1.100 and later', () => {
  assert.equal(manifest.engines.vscode, '^1.100.0');
});
