import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../../server/out/service/diagnostics/codes';
import { FILE_ROLES } from '../../../server/out/service/diagnostics/fileRoles';
import { ROLE_LIMITS } from '../../../server/out/service/diagnostics/roleLimits';

/** The README prints the role table the rules use: the two stay the same. */
test('the README role table is the one the rules use', () => {
  const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
  const printed = /<!-- role-limits:start -->\n([\s\S]*?)\n<!-- role-limits:end -->/.exec(readme)?.[1];
  const rows = [`| Code | Default | ${FILE_ROLES.join(' | ')} |`, `| --- | --- | ${FILE_ROLES.map(() => '---').join(' | ')} |`];
  for (const [code, limits] of Object.entries(ROLE_LIMITS)) {
    rows.push(`| \`${code}\` | ${DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].severity} | ${FILE_ROLES.map((role) => limits?.[role] ?? '·').join(' | ')} |`);
  }
  assert.equal(printed, rows.join('\n'));
});
