import type { RuleFamily } from '../rules/family';
import { FAMILIES } from '../rules/families';
import type { DiagnosticInfo } from './severity';

export type { DiagnosticInfo, Severity } from './severity';

/**
 * Every diagnostic EnvSense reports: its stable code, default severity and a one-line summary, as
 * the rule families declare them. The README has a section per code (the anchor is the code
 * itself), which `codeDescription.href` links to.
 */
export type DiagnosticCode = (typeof FAMILIES)[number] extends infer Family ? (Family extends RuleFamily<infer Code> ? Code : never) : never;

export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, DiagnosticInfo>> = Object.assign({}, ...FAMILIES.map((family) => family.codes));

export const DOCUMENTATION_BASE = 'https://github.com/envsense/envsense#';

export function isDiagnosticCode(code: unknown): code is DiagnosticCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, code);
}
