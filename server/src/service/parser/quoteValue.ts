import { parseDotenv } from './dotenvParser';

/**
 * `value` written in quotes so that dotenv loads exactly `value`, or undefined when no quote style
 * can hold it. Each candidate is checked by parsing it back, so a fix never changes what loads; it
 * must also read as a quoted value (dotenv strips the outer quotes of `'it's'` too, but other readers
 * and a new "text after quote" finding would not).
 */
export function quoteForDotenv(value: string): string | undefined {
  for (const quote of ["'", '"', '`']) {
    const candidate = quote + value + quote;
    const parsed = parseDotenv(`K=${candidate}\n`).assignments;
    const only = parsed.length === 1 ? parsed[0]! : undefined;
    if (only && only.value === value && only.form === 'quoted' && only.quote === quote) return candidate;
  }
  return undefined;
}
