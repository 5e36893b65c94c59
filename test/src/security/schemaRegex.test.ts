import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadBundledSchemas } from '../../../server/out/node/schemaFiles';
import { globTest } from '../../../server/out/service/schema/globMatch';
import { compileSchemaRegex } from '../../../server/out/service/schema/linearRegex';
import { SchemaRegistry } from '../../../server/out/service/schema/schemaRegistry';
import { documentOf, problemsOf, schemaService } from '../support/service';

const TEAM_ENV = 'file:///workspace/.env';

function teamSchema(variables: Record<string, unknown>, patterns?: unknown[]): string {
  return JSON.stringify({ id: 'team', name: 'Team', variables, ...(patterns ? { patterns } : {}) });
}

test('a catastrophic regex in a team schema is run by RE2: the bad value is reported, the server answers', () => {
  const service = schemaService({ '/workspace/.envsense/team.json': teamSchema({ MY_KEY: { regex: '(a+)+$' } }) });
  const problems = problemsOf(`MY_KEY=${'a'.repeat(50_000)}!\n`, TEAM_ENV, service).filter((p) => p.code === 'invalid-value');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /^MY_KEY expects a value matching `\(a\+\)\+\$` \(Team\)/);
  assert.deepEqual(problemsOf(`MY_KEY=${'a'.repeat(50_000)}\n`, TEAM_ENV, service).filter((p) => p.code === 'invalid-value'), []);
});

test('a good team regex still reports a value that does not match, and accepts one that does', () => {
  const service = schemaService({ '/workspace/.envsense/team.json': teamSchema({ BUILD_TAG: { regex: '[a-z]+-\\d{2}' } }) });
  assert.deepEqual(problemsOf('BUILD_TAG=abc-1\n', TEAM_ENV, service).map((p) => [p.code, p.at, p.message]), [
    ['invalid-value', '1:11-1:16', 'BUILD_TAG expects a value matching `[a-z]+-\\d{2}` (Team), found `abc-1`.'],
  ]);
  assert.deepEqual(problemsOf('BUILD_TAG=abc-12\n', TEAM_ENV, service), []);
  // The whole value must match, as with `^(?:…)$`.
  assert.equal(problemsOf('BUILD_TAG=xabc-12y\n', TEAM_ENV, service)[0]?.code, 'invalid-value');
});

test('a regex RE2 cannot run (backreference, lookahead) keeps the schema from loading, naming where it is', () => {
  const schema = teamSchema({ MY_KEY: { regex: '(a)\\1' } }, [{ pattern: 'Y_*', regex: '(?=a)a' }]);
  const service = schemaService({ '/workspace/.envsense/team.json': schema });
  const { problems } = service.getDocumentSchemas(documentOf('MY_KEY=aa\n', TEAM_ENV));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.path, '/workspace/.envsense/team.json');
  assert.deepEqual(
    problems[0]!.problems.map((p) => p.replace(/ \(schema regexes run on RE2.*\)$/, '')),
    ['variables.MY_KEY.regex: this regular expression is not supported: invalid escape sequence: `\\1`', 'patterns.0.regex: this regular expression is not supported: invalid or unsupported Perl syntax: `(?=`'],
  );
  assert.deepEqual(problemsOf('MY_KEY=ab\n', TEAM_ENV, service).filter((p) => p.code === 'invalid-value'), []);
});

test('JavaScript regex syntax a schema may use still works on RE2', () => {
  for (const [source, good, bad] of [['\\u0041+', 'AA', 'ab'], ['(?<year>\\d{4})-\\d{2}', '2024-01', '24-01'], ['[^]*x', 'a\nx', 'a']] as const) {
    const compiled = compileSchemaRegex(source);
    assert.ok('matcher' in compiled, source);
    assert.equal(compiled.matcher.matches(good), true, source);
    assert.equal(compiled.matcher.matches(bad), false, source);
  }
});

test('every regex of the bundled schemas compiles on RE2', () => {
  const { schemas } = loadBundledSchemas(resolve(__dirname, '../../..'));
  const sources = schemas.flatMap((s) => [...Object.values(s.variables), ...(s.patterns ?? [])].flatMap((v) => (v.regex === undefined ? [] : [v.regex])));
  assert.ok(sources.length > 0);
  for (const source of sources) assert.ok('matcher' in compileSchemaRegex(source), source);
});

test('schema name patterns match without backtracking, with the same answers as before', () => {
  const long = 'A'.repeat(100_000);
  assert.equal(globTest('A*A*A*A*B')(long), false);
  assert.equal(globTest('A*A*A*A*B')(`${long}B`), true);
  const cases: [string, string, boolean][] = [
    ['AUTH_*_ID', 'AUTH_GITHUB_ID', true],
    ['AUTH_*_ID', 'AUTH_ID', false],
    ['AUTH_*_ID', 'AUTH__ID', true],
    ['*_CLIENT_ID', 'GOOGLE_CLIENT_ID', true],
    ['FLASK_*', 'FLASK_', true],
    ['FLASK_*', 'XFLASK_A', false],
    ['A*B*A', 'ABA', true],
    ['A*B*A', 'AB', false],
    ['A.B', 'AxB', false],
    ['X', 'X', true],
  ];
  for (const [pattern, name, expected] of cases) assert.equal(globTest(pattern)(name), expected, `${pattern} ~ ${name}`);
  const registry = new SchemaRegistry([{ id: 's', name: 'S', variables: {}, patterns: [{ pattern: 'A*A*A*A*B', description: 'd' }] }]);
  assert.deepEqual(registry.lookup(long), []);
  assert.deepEqual(registry.lookup(`${long}B`).map((k) => k.pattern), ['A*A*A*A*B']);
});
