import { ruleFamily } from '../family';
import { addToGitignoreFix } from './fixes';
import { secretFileRules } from './rule';

/** Real-looking credentials where git or a template shares them, and files of secrets git would commit. */
export const secretFiles = ruleFamily({
  codes: {
    'leaked-credential': { severity: 'error', summary: 'A real-looking credential in a file that git would commit or in a shared template.' },
    'secret-file-not-ignored': { severity: 'warning', summary: 'A file with secrets that git would commit.' },
    'secret-file-tracked': { severity: 'warning', summary: 'A file with secrets that git already tracks.' },
  },
  limits: {
    // A credential in a test file is most often a test key (Laravel's .env.testing APP_KEY, Stripe's sk_test_).
    'leaked-credential': { test: 'information' },
    'secret-file-tracked': { template: 'off', rendered: 'off', test: 'information', development: 'information', docker: 'information' },
    'secret-file-not-ignored': { template: 'off', rendered: 'off', test: 'information', development: 'information', docker: 'information' },
  },
  rule: secretFileRules,
  fixes: {
    'secret-file-not-ignored': addToGitignoreFix,
  },
});
