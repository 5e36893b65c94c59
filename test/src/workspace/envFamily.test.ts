import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { envFilesAmong, familyMembers } from '../../../server/out/service/workspace/envFamily';

const names = (name: string, folder: string[]) => familyMembers(name, folder).map((m) => `${m.name}${m.template ? ' (template)' : ''}`);

test('a .env family: .env and every .env.* beside it, templates marked; other files and encrypted copies left out', () => {
  const folder = ['.env', '.env.local', '.env.production', '.env.example', '.env_sample', '.env.vault', '.env.keys', '.envrc', 'app.env', 'README.md', 'secrets.py'];
  const expected = ['.env', '.env.example (template)', '.env.local', '.env.production', '.env_sample (template)'];
  assert.deepEqual(names('.env.local', folder), expected);
  assert.deepEqual(names('.env.example', folder), expected);
});

test('a Python secrets file and its templates; a lone file is its own family; an unrelated file has none', () => {
  const folder = ['secrets.py', 'secrets.py.template', 'local_settings.py', 'settings.py', '.env'];
  assert.deepEqual(names('secrets.py', folder), ['secrets.py', 'secrets.py.template (template)']);
  assert.deepEqual(names('secrets.py.template', folder), ['secrets.py', 'secrets.py.template (template)']);
  assert.deepEqual(names('local_settings.py', folder), ['local_settings.py']);
  assert.deepEqual(names('app.env', folder), []);
});

test('hostile folder listings: thousands of names, odd names, the file missing from the listing', () => {
  const many = Array.from({ length: 20_000 }, (_, i) => `.env.${i}`);
  assert.equal(familyMembers('.env', many).length, 20_001);
  assert.deepEqual(names('.env', ['.env.\u202e', '.env.\n', '..env', '.env..']), ['.env', '.env..', '.env.\u202e']);
  assert.deepEqual(names('.py', ['.py.template']), []);
});

test('the env files a folder holds: the .env family that is there and each secrets file with its templates, nothing absent', () => {
  const folder = ['.env.local', '.env.example', 'app_secrets.py', 'app_secrets.py.template', 'settings.py', 'secrets.py.example', 'README.md'];
  const found = envFilesAmong(folder, (name) => name.includes('secrets')).map((m) => `${m.name}${m.template ? ' (template)' : ''}`).sort();
  assert.deepEqual(found, ['.env.example (template)', '.env.local', 'app_secrets.py', 'app_secrets.py.template (template)']);
  assert.deepEqual(envFilesAmong(['settings.py', 'main.ts'], () => false), []);
});
