import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../../server/out/service';
import { FAMILIES } from '../../../server/out/service/rules/families';

/** Codes, limits and fixes are merged from the families: a code declared twice would silently lose one declaration. */
test('every diagnostic code is declared by exactly one rule family', () => {
  const owners = new Map<string, number>();
  for (const family of FAMILIES) for (const code of Object.keys(family.codes)) owners.set(code, (owners.get(code) ?? 0) + 1);
  assert.deepEqual([...owners].filter(([, count]) => count !== 1), []);
  assert.deepEqual([...owners.keys()].sort(), Object.keys(DIAGNOSTIC_CODES).sort());
});

test("a family's role limits and fixes are only for its own codes", () => {
  for (const family of FAMILIES) {
    const own = Object.keys(family.codes);
    for (const code of [...Object.keys(family.limits ?? {}), ...Object.keys(family.fixes ?? {})]) assert.ok(own.includes(code), code);
  }
});
