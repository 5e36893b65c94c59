import type { Rule } from '../../diagnostics/finding';
import { sameValueFindings } from '../../family/sameValueRule';
import { ruleFamily } from '../family';

// Annotated: inferred, the rule's type would refer to the code list this family declares.
const rule: Rule = { document: sameValueFindings };

/** What a file adds to its env family, as the family's loader reads it (see service/family/). */
export const familyOrder = ruleFamily({
  codes: {
    'same-value-override': {
      severity: 'hint',
      summary: 'A key is set to the value the app gets without this line, in every environment that loads the file: another file of the family sets it the same.',
    },
  },
  rule,
});
