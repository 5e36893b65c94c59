import { ruleFamily } from '../family';

/**
 * Codes no rule finds: the schema selection reports directives it cannot follow
 * (`schema/schemaSelection.ts`), and the limits what a file costs (`diagnostics/limits.ts`).
 */
export const selection = ruleFamily({
  codes: {
    'unknown-schema': { severity: 'warning', summary: 'A directive names a schema that does not exist or cannot be read.' },
    'unknown-reader': { severity: 'warning', summary: 'A `# envsense: reader=` line names a reader EnvSense does not know.' },
    'analysis-limit': { severity: 'information', summary: 'The file is too large, or has too many problems, to be shown in full.' },
  },
});
