import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt, schemaService } from '../support/service';

/** The workspace: a Next.js app with `.env`, `.env.local`, `.env.production` and a committed `.env.example`. */
const NEXT_APP = {
  '/workspace/package.json': JSON.stringify({ dependencies: { next: '^14.2.0' } }),
  '/workspace/.env': 'API_URL=http://localhost:3000\nPORT=3000\nSHARED=same\nDB_PASSWORD=base-password-1234\n',
  '/workspace/.env.local': 'API_URL=http://local:3000\nSHARED=same\nDB_PASSWORD=local-password-5678\n',
  '/workspace/.env.production': 'API_URL=https://api.example.com\nPORT=8080\n',
  '/workspace/.env.example': 'API_URL=\nPORT=\nSHARED=\nDB_PASSWORD=\nONLY_IN_EXAMPLE=x\n',
};

const section = (hover: string | undefined) => hover?.slice(hover.indexOf('**Per environment**'));

test('hover on a key of .env: in each Next.js environment, the documented winner and what it overrides', () => {
  const service = schemaService(NEXT_APP);
  const hover = hoverAt(service, NEXT_APP['/workspace/.env'].replace('API_URL', 'API|_URL'), 'file:///workspace/.env');
  assert.equal(
    section(hover),
    [
      '**Per environment**, as Next.js loads these files (the dependency next): the first file that sets a key wins. Variables already set in the environment win over every file.',
      [
        '- `development`: `.env.local` gives `http://local:3000`, over `.env` (`http://localhost:3000`)',
        '- `production`: `.env.local` gives `http://local:3000`, over `.env.production` (`https://api.example.com`), `.env` (`http://localhost:3000`)',
        '- `test`: `.env` gives `http://localhost:3000`',
      ].join('\n'),
    ].join('\n\n'),
  );
});

test('hover in .env.production: .env.production beats .env there, .env.local is not loaded in test, .env.example never', () => {
  const service = schemaService(NEXT_APP);
  const hover = section(hoverAt(service, NEXT_APP['/workspace/.env.production'].replace('PORT', 'PO|RT'), 'file:///workspace/.env.production'));
  assert.match(hover!, /- `development`: `\.env` gives `3000` \(this file does not load here\)\n- `production`: `\.env\.production` gives `8080`, over `\.env` \(`3000`\)\n- `test`: `\.env` gives `3000` \(this file does not load here\)/);
  assert.doesNotMatch(hover!, /\.env\.example/);
});

test('the open document counts with its unsaved text, not the copy on the disk', () => {
  const service = schemaService(NEXT_APP);
  // On the disk .env.local has no PORT; typed in the editor, it wins over .env.production at once.
  const hover = section(hoverAt(service, 'API_URL=http://edited:1\nPORT=3000\n'.replace('PORT', 'P|ORT'), 'file:///workspace/.env.local'));
  assert.match(hover!, /- `production`: `\.env\.local` gives `3000`, over `\.env\.production` \(`8080`\), `\.env` \(the same value\)/);
  const api = section(hoverAt(service, 'API|_URL=http://edited:1\n', 'file:///workspace/.env.local'));
  assert.match(api!, /- `development`: `\.env\.local` gives `http:\/\/edited:1`, over `\.env`/);
});

test('a secret is masked in every environment line, the same value is said as such', () => {
  const service = schemaService(NEXT_APP);
  const hover = section(hoverAt(service, NEXT_APP['/workspace/.env.local'].replace('DB_PASSWORD', 'DB_PASS|WORD'), 'file:///workspace/.env.local'));
  assert.doesNotMatch(hover!, /password-1234|password-5678/);
  assert.match(hover!, /- `development`: `\.env\.local` gives a 19-character value, over `\.env` \(an 18-character value\)/);
  const shared = section(hoverAt(service, NEXT_APP['/workspace/.env.local'].replace('SHARED', 'SHA|RED'), 'file:///workspace/.env.local'));
  assert.match(shared!, /- `development`: `\.env\.local` gives `same`, over `\.env` \(the same value\)/);
});

test('no section for a family with one loading file, nor for a key hovered in the template', () => {
  const service = schemaService({ '/workspace/package.json': NEXT_APP['/workspace/package.json'], '/workspace/.env': 'A=1\n', '/workspace/.env.example': 'A=\n' });
  assert.doesNotMatch(hoverAt(service, '|A=1\n', 'file:///workspace/.env') ?? '', /Per environment/);
});
