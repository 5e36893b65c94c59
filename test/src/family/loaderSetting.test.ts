import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, readSettings } from '../../../server/out/service';

test('envsense.loader: auto by default, one of the loaders, anything else reported and auto kept', () => {
  assert.equal(DEFAULT_SETTINGS.loader, 'auto');
  assert.equal(readSettings({ loader: 'symfony' }).settings.loader, 'symfony');
  const bad = readSettings({ loader: 'webpack', rules: {} });
  assert.equal(bad.settings.loader, 'auto');
  assert.deepEqual(bad.problems, ['envsense.loader must be one of auto, nextjs, vite, dotenv-flow, symfony, rails, compose, dotenv, python-dotenv']);
});
