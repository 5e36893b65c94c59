import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/out/service';
import { codeProblems, projectOf } from './harness';

const mismatches = async (files: Record<string, string>, path: string) => codeProblems(await projectOf(files), path).filter((p) => p.code === 'read-type-mismatch');

test('Python: int() of a value that is no integer is a warning on the read site, naming the value and the file', async () => {
  const files = {
    '/workspace/.env': 'DEBUG=True\nPORT=8000\nRATIO=0.5\n',
    '/workspace/app.py': "import os\nDEBUG = int(os.environ['DEBUG'])\nPORT = int(os.environ['PORT'])\nRATIO = float(os.getenv('RATIO', '1'))\n",
  };
  assert.deepEqual(await mismatches(files, '/workspace/app.py'), [
    { code: 'read-type-mismatch', at: '2:25-2:30', message: 'DEBUG is `True` in .env: int() raises ValueError on it.', severity: 2 },
  ]);
});

test('Python: bool() of `False` is True; float() of an empty value raises', async () => {
  const files = {
    '/workspace/.env': 'FEATURE=False\nRATIO=\n',
    '/workspace/app.py': "import os\nFEATURE = bool(os.getenv('FEATURE'))\nRATIO = float(os.environ.get('RATIO', '1.0'))\n",
  };
  assert.deepEqual(
    (await mismatches(files, '/workspace/app.py')).map((p) => `${p.at} ${p.message}`),
    ['2:27-2:34 FEATURE is `False` in .env: bool() of it is True, as of any non-empty string.', '3:31-3:36 RATIO is an empty value in .env: float() raises ValueError on it.'],
  );
});

test('django-environ: env.bool() reads an unknown word as False; env.int() raises on a word', async () => {
  const files = {
    '/workspace/.env': 'FLAG=enabled\nOTHER=yes\nWORKERS=four\n',
    '/workspace/settings.py': "import environ\nenv = environ.Env()\nFLAG = env.bool('FLAG', default=False)\nOTHER = env.bool('OTHER')\nWORKERS = env.int('WORKERS')\n",
  };
  assert.deepEqual(
    (await mismatches(files, '/workspace/settings.py')).map((p) => `${p.at} ${p.message}`),
    [
      '3:18-3:22 FLAG is `enabled` in .env: env.bool() reads it as False (only true, on, ok, y, yes and non-zero numbers are true).',
      '5:20-5:27 WORKERS is `four` in .env: env.int() raises ValueError on it.',
    ],
  );
});

test('JavaScript: Number() of a word is NaN, JSON.parse() of a text that is not JSON throws; a number and JSON pass', async () => {
  const files = {
    '/workspace/.env': 'PORT=abc\nTIMEOUT=30s\nCONFIG={bad\nFLAGS={"a":1}\n',
    '/workspace/server.js': [
      'const port = Number(process.env.PORT);',
      'const timeout = parseInt(process.env.TIMEOUT);',
      'const config = JSON.parse(process.env.CONFIG);',
      'const flags = JSON.parse(process.env.FLAGS);',
      '',
    ].join('\n'),
  };
  assert.deepEqual(
    (await mismatches(files, '/workspace/server.js')).map((p) => `${p.at} ${p.message}`),
    ['1:33-1:37 PORT is `abc` in .env: Number() and parseInt() give NaN for it.', '3:39-3:45 CONFIG is `{bad` in .env: JSON.parse() throws a SyntaxError on it.'],
  );
});

test('a secret value is never shown, only its length', async () => {
  const files = {
    '/workspace/.env': 'API_SECRET_KEY=q8Zr2Lk9Xw4Tn7Vb3Mc6\n',
    '/workspace/app.py': "import os\nKEY = int(os.environ['API_SECRET_KEY'])\n",
  };
  const [problem] = await mismatches(files, '/workspace/app.py');
  assert.equal(problem?.message, 'API_SECRET_KEY is a 20-character value in .env: int() raises ValueError on it.');
});

test('said only when the value fails in every file of the folder that sets it; templates, expansions and other folders are not judged', async () => {
  const files = {
    '/workspace/.env': 'A=x\nB=x\nC=${OTHER}\nD=1\n',
    '/workspace/.env.local': 'A=y\nB=2\n',
    '/workspace/.env.example': 'D=change-me\nE=change-me\n',
    '/workspace/app.py': "import os\nA = int(os.environ['A'])\nB = int(os.environ['B'])\nC = int(os.environ['C'])\nD = int(os.environ['D'])\nE = int(os.environ['E'])\n",
  };
  assert.deepEqual(
    (await mismatches(files, '/workspace/app.py')).map((p) => p.message),
    ['A is `x` in .env and `y` in .env.local: in each, int() raises ValueError on it.'],
  );
});

test('turned off with envsense.rules, nothing is computed', async () => {
  const files = { '/workspace/.env': 'DEBUG=True\n', '/workspace/app.py': "import os\nDEBUG = int(os.environ['DEBUG'])\nX = os.environ['NOPE']\n" };
  const project = await projectOf(files, { settings: { ...DEFAULT_SETTINGS, rules: { 'read-type-mismatch': 'off', 'read-but-not-set': 'off' } } });
  assert.deepEqual(codeProblems(project, '/workspace/app.py'), []);
});
