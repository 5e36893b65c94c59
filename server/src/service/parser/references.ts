import { Ch } from './chars';
import type { Reference } from './envDocument';

/**
 * `${VAR}`, `${VAR:-default}`, `${VAR-default}` and `$VAR` in `text[start, end)`, as dotenv-expand,
 * docker compose and shells read them. `\$` is an escaped dollar sign.
 */
const REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

const NONE: readonly Reference[] = [];

export function findReferences(text: string, start: number, end: number): readonly Reference[] {
  let dollar = start;
  while (dollar < end && text.charCodeAt(dollar) !== Ch.Dollar) dollar++;
  if (dollar >= end) return NONE;
  const slice = text.slice(start, end);
  const references: Reference[] = [];
  for (const match of slice.matchAll(REFERENCE)) {
    const at = start + (match.index ?? 0);
    const braced = match[1];
    const bare = match[4];
    if (braced !== undefined) {
      const reference: Reference = {
        name: braced,
        span: { start: at, end: at + match[0].length },
        nameSpan: { start: at + 2, end: at + 2 + braced.length },
        ...(match[2] !== undefined ? { fallback: match[3] ?? '' } : {}),
      };
      references.push(reference);
    } else if (bare !== undefined) {
      references.push({
        name: bare,
        span: { start: at, end: at + match[0].length },
        nameSpan: { start: at + 1, end: at + 1 + bare.length },
      });
    }
  }
  return references;
}
