import { ruleFamily } from '../family';
import { conventionRules } from './rule';

/** Variables no schema knows, checked by their names' conventions. */
export const conventions = ruleFamily({
  codes: {
    'convention-type': { severity: 'information', summary: 'By its name (`*_PORT`, `*_URL`, `*_EMAIL`) the value should have another form.' },
  },
  rule: conventionRules,
});
