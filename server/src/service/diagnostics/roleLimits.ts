import type { RoleLimit } from '../rules/family';
import { FAMILIES } from '../rules/families';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from './codes';
import type { FileRole } from './fileRoles';
import type { Finding } from './finding';

/**
 * How loud each rule may be in a file of each role, as the families declare it: at most this
 * severity, `off` not at all. A code not listed, or a role not listed for it, keeps its own
 * severity. Placeholders are the point of a template; a local default password in a development,
 * docker or test file protects nothing; a template documents, so it demands nothing. The README
 * prints this table.
 */
export const ROLE_LIMITS: Readonly<Partial<Record<DiagnosticCode, RoleLimit>>> = Object.assign({}, ...FAMILIES.map((family) => family.limits ?? {}));

const ORDER: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Roles whose limits a production file does not take: it is judged as production even under `docker/`. */
const YIELD_TO_PRODUCTION: ReadonlySet<FileRole> = new Set(['development', 'docker', 'loaded']);

/** The finding as loud as the file's roles let it be, or undefined when a role turns its code off. */
export function limitByRoles(finding: Finding, roles: ReadonlySet<FileRole>): Finding | undefined {
  const limits = ROLE_LIMITS[finding.code];
  if (!limits) return finding;
  const own = finding.severity ?? DIAGNOSTIC_CODES[finding.code].severity;
  let severity: Severity = own;
  for (const role of roles) {
    const limit = limits[role];
    if (limit === undefined || (roles.has('production') && YIELD_TO_PRODUCTION.has(role))) continue;
    if (ORDER.indexOf(limit) < ORDER.indexOf(severity)) severity = limit;
  }
  if (severity === 'off') return undefined;
  return severity === own ? finding : { ...finding, severity };
}
