import { ruleFamily } from '../family';
import { insertMissingFix, invalidValueFix, renameDeprecatedFix } from './fixes';
import { schemaRules } from './rule';

export { missingRequiredKeys } from './missingRequired';

/** What the schemas that apply say about each value, and the variables they require. */
export const schema = ruleFamily({
  codes: {
    'invalid-value': { severity: 'error', summary: 'The value does not have the form the schema gives (type, range, scheme, allowed values).' },
    'missing-required': { severity: 'warning', summary: 'A variable the schema requires is not set.' },
    'deprecated-key': { severity: 'warning', summary: 'The variable is deprecated.' },
    'dangerous-value': { severity: 'warning', summary: 'The value works but does harm, as the schema warns.' },
    'unknown-key': { severity: 'warning', summary: 'The schema lists every variable its system reads, and this is not one of them.' },
  },
  limits: {
    'missing-required': { template: 'off', rendered: 'off', test: 'off', development: 'information', docker: 'information' },
    'invalid-value': { template: 'information', rendered: 'off', test: 'information' },
    'unknown-key': { template: 'information', rendered: 'off' },
  },
  rule: schemaRules,
  fixes: {
    'invalid-value': invalidValueFix,
    'deprecated-key': renameDeprecatedFix,
    'missing-required': insertMissingFix,
  },
});
