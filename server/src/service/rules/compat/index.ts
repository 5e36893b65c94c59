import { ruleFamily } from '../family';
import { colonToEqualsFix, quoteSplitValue, removeSpacesFix } from './fixes';
import { compatRules } from './rule';

/** What the file means to other readers of .env files: a shell's `source`, compose, dotenv-expand. */
export const compat = ruleFamily({
  codes: {
    'spaces-around-equals': { severity: 'hint', summary: 'A shell that sources this file reads `KEY = value` as a command.' },
    'unquoted-whitespace': { severity: 'hint', summary: 'A shell that sources this file splits an unquoted value at whitespace.' },
    'colon-separator': { severity: 'hint', summary: 'A shell that sources this file does not read `KEY: value`.' },
    'reference-not-expanded': { severity: 'hint', summary: 'dotenv itself loads `${VAR}` literally; shells, docker compose and dotenv-expand substitute it.' },
  },
  rule: compatRules,
  fixes: {
    'unquoted-whitespace': quoteSplitValue,
    'spaces-around-equals': removeSpacesFix,
    'colon-separator': colonToEqualsFix,
  },
});
