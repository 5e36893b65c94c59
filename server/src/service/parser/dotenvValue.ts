/**
 * What `dotenv.parse` (v18, default parser) does to the raw text it captured for a value: normalise
 * line breaks, trim, strip one pair of surrounding quotes, and expand `\n` / `\r` when the value was
 * double-quoted. Kept separate so that the rules of the oracle live in one small place.
 */

const SURROUNDING_QUOTES = /^(['"`])([\s\S]*)\1$/gm;
const HAS_TERMINATOR = /[\n\u2028\u2029]/;

export function dotenvValue(raw: string): string {
  let value = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  value = value.trim();
  const first = value[0];
  if (HAS_TERMINATOR.test(value)) {
    // In multiline mode `^` and `$` also match inside the value, exactly as in dotenv.
    value = value.replace(SURROUNDING_QUOTES, '$2');
  } else if (value.length >= 2 && (first === "'" || first === '"' || first === '`') && value[value.length - 1] === first) {
    value = value.slice(1, -1);
  }
  if (first === '"') {
    value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  }
  return value;
}
