import { parseDotenv } from './dotenvParser';

/**
 * `value` written in quotes so that dotenv loads exactly `value`, or undefined when no quote style
 * can hold it. Each candidate is checked by parsing it back, so a fix never changes what loads.
 */
export function quoteForDotenv(value: string): string | undefined {
  for (const quote of ["'", '"', '`']) {
    const candidate = quote + value + quote;
    const parsed = parseDotenv(`K=${candidate}\n`).assignments;
    if (parsed.length === 1 && parsed[0]!.value === value) return candidate;
  }
  return undefined;
}
