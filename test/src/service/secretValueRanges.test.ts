import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LanguageService } from '../../../server/out/service';
import { documentOf, ENV_URI, hoverAt, schemaService, SECRETS_URI, serviceWith } from '../support/service';

/** What an editor hides with `envsense.maskSecrets`: each range as `line:start-end` and the text under it. */
const hidden = (text: string, uri = ENV_URI, service: LanguageService = schemaService()): string[] => {
  const document = documentOf(text, uri);
  return service.secretValueRanges(document).map((range) => {
    const shown = document.getText(range);
    const where = range.start.line === range.end.line ? `${range.start.line + 1}:${range.start.character}-${range.end.character}` : `${range.start.line + 1}-${range.end.line + 1}`;
    return `${where} ${shown}`;
  });
};

// Synthetic credentials of the real shapes, never real keys.
const STRIPE_KEY = 'sk_live_Tq7Lm2Vx9Kd4Rb8Nw3Yz6Hc1';
const PLAIN_TOKEN = 'Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK';

test('a secret value is hidden from the character after `=` to its end, without the key or a trailing comment', () => {
  assert.deepEqual(hidden(`API_KEY=${PLAIN_TOKEN}   # rotated monthly\n`), [`1:8-40 ${PLAIN_TOKEN}`]);
  assert.deepEqual(hidden(`export  GITHUB_TOKEN = ${PLAIN_TOKEN}\n`), [`1:23-55 ${PLAIN_TOKEN}`]);
});

test('a quoted secret is hidden inside its quotes, also over several lines', () => {
  assert.deepEqual(hidden('DB_PASSWORD="in quotes"\nAPI_SECRET=\'single\'\n'), ['1:13-22 in quotes', '2:12-18 single']);
  assert.deepEqual(hidden('PRIVATE_KEY="line one\nline two"\n'), ['1-2 line one\nline two']);
});

test('a commented-out secret is hidden, by its name or by its vendor format, after any number of `#`', () => {
  assert.deepEqual(hidden(`# STRIPE_KEY=${STRIPE_KEY}\n##GITHUB_TOKEN = "${PLAIN_TOKEN}"\n  #  export DB_PASSWORD=hunter22 # old\n`), [
    `1:13-45 ${STRIPE_KEY}`,
    `2:18-50 ${PLAIN_TOKEN}`,
    '3:24-32 hunter22',
  ]);
  assert.deepEqual(hidden('\ufeff# API_KEY=first\r\n# API_KEY'), ['1:11-16 first']);
});

test('prose in a comment is not taken for an assignment, not even `Name: value` that dotenv would read', () => {
  assert.deepEqual(hidden('# Token: ask the team lead\n# The API_KEY = the one in the vault\n# password below\n#\n#\t\n'), []);
});

test('a value that is not secret is not hidden, in a line or in a comment', () => {
  assert.deepEqual(hidden('NAME=bob\nLOG_LEVEL=debug\n# PORT=8080\nPASSWORD_MIN_LENGTH=12\n'), []);
});

test('nothing is hidden where nothing is written: empty values and values made only of references', () => {
  assert.deepEqual(hidden('API_KEY=\nDB_PASSWORD=""\nAPP_SECRET=   # none yet\nAUTH_TOKEN=${GITHUB_TOKEN}\nDB_PASS="${A} ${B}"\n# API_KEY=\n'), []);
  // A literal part next to a reference is written in the file: the whole value is hidden.
  assert.deepEqual(hidden('DB_PASSWORD=pre${SUFFIX}\n'), ['1:12-24 pre${SUFFIX}']);
});

test('a placeholder in a secret is hidden, as hovers and messages hide it: no test makes a secret key public', () => {
  assert.deepEqual(hidden('API_KEY=<your-api-key>\nSECRET_KEY=changeme\n'), ['1:8-22 <your-api-key>', '2:11-19 changeme']);
  assert.match(hoverAt(schemaService(), 'API|_KEY=<your-api-key>\n')!, /API_KEY loads a 14-character value/);
});

test('a value cut short by `#` is hidden whole, the part after the `#` too', () => {
  assert.deepEqual(hidden('DB_PASSWORD=p@ss#word\nCACHE_URL=redis://:s3cr#et@cache/0\n'), ['1:12-21 p@ss#word', '2:10-34 redis://:s3cr#et@cache/0']);
});

test('a key that only a schema calls secret is hidden as hovers hide it (the service with the bundled schemas)', () => {
  const text = 'DATABASE_URL=postgres://app@db.example.com/app\n';
  assert.deepEqual(hidden(text), ['1:13-46 postgres://app@db.example.com/app']);
  assert.deepEqual(hidden(text, ENV_URI, serviceWith()), []);
});

test('a Python secrets file: the string without its quotes, commented-out assignments too, never code', () => {
  const text = `SECRET_KEY = "${PLAIN_TOKEN}"\n# SECRET_KEY = 'old-secret-value'\nDEBUG = True\nAPI_TOKEN = os.environ["API_TOKEN"]\nDB_PASSWORD = """multi\nline"""\n`;
  assert.deepEqual(hidden(text, SECRETS_URI), [`1:14-46 ${PLAIN_TOKEN}`, "2:16-32 old-secret-value", '5-6 multi\nline']);
});

test('hidden exactly where the outline and hovers mask: one decision for every assignment', () => {
  const service = schemaService();
  const lines = ['API_KEY=abc123', 'NAME=bob', 'DATABASE_URL=postgres://app:pw@db/app', 'GH_PAT=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', `STRIPE=${STRIPE_KEY}`, 'PORT=8080', 'SESSION_SECRET=x#y', 'DEBUG=true'];
  const document = documentOf(lines.join('\n') + '\n');
  const maskedKeys = service.findDocumentSymbols(document).filter((symbol) => /-character value$/.test(symbol.detail ?? '')).map((symbol) => symbol.name);
  const hiddenLines = service.secretValueRanges(document).map((range) => lines[range.start.line]!.split('=')[0]);
  assert.deepEqual(hiddenLines, maskedKeys);
  assert.deepEqual(hiddenLines, ['API_KEY', 'DATABASE_URL', 'GH_PAT', 'STRIPE', 'SESSION_SECRET']);
});

test('the ranges follow the document: a new version is judged again', () => {
  const service = schemaService();
  const uri = 'file:///workspace/.env.local';
  assert.deepEqual(hidden('API_KEY=first\n', uri, service), ['1:8-13 first']);
  assert.deepEqual(hidden('NAME=first\nAPI_KEY=second\n', uri, service), ['2:8-14 second']);
});

test('hostile input: a 100,000-character line, lines of `#`, 50,000 commented-out secrets', () => {
  const service = schemaService();
  assert.deepEqual(hidden(`API_KEY=${'a'.repeat(100_000)}\n`, ENV_URI, service), [`1:8-100008 ${'a'.repeat(100_000)}`]);
  assert.deepEqual(hidden(`# API_KEY=${'b'.repeat(100_000)}\n`, ENV_URI, service).map((r) => r.length), [100_000 + '1:10-100010 '.length]);
  assert.deepEqual(hidden('#'.repeat(100_000) + '\n' + '#\n'.repeat(100_000), ENV_URI, service), []);
  assert.deepEqual(hidden(`# ${'#'.repeat(100_000)} API_KEY=x\n`, ENV_URI, service).length, 1);
  assert.equal(hidden('# API_TOKEN=abcdefgh\n'.repeat(50_000), ENV_URI, service).length, 50_000);
  assert.equal(hidden('# prose about the file\n'.repeat(100_000), SECRETS_URI, service).length, 0);
});

test('a file too large to analyse gets no ranges, as it gets no other answer', () => {
  const text = Array.from({ length: 200_001 }, (_, i) => `KEY_${i}_TOKEN=v`).join('\n');
  assert.deepEqual(hidden(text), []);
});
