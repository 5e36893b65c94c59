import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeEnvFiles, isComposeFile } from '../../../server/out/service/workspace/composeFiles';
import { readProjectFacts } from '../../../server/out/service/workspace/projectFacts';
import { memoryFs } from '../support/memoryFs';

test('env_file in each of its forms names the files compose reads', () => {
  const text = [
    'services:',
    '  web:',
    '    env_file: .env.web # the app',
    '  worker:',
    '    env_file: [ "./a.env", b.env ]',
    '  db:',
    '    env_file:',
    '      - ./docker/db.env',
    "      - 'quoted.env'",
    '      # a comment in the list',
    '      - path: ./optional.env',
    '        required: false',
    '    ports:',
    '      - "5432:5432"',
    '',
  ].join('\n');
  assert.deepEqual(composeEnvFiles(text), ['.env.web', './a.env', 'b.env', './docker/db.env', 'quoted.env', './optional.env']);
  assert.deepEqual(composeEnvFiles('services:\n  web:\n    image: x\n'), []);
  assert.deepEqual(composeEnvFiles('env_file:\n'), []);
});

test('compose files are known by their names', () => {
  assert.deepEqual(['docker-compose.yml', 'compose.yaml', 'docker-compose.override.yml', 'docker-compose.prod.yaml', 'compose.json', 'my-compose.yml'].map(isComposeFile), [true, true, true, true, false, false]);
});

test('project facts: gems, Go modules and compose env files, each kept apart from npm names', () => {
  const fs = memoryFs({
    '/w/Gemfile': "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n  gem \"dotenv-rails\", groups: [:development]\n",
    '/w/go.mod': 'module example.com/app\n\ngo 1.21\n\nrequire (\n\tgithub.com/joho/godotenv v1.5.1\n\tgithub.com/lib/pq v1.10.9 // indirect\n)\nrequire golang.org/x/text v0.14.0\n',
    '/w/docker-compose.yml': 'services:\n  app:\n    env_file: ./.env.app\n',
  });
  const facts = readProjectFacts(fs, ['/w']);
  assert.deepEqual([...facts.dependencies].sort(), ['gem:dotenv-rails', 'gem:rails', 'github.com/joho/godotenv', 'github.com/lib/pq', 'golang.org/x/text']);
  assert.deepEqual([...facts.compose], [['/w/docker-compose.yml', ['/w/.env.app']]]);
});

test('hostile compose text: a huge file with thousands of env_file keys ends quickly with every entry', () => {
  const text = 'env_file:\n' + '  - x.env\n'.repeat(50_000) + 'env_file: y.env\n'.repeat(10_000);
  assert.equal(composeEnvFiles(text).length, 60_000);
});

test('hostile compose lines: a scalar with 200,000 blanks before its end is read in one pass', { timeout: 20_000 }, () => {
  assert.deepEqual(composeEnvFiles(`env_file: a${' '.repeat(200_000)}b # c\n`), [`a${' '.repeat(200_000)}b`]);
});

test('hostile manifests: 160,000 blank lines and 100,000 blanks in a line are read in one pass', { timeout: 20_000 }, () => {
  const hostile = `${'\n'.repeat(160_000)}x${' '.repeat(100_000)}y`;
  const facts = (name: string) => readProjectFacts(memoryFs({ [`/w/${name}`]: hostile }), ['/w']);
  assert.deepEqual([...facts('requirements.txt').dependencies], ['x']);
  for (const name of ['Gemfile', 'go.mod', 'pyproject.toml', 'package.json']) assert.deepEqual([...facts(name).dependencies], [], name);
  assert.deepEqual([...facts('docker-compose.yml').compose], [['/w/docker-compose.yml', []]]);
});
