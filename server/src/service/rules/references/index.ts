import { ruleFamily } from '../family';
import { referenceRules } from './rule';

/** `${VAR}` that points nowhere, and references that go round in a cycle. */
export const references = ruleFamily({
  codes: {
    'undefined-reference': { severity: 'warning', summary: '`${VAR}` refers to a variable defined nowhere.' },
    'reference-cycle': { severity: 'error', summary: 'References form a cycle and can never be resolved.' },
  },
  rule: referenceRules,
});
