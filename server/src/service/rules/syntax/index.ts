import { ruleFamily } from '../family';
import { closeQuoteFix, ignoredLineFix, quoteCutValue, removeDuplicateFix } from './fixes';
import { syntaxRules } from './rule';

/** Lines dotenv skips or reads otherwise than written, and keys set twice. */
export const syntax = ruleFamily({
  codes: {
    'ignored-line': { severity: 'warning', summary: 'dotenv skips this line without a word.' },
    'value-cut-by-hash': { severity: 'warning', summary: 'An unquoted value is cut short at `#`.' },
    'unclosed-quote': { severity: 'warning', summary: 'A quote is not closed, so dotenv keeps the quote character in the value.' },
    'quote-spans-lines': { severity: 'warning', summary: 'A quote is closed only lines later, swallowing the lines in between into one value.' },
    'text-after-quote': { severity: 'warning', summary: 'Text follows the closing quote, so dotenv keeps the quotes in the value.' },
    'duplicate-key': { severity: 'warning', summary: 'The key is set again later; this line has no effect.' },
  },
  limits: {
    'ignored-line': { rendered: 'hint' },
  },
  rule: syntaxRules,
  fixes: {
    'value-cut-by-hash': quoteCutValue,
    'unclosed-quote': closeQuoteFix,
    'duplicate-key': removeDuplicateFix,
    'ignored-line': ignoredLineFix,
  },
});
