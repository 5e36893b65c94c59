import { ruleFamily } from '../family';
import { addFromTemplateFix, addToTemplateFix } from './fixes';
import { driftRules } from './rule';

/** Templates kept in step with their family (`.env.example` with `.env`, `secrets.py.template` with `secrets.py`), both ways. */
export const drift = ruleFamily({
  codes: {
    'missing-from-template': { severity: 'information', summary: "The key is set here but the family's template (`.env.example`, `secrets.py.template`) does not list it." },
    'template-key-not-set': { severity: 'information', summary: "The family's template lists keys that no file of the family sets." },
  },
  limits: {
    // A test file sets keys for the tests alone; a template is what the others are compared with.
    'missing-from-template': { template: 'off', rendered: 'off', test: 'hint' },
    'template-key-not-set': { template: 'off', rendered: 'off', test: 'off' },
  },
  rule: driftRules,
  fixes: {
    'missing-from-template': addToTemplateFix,
    'template-key-not-set': addFromTemplateFix,
  },
});
