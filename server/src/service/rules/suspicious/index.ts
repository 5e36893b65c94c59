import { ruleFamily } from '../family';
import { generatedSecretFix } from './fixes';
import { suspiciousValues } from './rule';

/** Placeholders left in, secrets set to their documented example or to something weak, secrets made public. */
export const suspicious = ruleFamily({
  codes: {
    'placeholder-value': { severity: 'warning', summary: 'A placeholder was left in (`<your-secret-key>`, `changeme`, `TODO`, …).' },
    'example-secret': { severity: 'warning', summary: 'A secret is set to the example its documentation gives.' },
    'weak-secret': { severity: 'warning', summary: 'A secret is short, repetitive or a common word.' },
    'public-secret': { severity: 'error', summary: 'A secret in a variable that the bundler exposes to the browser.' },
  },
  limits: {
    'placeholder-value': { template: 'off', rendered: 'off', test: 'off', development: 'information', docker: 'information', loaded: 'information' },
    'weak-secret': { template: 'off', rendered: 'off', test: 'off', development: 'information', docker: 'information', loaded: 'information' },
    'example-secret': { template: 'off', rendered: 'off', test: 'off', development: 'information', docker: 'information' },
    'public-secret': { template: 'information', rendered: 'off' },
  },
  rule: suspiciousValues,
  fixes: {
    'placeholder-value': generatedSecretFix,
    'weak-secret': generatedSecretFix,
    'example-secret': generatedSecretFix,
  },
});
