import type { Span } from '../parser';
import { nodeAt } from '../parser/nodeAt';
import { quoteForDotenv } from '../parser/quoteValue';
import type { Fix, FixContext } from './fix';

/** Quotes the value at `span` so that dotenv reads it whole (shared by value-cut-by-hash and unquoted-whitespace). */
export function quoteValueFix(context: FixContext, span: Span, safe: boolean): Fix[] {
  const { env } = context;
  if (!nodeAt(env, span.start)) return [];
  const quoted = quoteForDotenv(env.text.slice(span.start, span.end));
  if (quoted === undefined) return [];
  return [{ title: `Quote the value`, changes: [{ span, newText: quoted }], safe }];
}
