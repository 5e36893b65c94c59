import type { DiagnosticCode } from '../diagnostics/codes';
import { FAMILIES } from '../rules/families';
import type { Span } from '../parser';
import type { Fix, FixBuilder, FixContext } from './fix';

export type { Fix, FixContext, OtherFileChange, TextChange } from './fix';

/** Each code's fix builder, from the family that owns the code. */
const BUILDERS: ReadonlyMap<string, FixBuilder> = new Map(FAMILIES.flatMap((family) => Object.entries<FixBuilder | undefined>(family.fixes ?? {}).flatMap(([code, build]) => (build ? [[code, build] as const] : []))));

/** The fixes for a finding of `code` at `span`, built from the parsed document (never from the message). */
export function fixesFor(context: FixContext, code: DiagnosticCode, span: Span): Fix[] {
  return BUILDERS.get(code)?.(context, span) ?? [];
}
