import type { DiagnosticInfo, Severity } from '../diagnostics/severity';
import type { FileRole } from '../diagnostics/fileRoles';
import type { Rule } from '../diagnostics/finding';
import type { FixBuilder } from '../fixes/fix';

/** How loud a code may be in a file of each role: at most this severity, `off` not at all. */
export type RoleLimit = Readonly<Partial<Record<FileRole, Severity>>>;

/**
 * A family of rules and everything about its codes: their default severity and summary, how loud
 * they may be per file role, the rule that finds them, and the quick fixes for them.
 */
export interface RuleFamily<Code extends string> {
  readonly codes: { readonly [K in Code]: DiagnosticInfo };
  /** Codes not listed, or roles not listed for a code, keep the code's own severity. */
  readonly limits?: { readonly [K in Code]?: RoleLimit };
  readonly rule?: Rule;
  readonly fixes?: { readonly [K in Code]?: FixBuilder };
}

/** A family, with its codes inferred from its table (the `DiagnosticCode` union is built from them). */
export function ruleFamily<const Code extends string>(family: RuleFamily<Code>): RuleFamily<Code> {
  return family;
}
