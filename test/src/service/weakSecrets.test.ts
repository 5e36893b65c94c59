import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { weakness } from '../../../server/out/service/secrets/valueSmells';

test('weak secrets say why', () => {
  assert.equal(weakness('hunter2'), 'it is a common password or word');
  assert.equal(weakness('a'), 'it has only 1 character');
  assert.equal(weakness('Xk9mQ2v'), 'it has only 7 characters');
  assert.equal(weakness('aaaaaaaaaaaaaaaaaaaaabab'), 'it uses only 2 different characters');
  assert.equal(weakness('abcdefghijklmnopqrstuvwxyz'), 'half of it is a run such as `abcdef` or `123456`');
});

test('strong secrets pass, from 12 characters up', () => {
  for (const secret of ['Xk9mQ2vL7pRt', 'Zq8vN3kP0wR7tY2uX5aB9cD4eF6gH1jK', 'correct-horse-battery-staple']) assert.equal(weakness(secret), undefined, secret);
});
